// Item writes that record their revision, inside the caller's transaction: the editor's create and
// a GeoJSON import write exactly the same rows (no database handle of its own, so lib/import can
// run it against any client).
import type { Db } from '@/lib/db/create-client';
import type { SignedInAdmin } from '@/lib/auth/session';
import { enqueueWebhookDeliveries } from '@/lib/webhooks/enqueue';
import type { EditorItem, ItemState, RevisionAction } from './editor-types';
import { toExcerptDto, withExcerpts } from './geojson';
import type { ItemInputDraft } from './schema';
import { toItemState } from './state';
import { createItem } from './write';

export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/** An item as the editor sees it (deleted or not), or null. */
export async function loadEditorItem(tx: Tx | Db, id: number): Promise<EditorItem | null> {
  const row = await tx.item.findUnique({ where: { id }, include: withExcerpts });
  if (!row) return null;
  const excerpts = row.excerpts.map((link) => link.excerpt);
  return {
    id: row.id,
    updatedAt: row.updatedAt.toISOString(),
    excerpts: excerpts.map(toExcerptDto),
    ...toItemState(row, excerpts.map((excerpt) => excerpt.id)),
  };
}

export function stateOf(item: EditorItem): ItemState {
  return { version: item.version, deletedAt: item.deletedAt, input: item.input };
}

/** Records the revision and, in the same transaction, queues it for the webhooks whose view it touches. */
export async function writeRevision(tx: Tx, itemId: number, admin: SignedInAdmin, action: RevisionAction, before: ItemState | null, after: ItemState) {
  const revision = await tx.revision.create({
    data: { itemId, adminId: admin.id, action, before: before && JSON.stringify(before), after: JSON.stringify(after) },
  });
  await enqueueWebhookDeliveries(tx, { id: revision.id, itemId, action, createdAt: revision.createdAt, before, after });
}

/** Creates an item and its 'create' revision (the full state after); returns the item as saved. */
export async function createItemWithRevision(tx: Tx, admin: SignedInAdmin, draft: ItemInputDraft): Promise<EditorItem> {
  const id = await createItem(tx, draft);
  const saved = (await loadEditorItem(tx, id))!;
  await writeRevision(tx, id, admin, 'create', null, stateOf(saved));
  return saved;
}
