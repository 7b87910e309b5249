import 'server-only';
// The map as it was known at a past instant, rebuilt from the revision history.
import { db } from '@/lib/db/client';
import { shapeBBox } from '@/lib/geo/bbox';
import { normaliseShape } from '@/lib/geo/normalise';
import { excerptSourceColumns, toExcerptDto, toItemFeature, toItemState } from './feature';
import { stateAsOf, type RevisionRecord } from './history';
import { listItems } from './repository';
import type { ItemCollection, ItemFeature, ItemState } from './schema';

/** An item's live state, creation time and revisions: what `stateAsOf` rebuilds any past from. */
export interface ItemHistory {
  id: number;
  createdAt: Date;
  current: ItemState;
  revisions: RevisionRecord[];
}

/**
 * The history of every item created up to `createdBy`, deleted ones included, optionally only those
 * matching a search (`q` matches the items' current text, the only text the search index keeps).
 */
export async function loadItemHistories(createdBy: Date, q?: string): Promise<ItemHistory[]> {
  const rows = await db.item.findMany({
    where: { createdAt: { lte: createdBy } },
    include: { revisions: { select: { createdAt: true, before: true, after: true } }, excerpts: { select: { excerptId: true } } },
  });
  const matching = q === undefined ? null : new Set((await listItems({ q })).features.map((item) => item.id));
  return rows.flatMap((row) => {
    if (matching && !matching.has(row.id)) return [];
    const revisions = row.revisions.map((revision) => ({
      createdAt: revision.createdAt,
      before: revision.before ? (JSON.parse(revision.before) as ItemState) : null,
      after: revision.after ? (JSON.parse(revision.after) as ItemState) : null,
    }));
    return [{ id: row.id, createdAt: row.createdAt, current: toItemState(row, row.excerpts.map((link) => link.excerptId)), revisions }];
  });
}

/** Item states as the API's features, with the excerpts they cite. */
export async function statesToFeatures(states: Array<{ id: number; state: ItemState }>): Promise<ItemFeature[]> {
  const excerptIds = [...new Set(states.flatMap(({ state }) => state.input.excerptIds))];
  const excerpts = await db.excerpt.findMany({
    where: { id: { in: excerptIds } },
    include: { source: { select: excerptSourceColumns } },
  });
  const excerptById = new Map(excerpts.map((excerpt) => [excerpt.id, toExcerptDto(excerpt)]));
  return states.map(({ id, state: { version, input } }) => {
    // Revisions keep shapes as they were written, maybe before the write path normalised them.
    const geometry = normaliseShape(input.geometry).geometry as typeof input.geometry;
    const excerptDtos = input.excerptIds.flatMap((excerptId) => excerptById.get(excerptId) ?? []);
    return toItemFeature(id, version, { ...input, geometry }, shapeBBox(geometry)!, excerptDtos);
  });
}

/** The states of the items known at `moment`. */
export function statesAt(histories: ItemHistory[], moment: Date): Array<{ id: number; state: ItemState }> {
  return histories.flatMap(({ id, createdAt, current, revisions }) => {
    const state = stateAsOf(current, createdAt, revisions, moment);
    return state ? [{ id, state }] : [];
  });
}

/**
 * Every item as it stood at `asOf`: later edits undone, later creations absent, deletions honoured.
 * A search (`q`) matches the items' current text, the only text the search index keeps.
 */
export async function listItemsAsOf(asOf: Date, q?: string): Promise<ItemCollection> {
  const features = await statesToFeatures(statesAt(await loadItemHistories(asOf, q), asOf));
  features.sort((a, b) => a.properties.startDate.localeCompare(b.properties.startDate) || a.id - b.id);
  return { type: 'FeatureCollection', features };
}
