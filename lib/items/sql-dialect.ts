import 'server-only';
import { DAY_MS } from '@/lib/dates';
import { storedDateTime } from '@/lib/db/config';
import { readerKind } from '@/lib/db/reader';
import { Prisma } from '@/lib/generated/prisma/client';
import { toFtsQuery, toTsQuery } from './search';

// The SQL the item reads need that SQLite and PostgreSQL spell differently: the spatial index (an
// R*Tree table on SQLite, a GiST index on PostgreSQL), full-text search (FTS5 / tsvector), JSON
// building and id lists. Everything else in lib/items/repository.ts is plain SQL both run.

/** A box that does not cross the antimeridian: within -180..180, or shifted by 360° to meet stored boxes reaching past 180. */
export type FlatBBox = [west: number, south: number, east: number, north: number];

/** Start dates from `start` (inclusive) to `end` (exclusive). */
export interface StartWindow {
  start: Date;
  end: Date;
}

export interface ItemSqlDialect {
  /**
   * The live items whose bbox intersects the box, from the spatial index: id, exact bbox, start date,
   * span and kind, under the names "Item" uses. With a window, the index also keeps only (at least)
   * the items starting in it: the caller applies the exact test on "startDate".
   */
  liveItemsInBox(box: FlatBBox, window?: StartWindow): Prisma.Sql;
  /** The text of a JSON array of item `i`'s excerpts as ExcerptRows (lib/items/feature.ts), in order. */
  excerptsJson: Prisma.Sql;
  /** `column` is one of `ids`. */
  idIn(column: Prisma.Sql, ids: number[]): Prisma.Sql;
  /** Item ids whose title, summary or excerpts match the words of `input`, or null when it has none. */
  searchMatches(input: string): Prisma.Sql | null;
  /** The JSON array of text in `column` holds any of `values`. */
  jsonArrayHasAny(column: Prisma.Sql, values: string[]): Prisma.Sql;
  /** A join that reads its left side first (SQLite's planner is told so; PostgreSQL's plans alone). */
  joinInOrder: Prisma.Sql;
}

const sqlite: ItemSqlDialect = {
  // The R*Tree's own coordinates are 32-bit floats rounded outwards (so a window keeps a few items just
  // outside it, never loses one); its auxiliary columns are exact. Time is its third dimension, the
  // start date in days since 1970 (migration item_bbox_time).
  liveItemsInBox: ([west, south, east, north], window) => Prisma.sql`SELECT "id", "west" AS "minLng", "south" AS "minLat", "east" AS "maxLng",
      "north" AS "maxLat", "startDate", "spanStart", "spanEnd", "kind"
    FROM "ItemBBox" AS r
    WHERE r."minLng" <= ${east} AND r."maxLng" >= ${west} AND r."minLat" <= ${north} AND r."maxLat" >= ${south}${
      window ? Prisma.sql` AND r."minT" < ${window.end.getTime() / DAY_MS} AND r."maxT" >= ${window.start.getTime() / DAY_MS}` : Prisma.empty
    }`,
  excerptsJson: Prisma.sql`(SELECT json_group_array(json(linked."excerpt")) FROM (
    SELECT json_object('id', e."id", 'sourceId', e."sourceId", 'start', e."start", 'end', e."end", 'text', e."text",
      'attribution', e."attribution", 'source', json_object('title', s."title", 'language', s."language", 'outlet', s."outlet",
      'publishedAt', s."publishedAt")) AS "excerpt"
    FROM "ItemExcerpt" ie JOIN "Excerpt" e ON e."id" = ie."excerptId" JOIN "Source" s ON s."id" = e."sourceId"
    WHERE ie."itemId" = i."id" ORDER BY ie."position") AS linked)`,
  idIn: (column, ids) => Prisma.sql`${column} IN (SELECT "value" FROM json_each(${JSON.stringify(ids)}))`,
  searchMatches: (input) => {
    const match = toFtsQuery(input);
    return match === null ? null : Prisma.sql`SELECT rowid FROM "item_search" WHERE "item_search" MATCH ${match}`;
  },
  jsonArrayHasAny: (column, values) =>
    Prisma.sql`EXISTS (SELECT 1 FROM json_each(${column}) WHERE "value" IN (SELECT "value" FROM json_each(${JSON.stringify(values)})))`,
  joinInOrder: Prisma.sql`CROSS JOIN`,
};

const postgres: ItemSqlDialect = {
  // `&&` on boxes (touching boxes overlap), with a window on "startDate": what the partial GiST index
  // "Item_live_box_start_idx" (box and start date, through btree_gist) answers in one scan.
  liveItemsInBox: ([west, south, east, north], window) => Prisma.sql`SELECT "id", "minLng", "minLat", "maxLng", "maxLat", "startDate", "spanStart", "spanEnd", "kind"
    FROM "Item" AS r WHERE r."deletedAt" IS NULL
      AND box(point(r."minLng", r."minLat"), point(r."maxLng", r."maxLat"))
        && box(point(${west}::float8, ${south}::float8), point(${east}::float8, ${north}::float8))${
      window ? Prisma.sql` AND r."startDate" >= ${storedDateTime(window.start)} AND r."startDate" < ${storedDateTime(window.end)}` : Prisma.empty
    }`,
  // publishedAt as ISO text in UTC ("timestamp" columns have no zone, which JSON would drop).
  excerptsJson: Prisma.sql`(SELECT coalesce(json_agg(json_build_object('id', e."id", 'sourceId', e."sourceId", 'start', e."start",
      'end', e."end", 'text', e."text", 'attribution', e."attribution", 'source', json_build_object('title', s."title",
      'language', s."language", 'outlet', s."outlet",
      'publishedAt', to_char(s."publishedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))
      ORDER BY ie."position"), '[]'::json)::text
    FROM "ItemExcerpt" ie JOIN "Excerpt" e ON e."id" = ie."excerptId" JOIN "Source" s ON s."id" = e."sourceId"
    WHERE ie."itemId" = i."id")`,
  idIn: (column, ids) => Prisma.sql`${column} IN (SELECT value::integer FROM json_array_elements_text(${JSON.stringify(ids)}::json))`,
  searchMatches: (input) => {
    const query = toTsQuery(input);
    return query === null
      ? null
      : Prisma.sql`SELECT "itemId" FROM "item_search" WHERE "document" @@ to_tsquery('simple', unaccent(${query}))`;
  },
  jsonArrayHasAny: (column, values) => Prisma.sql`(${column})::jsonb ?| ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`,
  joinInOrder: Prisma.sql`JOIN`,
};

/** The dialect of the database the app reads (lib/db/config.ts, at each use). */
export function itemSql(): ItemSqlDialect {
  return readerKind() === 'postgres' ? postgres : sqlite;
}
