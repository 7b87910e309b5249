import 'server-only';
import { db } from '@/lib/db/client';
import { ApiError } from '@/lib/api/errors';
import { toItemFeature } from './geojson';
import type { BBox, ItemCollection, ItemFeature } from './types';
import type { ItemQuery } from './query';
import { toFtsQuery } from './search';

const withExcerpts = {
  excerpts: {
    orderBy: { position: 'asc' },
    include: { excerpt: { include: { source: { select: { title: true, language: true } } } } },
  },
} as const;

/** A slice of the ordered result, for paged APIs (OGC API Features). */
export interface ItemPage {
  limit: number;
  offset: number;
}

async function itemWhere(query: ItemQuery) {
  const matching = query.q === undefined ? undefined : await searchItemIds(query.q);
  return {
    ...(matching && { id: { in: matching } }),
    ...(query.kinds && { kind: { in: query.kinds } }),
    ...(query.from && { OR: [{ endDate: { gte: query.from } }, { endDate: null, startDate: { gte: query.from } }] }),
    ...(query.to && { startDate: { lte: query.to } }),
    ...(query.bbox && bboxWhere(query.bbox)),
  };
}

/** Items by start date, filtered by search, kind, time range and bbox (bbox columns are indexed). */
export async function listItems(query: ItemQuery = {}, page?: ItemPage): Promise<ItemCollection> {
  const rows = await db.item.findMany({
    where: await itemWhere(query),
    orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
    include: withExcerpts,
    ...(page && { take: page.limit, skip: page.offset }),
  });
  return {
    type: 'FeatureCollection',
    features: rows.map((row) => toItemFeature(row, row.excerpts.map((link) => link.excerpt))),
  };
}

/** Ids of the items matching a full-text search (FTS5 index kept by triggers); undefined: no search. */
async function searchItemIds(input: string): Promise<number[] | undefined> {
  const match = toFtsQuery(input);
  if (match === null) return undefined;
  const rows = await db.$queryRaw<{ id: number | bigint }[]>`SELECT rowid AS id FROM item_search WHERE item_search MATCH ${match}`;
  return rows.map((row) => Number(row.id));
}

function bboxWhere([west, south, east, north]: [number, number, number, number]) {
  const latitudes = { minLat: { lte: north }, maxLat: { gte: south } };
  if (west <= east) return { ...latitudes, minLng: { lte: east }, maxLng: { gte: west } };
  // Across the antimeridian: the union of [west, 180] and [-180, east].
  return { ...latitudes, AND: [{ OR: [{ maxLng: { gte: west } }, { minLng: { lte: east } }] }] };
}

export async function getItem(id: number): Promise<ItemFeature> {
  const row = await db.item.findUnique({ where: { id }, include: withExcerpts });
  if (!row) throw new ApiError('not_found', `No item with id ${id}`);
  return toItemFeature(row, row.excerpts.map((link) => link.excerpt));
}

export async function countItems(query: ItemQuery = {}): Promise<number> {
  return db.item.count({ where: await itemWhere(query) });
}

/** Bounding box and time span of the matching items, or null when there are none. */
export async function itemExtent(query: ItemQuery = {}): Promise<{ bbox: BBox; start: Date; end: Date } | null> {
  const { _min: min, _max: max } = await db.item.aggregate({
    where: await itemWhere(query),
    _min: { minLng: true, minLat: true, startDate: true },
    _max: { maxLng: true, maxLat: true, startDate: true, endDate: true },
  });
  if (min.minLng === null || min.minLat === null || max.maxLng === null || max.maxLat === null || !min.startDate || !max.startDate) return null;
  const end = max.endDate && max.endDate > max.startDate ? max.endDate : max.startDate;
  return { bbox: [min.minLng, min.minLat, max.maxLng, max.maxLat], start: min.startDate, end };
}
