import 'server-only';
import { db } from '@/lib/db/client';

/**
 * The titles of the given items, deleted ones included (an article's excerpts may still be cited by a
 * deleted item, which can be restored): pages that name the items citing an article read them here.
 */
export async function itemTitles(ids: readonly number[]): Promise<Map<number, { title: string; deleted: boolean }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.item.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, title: true, deletedAt: true } });
  return new Map(rows.map((row) => [row.id, { title: row.title, deleted: row.deletedAt !== null }]));
}
