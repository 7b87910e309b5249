import 'server-only';
import { db } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { DAY_MS } from '@/lib/dates';
import { storedDateTime } from '@/lib/db/config';
import { queryRows } from '@/lib/db/reader';
import { Prisma } from '@/lib/generated/prisma/client';
import { storedBoxesMeeting } from '@/lib/geo/bbox';
import { rowToItemFeature, withExcerpts, type ExcerptRow, type ItemRow } from './feature';
import type { ItemCollection, ItemFeature } from './schema';
import type { BBox } from './types';
import type { ItemFilterQuery, ItemQuery } from './query';
import { itemSql, type StartWindow } from './sql-dialect';
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
function bboxHits(bbox: BBox, window?: StartWindow): Prisma.Sql {
  return Prisma.join(
    storedBoxesMeeting(bbox).map((box) => itemSql().liveItemsInBox(box, window)),
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
 * what the filters read), so a page is chosen before any "Item" row is read; search through the
 * full-text index. With a window, only the matching items that start in it.
 */
function filteredItems(query: ItemQuery, window?: StartWindow): Prisma.Sql {
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
    ...(window
      ? [Prisma.sql`i."startDate" >= ${storedDateTime(window.start)} AND i."startDate" < ${storedDateTime(window.end)}`]
      : []),
  ];
  const from = query.bbox ? Prisma.sql`(${bboxHits(query.bbox, window)}) AS i` : Prisma.sql`"Item" i`;
  return Prisma.sql`${from} WHERE ${Prisma.join(conditions, ' AND ')}`;
}

/** The first window of a walk spans this share of all start dates; later ones grow with the matches seen. */
const FIRST_WINDOW_SHARE = 1 / 128;

/** A page's total is counted exactly up to this many matches; beyond, it is estimated (see `listItemsPage`). */
export const EXACT_TOTAL_UP_TO = 1000;

interface WindowedPage {
  /** The first matches in (start date, id) order, up to the number wanted. */
  ids: number[];
  /**
   * How many match in all: exact when the walk ran out of matches before it had all it wanted, else
   * an estimate from their rate over time (matches per day, times the days up to the last start date).
   */
  total: number;
  exact: boolean;
}

/**
 * The first `wanted` matches in a box, by (start date, id), read window by window of start dates
 * from the earliest: each window's matches come sorted and the windows follow each other, so the
 * page is their concatenation, and no match starting after the page's last one is read — the cost
 * follows the page, not the number of items in the box (docs/scale.md). Each next window is sized
 * from the rate of matches seen so far (at least double the last), so a sparse box takes a few cheap
 * windows and a crowded one a narrow first window.
 */
async function pageByWindows(query: ItemQuery, wanted: number): Promise<WindowedPage> {
  // Two subqueries: each min()/max() alone is read from the start date index in one step.
  const [extent] = await queryRows<{ first: string | null; last: string | null }>(
    Prisma.sql`SELECT (SELECT min("startDate") FROM "Item") AS "first", (SELECT max("startDate") FROM "Item") AS "last"`,
  );
  if (extent.first === null || extent.last === null) return { ids: [], total: 0, exact: true };
  const first = Date.parse(extent.first);
  const end = Date.parse(extent.last) + 1;
  const rows: { id: number; startDate: string }[] = [];
  let start = first;
  let width = Math.max(DAY_MS, (end - first) * FIRST_WINDOW_SHARE);
  while (rows.length < wanted && start < end) {
    const window = { start: new Date(start), end: new Date(Math.min(end, start + width)) };
    rows.push(
      ...(await queryRows<{ id: number; startDate: string }>(Prisma.sql`
        SELECT i."id", i."startDate" FROM ${filteredItems(query, window)} ORDER BY i."startDate", i."id" LIMIT ${wanted - rows.length}`)),
    );
    start = window.end.getTime();
    const perMs = rows.length / (start - first);
    width = Math.max(width * 2, perMs > 0 ? ((wanted - rows.length) / perMs) * 1.25 : 0);
  }
  const ids = rows.map((row) => row.id);
  if (rows.length < wanted) return { ids, total: rows.length, exact: true };
  const firstDay = Date.parse(rows[0].startDate);
  const days = (Date.parse(rows[rows.length - 1].startDate) - firstDay) / DAY_MS + 1;
  return { ids, total: Math.max(rows.length, Math.round((rows.length / days) * ((end - firstDay) / DAY_MS + 1))), exact: false };
}

const NO_ITEMS: ItemCollection = { type: 'FeatureCollection', features: [] };

/** Items by start date, filtered by search, kind, time range and bbox (through the spatial index), paged. */
export async function listItems(query: ItemQuery = {}, page?: ItemPage): Promise<ItemCollection> {
  const limit = page?.limit ?? query.limit;
  const offset = page?.offset ?? 0;
  if (query.bbox && limit !== undefined) {
    // A page in a box: chosen window by window, then its rows read by id.
    const { ids } = await pageByWindows(query, offset + limit);
    return ids.length > offset ? listItems({ ids: ids.slice(offset) }) : NO_ITEMS;
  }
  const paging = Prisma.sql`${limit ? Prisma.sql`LIMIT ${limit}` : Prisma.empty} ${offset ? Prisma.sql`OFFSET ${offset}` : Prisma.empty}`;
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
 * A page of `listItems` (the query's `limit`, or `page`) with `numberMatched`, how many items match in
 * all. In a box, the walk goes on past the page up to `EXACT_TOTAL_UP_TO` + 1 matches, so the total is
 * exact up to there; beyond, counting every match of a crowded box would cost what the walk saved, so
 * it is the walk's estimate, flagged `numberMatchedEstimated`.
 */
export async function listItemsPage(query: ItemQuery, page?: ItemPage): Promise<ItemCollection> {
  const limit = page?.limit ?? query.limit;
  if (limit === undefined) return listItems(query);
  const offset = page?.offset ?? 0;
  if (!query.bbox) {
    const items = await listItems(query, { limit, offset });
    const returned = items.features.length;
    return { ...items, numberMatched: returned > 0 && returned < limit ? offset + returned : await countItems(query) };
  }
  const walk = await pageByWindows(query, Math.max(offset + limit, EXACT_TOTAL_UP_TO + 1));
  const ids = walk.ids.slice(offset, offset + limit);
  const items = ids.length ? await listItems({ ids }) : NO_ITEMS;
  return { ...items, numberMatched: walk.total, ...(!walk.exact && { numberMatchedEstimated: true as const }) };
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
