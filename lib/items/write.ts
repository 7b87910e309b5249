// The write path for items: validated with the shared schema, bbox derived from the geometry.
// Takes a transaction client so callers (seed, editor) decide what else is written atomically; the
// item's region membership (lib/regions/membership.ts) is rewritten in the same transaction.
import type { Db } from '@/lib/db/create-client';
import { shapeBBox } from '@/lib/geo/bbox';
import { ApiError } from '@/lib/api/errors';
import { syncItemRegions, type MemberItem } from '@/lib/regions/membership';
import { itemInputSchema, type ItemInput, type ItemInputDraft } from './schema';

type Tx = Pick<Db, 'item' | 'excerpt' | 'itemExcerpt' | 'region' | 'itemRegion'>;

/** A date field as stored: a calendar day is midnight UTC. */
export function toStoredDate(value: string | null): Date | null {
  return value === null ? null : new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
}

/** The stored geometry and its box (kept in the spatial index by triggers) from a validated geometry. */
export function geometryColumns(geometry: ItemInput['geometry']) {
  const [minLng, minLat, maxLng, maxLat] = shapeBBox(geometry)!;
  return { geometry: JSON.stringify(geometry), minLng, minLat, maxLng, maxLat };
}

/** The item's own columns (everything but excerpts and bookkeeping) from a validated input. */
function itemColumns(input: ItemInput) {
  return {
    title: input.title,
    summary: input.summary,
    kind: input.kind,
    status: input.status,
    ...geometryColumns(input.geometry),
    locationPrecision: input.locationPrecision,
    startDate: toStoredDate(input.startDate)!,
    endDate: toStoredDate(input.endDate),
    datePrecision: input.datePrecision,
    announcedAt: toStoredDate(input.announcedAt),
    actors: JSON.stringify(input.actors),
    countries: JSON.stringify(input.countries),
  };
}

/** What places a validated item in regions. */
function memberItem(input: ItemInput): MemberItem {
  return { kind: input.kind, geometry: input.geometry, bbox: shapeBBox(input.geometry)!, startDate: toStoredDate(input.startDate)! };
}

async function validate(tx: Tx, draft: ItemInputDraft): Promise<{ input: ItemInput; excerptIds: number[] }> {
  const input = itemInputSchema.parse(draft);
  const excerptIds = [...new Set(input.excerptIds)];
  const found = await tx.excerpt.count({ where: { id: { in: excerptIds } } });
  if (found !== excerptIds.length) {
    throw new ApiError('bad_request', 'An item cites an excerpt that does not exist', {
      excerptIds: ['One of these excerpts does not exist'],
    });
  }
  return { input, excerptIds };
}

export async function createItem(tx: Tx, draft: ItemInputDraft): Promise<number> {
  const { input, excerptIds } = await validate(tx, draft);
  const item = await tx.item.create({
    data: {
      ...itemColumns(input),
      excerpts: { create: excerptIds.map((excerptId, position) => ({ excerptId, position })) },
    },
    select: { id: true },
  });
  await syncItemRegions(tx, item.id, memberItem(input));
  return item.id;
}

/**
 * Replaces an item's content (and its excerpts) if it still has `expectedVersion`, and bumps the
 * version; `extra` sets bookkeeping columns: deletedAt (a deleted item belongs to no region). Returns
 * false when the version moved on: the caller answers 409 and nothing was written.
 */
export async function replaceItem(
  tx: Tx,
  id: number,
  expectedVersion: number,
  draft: ItemInputDraft,
  extra: { deletedAt: Date | null },
): Promise<boolean> {
  const { input, excerptIds } = await validate(tx, draft);
  const { count } = await tx.item.updateMany({
    where: { id, version: expectedVersion },
    data: { ...itemColumns(input), ...extra, version: { increment: 1 } },
  });
  if (count === 0) return false;
  await syncItemRegions(tx, id, extra.deletedAt ? null : memberItem(input));
  await tx.itemExcerpt.deleteMany({ where: { itemId: id } });
  await tx.itemExcerpt.createMany({ data: excerptIds.map((excerptId, position) => ({ itemId: id, excerptId, position })) });
  return true;
}
