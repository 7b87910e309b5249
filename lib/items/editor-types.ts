// Shapes the admin editor exchanges with the API (pure types, shared by server and client).
import type { ItemInput } from './schema';
import type { ExcerptDto } from './types';

export const REVISION_ACTIONS = ['create', 'update', 'delete', 'restore'] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

/** An item's full state, as kept in revisions and compared on conflicts. */
export interface ItemState {
  version: number;
  /** ISO instant, null while the item is live. */
  deletedAt: string | null;
  input: ItemInput;
}

export interface EditorItem extends ItemState {
  id: number;
  updatedAt: string;
  excerpts: ExcerptDto[];
}

export interface EditorItemRow {
  id: number;
  title: string;
  kind: ItemInput['kind'];
  status: ItemInput['status'];
  startDate: string;
  deletedAt: string | null;
  version: number;
  updatedAt: string;
}

export interface RevisionDto {
  id: number;
  action: RevisionAction;
  adminName: string | null;
  createdAt: string;
  before: ItemState | null;
  after: ItemState | null;
}

/** The body of a 409 answer: the item as it is now, so the editor can merge. */
export interface ConflictDetails {
  current: EditorItem;
}
