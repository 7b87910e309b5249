import 'server-only';
import { db } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { storedDateTime } from '@/lib/db/config';
import { queryRows } from '@/lib/db/reader';
import { Prisma } from '@/lib/generated/prisma/client';
import { storedBoxesMeeting } from '@/lib/geo/bbox';
import { rowToItemFeature, withExcerpts, type ExcerptRow, type ItemRow } from './feature';
import type { ItemCollection, ItemFeature } from './schema';
import type { BBox } from './types';
import type { ItemFilterQuery, ItemQuery } from './query';
import { itemSql } from './sql-dialect';
import type { SupportLevel } from '@/lib/sources/support';

// Each item's excerpts as one JSON array, so a page of items is one query whatever its size.
const itemColumns = () => Prisma.sql`i."id", i."title", i."summary", i."kind", i."status", i."geometry",
  i."minLng", i."minLat", i."maxLng", i."maxLat", i."locationPrecision", i."startDate", i."endDate",
  i."datePrecision", i."announcedAt", i."actors", i."countries", i."version", ${itemSql().excerptsJson} AS "excerpts"`;

/**
 * The live items whose bbox intersects the query box, from the spatial index (docs/scale.md); a box
 * crossing the antimeridian is looked up as its two halves, each also shifted by 360° for the items
 * whose box reaches past 180 (shapes cut at the antimeridian, lib/geo/bbox.ts shapeBBox). The rows
 * carry the exact bbox, start date, span and kind under the names "Item" uses, so the filters below read the same on either.
 */
function bboxHits(bbox: BBox): Prisma.Sql {
  return Prisma.join(
    storedBoxesMeeting(bbox).map((box) => itemSql().liveItemsInBox(box)),
    ' UNION ',
  );
}

/** The exact bbox test (SQLite's R*Tree keeps 32-bit floats rounded outwards: this drops its few extra hits). */
function exactBBoxWhere(bbox: BBox): Prisma.Sql {
  const parts = storedBoxesMeeting(bbox).map(
    ([west, south, east, north]) =>
      Prisma.sql`(i."minLng" <= ${east} AND i."maxLng" >= ${west} AND i."minLat" <= ${north} AND i."maxLat" >= ${south})`,
  );
  return Prisma.sql`(${Prisma.join(parts, ' OR ')})`;
}

/** An "Item" row as the reader returns it: dates as Prisma's ISO text. */
type StoredItemRow = Omit<ItemRow, 'startDate' | 'endDate' | 'announcedAt'> & {
  startDate: string;
  endDate: string | null;
  announcedAt: string | null;
};

function withDates(row: StoredItemRow): ItemRow {
  const date = (text: string | null) => (text === null ? null : new Date(text));
  return { ...row, startDate: new Date(row.startDate), endDate: date(row.endDate), announcedAt: date(row.announcedAt) };
}

/** A slice of the ordered result, for paged APIs (OGC API Features). */
export interface ItemPage {
  limit: number;
  offset: number;
}

/**
 * Status, actors and countries: not in the spatial index, so read from the item's row (one lookup by
 * id per candidate that passed the index's own filters), or null when none is asked for.
 */
function rowFilters({ statuses, actors, countries }: ItemQuery): Prisma.Sql | null {
  const conditions = [
    ...(statuses ? [statuses.length ? Prisma.sql`f."status" IN (${Prisma.join(statuses)})` : Prisma.sql`1 = 0`] : []),
    ...(actors?.length ? [itemSql().jsonArrayHasAny(Prisma.sql`f."actors"`, actors)] : []),
    ...(countries?.length ? [itemSql().jsonArrayHasAny(Prisma.sql`f."countries"`, countries)] : []),
  ];
  return conditions.length ? Prisma.sql`EXISTS (SELECT 1 FROM "Item" f WHERE f."id" = i."id" AND ${Prisma.join(conditions, ' AND ')})` : null;
}

