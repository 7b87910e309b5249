import 'server-only';
// The map as it was known at a past instant, rebuilt from the revision history.
import { db } from '@/lib/db/client';
import { shapeBBox } from '@/lib/geo/bbox';
import { normaliseShape } from '@/lib/geo/normalise';
import { toExcerptDto, toItemFeature, toItemState } from './feature';
import { stateAsOf } from './history';
import { listItems } from './repository';
import type { ItemCollection, ItemState } from './schema';

/**
 * Every item as it stood at `asOf`: later edits undone, later creations absent, deletions honoured.
 * A search (`q`) matches the items' current text, the only text the search index keeps.
 */
export async function listItemsAsOf(asOf: Date, q?: string): Promise<ItemCollection> {
  const rows = await db.item.findMany({
    where: { createdAt: { lte: asOf } },
    include: { revisions: { select: { createdAt: true, before: true, after: true } }, excerpts: { select: { excerptId: true } } },
  });
  const matching = q === undefined ? null : new Set((await listItems({ q })).features.map((item) => item.id));
  const states = rows.flatMap((row) => {
    if (matching && !matching.has(row.id)) return [];
    const revisions = row.revisions.map((revision) => ({
      createdAt: revision.createdAt,
      before: revision.before ? (JSON.parse(revision.before) as ItemState) : null,
      after: revision.after ? (JSON.parse(revision.after) as ItemState) : null,
    }));
    const current = toItemState(row, row.excerpts.map((link) => link.excerptId));
    const state = stateAsOf(current, row.createdAt, revisions, asOf);
    return state ? [{ id: row.id, state }] : [];
  });

  const excerptIds = [...new Set(states.flatMap(({ state }) => state.input.excerptIds))];
  const excerpts = await db.excerpt.findMany({
    where: { id: { in: excerptIds } },
    include: { source: { select: { title: true, language: true } } },
  });
  const excerptById = new Map(excerpts.map((excerpt) => [excerpt.id, toExcerptDto(excerpt)]));

  const features = states.map(({ id, state: { version, input } }) => {
    // Revisions keep shapes as they were written, maybe before the write path normalised them.
    const geometry = normaliseShape(input.geometry).geometry as typeof input.geometry;
    const excerptDtos = input.excerptIds.flatMap((excerptId) => excerptById.get(excerptId) ?? []);
    return toItemFeature(id, version, { ...input, geometry }, shapeBBox(geometry)!, excerptDtos);
  });
  features.sort((a, b) => a.properties.startDate.localeCompare(b.properties.startDate) || a.id - b.id);
  return { type: 'FeatureCollection', features };
}
