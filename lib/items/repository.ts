import 'server-only';
import { db } from '@/lib/db/client';
import { ApiError } from '@/lib/api/errors';
import { toItemFeature } from './geojson';
import type { ItemCollection, ItemFeature } from './types';
import type { ItemQuery } from './query';

export const withExcerpts = {
  excerpts: {
    orderBy: { position: 'asc' },
    include: { excerpt: { include: { source: { select: { title: true, language: true } } } } },
  },
} as const;

/** Items by start date, filtered by kind, time range and bbox (bbox columns are indexed). */
export async function listItems(query: ItemQuery = {}): Promise<ItemCollection> {
  const rows = await db.item.findMany({
    where: {
      deletedAt: null,
      ...(query.kinds && { kind: { in: query.kinds } }),
      ...(query.from && { OR: [{ endDate: { gte: query.from } }, { endDate: null, startDate: { gte: query.from } }] }),
      ...(query.to && { startDate: { lte: query.to } }),
      ...(query.bbox && bboxWhere(query.bbox)),
    },
    orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
    include: withExcerpts,
  });
  return {
    type: 'FeatureCollection',
    features: rows.map((row) => toItemFeature(row, row.excerpts.map((link) => link.excerpt))),
  };
}

function bboxWhere([west, south, east, north]: [number, number, number, number]) {
  const latitudes = { minLat: { lte: north }, maxLat: { gte: south } };
  if (west <= east) return { ...latitudes, minLng: { lte: east }, maxLng: { gte: west } };
  // Across the antimeridian: the union of [west, 180] and [-180, east].
  return { ...latitudes, AND: [{ OR: [{ maxLng: { gte: west } }, { minLng: { lte: east } }] }] };
}

export async function getItem(id: number): Promise<ItemFeature> {
  const row = await db.item.findFirst({ where: { id, deletedAt: null }, include: withExcerpts });
  if (!row) throw new ApiError('not_found', `No item with id ${id}`);
  return toItemFeature(row, row.excerpts.map((link) => link.excerpt));
}

export async function countItems(): Promise<number> {
  return db.item.count({ where: { deletedAt: null } });
}