/** The item cites an excerpt of one of these articles. */
function citesAnySource(sourceIds: number[]): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "ItemExcerpt" ie JOIN "Excerpt" e ON e."id" = ie."excerptId"
    WHERE ie."itemId" = i."id" AND ${itemSql().idIn(Prisma.sql`e."sourceId"`, sourceIds)})`;
}

/** The item's support level, by the rule of lib/sources/support.ts supportOf, in SQL both databases run. */
function supportLevelIs(level: SupportLevel): Prisma.Sql {
  return Prisma.sql`(SELECT CASE
      WHEN count(*) > 0 AND count(e."attribution") = count(*) AND count(DISTINCT e."attribution") = 1 THEN 'one-party'
      WHEN count(DISTINCT s."outlet") >= 2 THEN 'corroborated'
      ELSE 'single-source' END
    FROM "ItemExcerpt" ie JOIN "Excerpt" e ON e."id" = ie."excerptId" JOIN "Source" s ON s."id" = e."sourceId"
    WHERE ie."itemId" = i."id") = ${level}`;
}

/**
 * FROM and WHERE for a query: with a bbox, the spatial index alone (it holds live items only, with
 * what the filters read), so a page is chosen before any "Item" row is read; search through the full-text index.
 */
function filteredItems(query: ItemQuery): Prisma.Sql {
  const matches = query.q === undefined ? null : itemSql().searchMatches(query.q);
  const byRow = rowFilters(query);
  const conditions = [
    // Deleted items stay in the table (restorable) but out of every public answer (and out of the index).
    ...(query.bbox ? [] : [Prisma.sql`i."deletedAt" IS NULL`]),
    ...(matches !== null ? [Prisma.sql`i."id" IN (${matches})`] : []),
    // No kind shown (every kind hidden) matches nothing.
    ...(query.kinds ? [query.kinds.length ? Prisma.sql`i."kind" IN (${Prisma.join(query.kinds)})` : Prisma.sql`1 = 0`] : []),
    ...(byRow ? [byRow] : []),
    ...(query.sources ? [citesAnySource(query.sources)] : []),
    ...(query.support ? [supportLevelIs(query.support)] : []),
    // The days the item covers (stored at write time by lib/items/write.ts, the rule the browser applies
    // with lib/dates.ts itemSpan) meet the range: every mode shows the same items for it.
    ...(query.from ? [Prisma.sql`i."spanEnd" >= ${storedDateTime(query.from)}`] : []),
    ...(query.to ? [Prisma.sql`i."spanStart" <= ${storedDateTime(query.to)}`] : []),
    ...(query.bbox ? [exactBBoxWhere(query.bbox)] : []),
    ...(query.ids ? [itemSql().idIn(Prisma.sql`i."id"`, query.ids)] : []),
  ];
  const from = query.bbox ? Prisma.sql`(${bboxHits(query.bbox)}) AS i` : Prisma.sql`"Item" i`;
  return Prisma.sql`${from} WHERE ${Prisma.join(conditions, ' AND ')}`;
}

/** Items by start date, filtered by search, kind, time range and bbox (through the spatial index), paged. */
export async function listItems(query: ItemQuery = {}, page?: ItemPage): Promise<ItemCollection> {
  const limit = page?.limit ?? query.limit;
  const paging = Prisma.sql`${limit ? Prisma.sql`LIMIT ${limit}` : Prisma.empty} ${page?.offset ? Prisma.sql`OFFSET ${page.offset}` : Prisma.empty}`;
  const rows = await queryRows<StoredItemRow & { excerpts: string }>(Prisma.sql`
    SELECT ${itemColumns()} FROM (
      SELECT i."id" FROM ${filteredItems(query)}
      ORDER BY i."startDate", i."id"
      ${paging}
    ) AS page ${itemSql().joinInOrder} "Item" i ON i."id" = page."id"
    ORDER BY i."startDate", i."id"`);
  return {
    type: 'FeatureCollection',
    features: rows.map((row) => rowToItemFeature(withDates(row), JSON.parse(row.excerpts) as ExcerptRow[])),
  };
}

/**
 * A page of `listItems` with `numberMatched`, how many items match in all (counted only when the page
 * is full: otherwise it is the page's length).
 */
export async function listItemsPage(query: ItemQuery): Promise<ItemCollection> {
  const items = await listItems(query);
  if (query.limit === undefined) return items;
  const full = items.features.length >= query.limit;
  return { ...items, numberMatched: full ? await countItems(query) : items.features.length };
}

/** How many items match the query, counting no further than `atMost`. */
export async function countItemsUpTo(query: ItemQuery, atMost: number): Promise<number> {
  const [row] = await queryRows<{ count: number }>(
    Prisma.sql`SELECT count(*) AS "count" FROM (SELECT i."id" FROM ${filteredItems(query)} LIMIT ${atMost}) AS hits`,
  );
  return row.count;
}

export interface ItemCluster {
  count: number;
  /** Mean centre of the clustered items' boxes. */
  lng: number;
  lat: number;
}

/**
 * Items matching the filters whose box centre lies in `bbox` (within -180..180), counted per cell of a
 * grid of `columns` × `rows` cells over it: what a map draws when a tile holds too many items to show.
 */
export async function clusterItemsInBBox(
  [west, south, east, north]: BBox,
  columns: number,
  rows: number,
  filters: ItemFilterQuery = {},
): Promise<ItemCluster[]> {
  const cellWidth = (east - west) / columns;
  const cellHeight = (north - south) / rows;
  // Wrapped into -180..180 as the cells are: the box of a shape cut at the antimeridian runs east past 180.
  const lng = Prisma.sql`((i."minLng" + i."maxLng") / 2 - 360 * floor(((i."minLng" + i."maxLng") / 2 + 180) / 360))`;
  const lat = Prisma.sql`(i."minLat" + i."maxLat") / 2`;
  return queryRows<ItemCluster>(Prisma.sql`
    SELECT count(*) AS "count", avg(${lng}) AS "lng", avg(${lat}) AS "lat"
    FROM ${filteredItems({ ...filters, bbox: [west, south, east, north] })}
      AND ${lng} BETWEEN ${west} AND ${east} AND ${lat} BETWEEN ${south} AND ${north}
    GROUP BY floor((${lng} - ${west}) / ${cellWidth}), floor((${lat} - ${south}) / ${cellHeight})`);
}

export async function getItem(id: number): Promise<ItemFeature> {
  const row = await db.item.findFirst({ where: { id, deletedAt: null }, include: withExcerpts });
  if (!row) throw new NotFoundError(`No item with id ${id}`);
  return rowToItemFeature(row, row.excerpts.map((link) => link.excerpt));
}

export async function countItems(query: ItemQuery = {}): Promise<number> {
  const [row] = await queryRows<{ count: number }>(Prisma.sql`SELECT count(*) AS "count" FROM ${filteredItems(query)}`);
  return row.count;
}

/** Bounding box and time span of the matching items, or null when there are none. */
export async function itemExtent(query: ItemQuery = {}): Promise<{ bbox: BBox; start: Date; end: Date } | null> {
  const [row] = await queryRows<
    { west: number | null; south: number | null; east: number | null; north: number | null; start: string | null; end: string | null }
  >(Prisma.sql`SELECT min(i."minLng") AS "west", min(i."minLat") AS "south", max(i."maxLng") AS "east", max(i."maxLat") AS "north",
      min(i."startDate") AS "start", max(coalesce(i."endDate", i."startDate")) AS "end"
    FROM ${filteredItems(query)}`);
  if (row.west === null || row.south === null || row.east === null || row.north === null || !row.start || !row.end) return null;
  return { bbox: [row.west, row.south, row.east, row.north], start: new Date(row.start), end: new Date(row.end) };
}
