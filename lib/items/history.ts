// What an item looked like at a past instant, from its revisions (pure): the "as of" view.
import { bboxOf } from '@/lib/geo/bbox';
import type { ItemState } from './editor-types';
import type { ExcerptDto, ItemFeature } from './types';

export interface RevisionRecord {
  createdAt: Date;
  before: ItemState | null;
  after: ItemState | null;
}

/**
 * The item's state as known at `asOf`, or null when it was not known then (created later, or deleted).
 * `current` is the live row's state and `createdAt` its creation time: items made before history was kept
 * (the seed) have no revisions, and an item edited later was, before its first revision, what that
 * revision's `before` says.
 */
export function stateAsOf(current: ItemState, createdAt: Date, revisions: RevisionRecord[], asOf: Date): ItemState | null {
  if (createdAt > asOf) return null;
  const ordered = [...revisions].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const known = ordered.filter((revision) => revision.createdAt <= asOf);
  const state = known.length ? known[known.length - 1].after : ordered.length ? ordered[0].before : current;
  return state && state.deletedAt === null ? state : null;
}

const day = (value: string | null) => (value === null ? null : value.slice(0, 10));

/** A past (or current) state as the API's feature, with the excerpts it cites (those found). */
export function stateToFeature(id: number, { version, input }: ItemState, excerptById: ReadonlyMap<number, ExcerptDto>): ItemFeature {
  return {
    type: 'Feature',
    id,
    bbox: bboxOf(input.geometry)!,
    geometry: input.geometry,
    properties: {
      id,
      title: input.title,
      summary: input.summary,
      kind: input.kind,
      status: input.status,
      locationPrecision: input.locationPrecision,
      startDate: day(input.startDate)!,
      endDate: day(input.endDate),
      datePrecision: input.datePrecision,
      announcedAt: day(input.announcedAt),
      actors: input.actors,
      countries: input.countries,
      version,
      excerpts: input.excerptIds.flatMap((excerptId) => excerptById.get(excerptId) ?? []),
    },
  };
}
