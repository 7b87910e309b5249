// The admin's item editor: every change runs in one transaction with its revision (who, when, full
// before/after), carries the version it edited (409 with the current item otherwise), and deletes
// are soft. Reads here include deleted items; the public repository never shows them.
import 'server-only';
import { ApiError } from '@/lib/api/errors';
import { db } from '@/lib/db/client';
import type { SignedInAdmin } from '@/lib/auth/session';
import type { EditorItem, EditorItemRow, ItemState, RevisionAction, RevisionDto } from './editor-types';
import { createItemWithRevision, loadEditorItem, stateOf, writeRevision, type Tx } from './revisions';
import type { ItemInputDraft } from './schema';
import { replaceItem } from './write';

async function loadExisting(tx: Tx, id: number): Promise<EditorItem> {
  const item = await loadEditorItem(tx, id);
  if (!item) throw new ApiError('not_found', `No item with id ${id}`);
  return item;
}

function conflict(current: EditorItem, message: string): ApiError {
  return new ApiError('conflict', message, undefined, { current });
}

function assertVersion(current: EditorItem, version: number): void {
  if (current.version !== version) {
    throw conflict(current, 'Someone else saved this item after you opened it. Compare both versions and save again.');
  }
}

/** Replaces the content of an item at `version`, records the revision, returns the item as saved. */
async function change(
  tx: Tx,
  admin: SignedInAdmin,
  current: EditorItem,
  action: RevisionAction,
  draft: ItemInputDraft,
  deletedAt: Date | null,
): Promise<EditorItem> {
  if (!(await replaceItem(tx, current.id, current.version, draft, { deletedAt }))) {
    throw conflict(await loadExisting(tx, current.id), 'Someone else saved this item at the same moment. Compare both versions and save again.');
  }
  const saved = await loadExisting(tx, current.id);
  await writeRevision(tx, current.id, admin, action, stateOf(current), stateOf(saved));
  return saved;
}

export async function createEditorItem(admin: SignedInAdmin, draft: ItemInputDraft): Promise<EditorItem> {
  return db.$transaction((tx) => createItemWithRevision(tx, admin, draft));
}

export async function updateEditorItem(admin: SignedInAdmin, id: number, version: number, draft: ItemInputDraft): Promise<EditorItem> {
  return db.$transaction(async (tx) => {
    const current = await loadExisting(tx, id);
    assertVersion(current, version);
    if (current.deletedAt) throw conflict(current, 'This item was deleted. Restore it before editing.');
    return change(tx, admin, current, 'update', draft, null);
  });
}

export async function deleteEditorItem(admin: SignedInAdmin, id: number, version: number): Promise<EditorItem> {
  return db.$transaction(async (tx) => {
    const current = await loadExisting(tx, id);
    assertVersion(current, version);
    if (current.deletedAt) throw conflict(current, 'This item is already deleted.');
    return change(tx, admin, current, 'delete', current.input, new Date());
  });
}

/** Brings a deleted item back as it was. */
export async function restoreEditorItem(admin: SignedInAdmin, id: number, version: number): Promise<EditorItem> {
  return db.$transaction(async (tx) => {
    const current = await loadExisting(tx, id);
    assertVersion(current, version);
    if (!current.deletedAt) throw conflict(current, 'This item is not deleted.');
    return change(tx, admin, current, 'restore', current.input, null);
  });
}

/** Makes the item's content what it was after revision `revisionId` (before it, for a delete), live. */
export async function restoreRevision(admin: SignedInAdmin, id: number, revisionId: number, version: number): Promise<EditorItem> {
  return db.$transaction(async (tx) => {
    const revision = await tx.revision.findFirst({ where: { id: revisionId, itemId: id } });
    if (!revision) throw new ApiError('not_found', `Item ${id} has no revision ${revisionId}`);
    const current = await loadExisting(tx, id);
    assertVersion(current, version);
    const target = JSON.parse(revision.after ?? revision.before!) as ItemState;
    return change(tx, admin, current, 'restore', target.input, null);
  });
}

export async function getEditorItem(id: number): Promise<EditorItem> {
  const item = await loadEditorItem(db, id);
  if (!item) throw new ApiError('not_found', `No item with id ${id}`);
  return item;
}

/** Every item, deleted ones included, most recently changed first. */
export async function listEditorItems(): Promise<EditorItemRow[]> {
  const rows = await db.item.findMany({
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    select: { id: true, title: true, kind: true, status: true, startDate: true, deletedAt: true, version: true, updatedAt: true },
  });
  return rows.map((row) => ({
    ...row,
    kind: row.kind as EditorItemRow['kind'],
    status: row.status as EditorItemRow['status'],
    startDate: row.startDate.toISOString().slice(0, 10),
    deletedAt: row.deletedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  }));
}

/** An item's history, newest first. */
export async function listRevisions(itemId: number): Promise<RevisionDto[]> {
  const rows = await db.revision.findMany({
    where: { itemId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    include: { admin: { select: { name: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    action: row.action as RevisionAction,
    adminName: row.admin?.name ?? null,
    createdAt: row.createdAt.toISOString(),
    before: row.before ? (JSON.parse(row.before) as ItemState) : null,
    after: row.after ? (JSON.parse(row.after) as ItemState) : null,
  }));
}
