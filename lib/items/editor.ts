// The admin's reads of items: deleted ones included (the public repository never shows them), and
// their history. Every write is lib/items/write.ts.
import 'server-only';
import { toDay } from '@/lib/dates';
import { db } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { toEditorItem, withExcerpts } from './feature';
import type { EditorItem, EditorItemRow, ItemState, RevisionAction, RevisionDto } from './schema';

export async function getEditorItem(id: number): Promise<EditorItem> {
  const row = await db.item.findUnique({ where: { id }, include: withExcerpts });
  if (!row) throw new NotFoundError(`No item with id ${id}`);
  return toEditorItem(row);
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
    startDate: toDay(row.startDate),
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
