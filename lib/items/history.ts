// What an item looked like at a past instant, from its revisions (pure): the "as of" view.
import type { ItemState } from './schema';

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
