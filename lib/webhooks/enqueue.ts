// Queues a change for every webhook whose view it touches, inside the transaction that makes the
// change: the delivery exists exactly when the change does, and no network call ever runs here (the
// worker, lib/webhooks/deliver.ts, sends it later), so a failing endpoint cannot slow or break an edit.
import type { Db } from '@/lib/db/create-client';
import { Prisma } from '@/lib/generated/prisma/client';
import { parseItemFilters } from '@/lib/items/query';
import { itemSql } from '@/lib/items/sql-dialect';
import { webhookPayload, type RevisionChange } from './payload';
import { stateInView } from './view';

type Tx = Pick<Db, 'webhook' | 'webhookDelivery' | '$queryRaw'>;

/** The search index answers for the item's current text, as the dashboard's search does. */
async function matchesSearch(tx: Tx, itemId: number, q: string): Promise<boolean> {
  const matches = itemSql.searchMatches(q);
  if (matches === null) return true;
  const rows = await tx.$queryRaw<unknown[]>(Prisma.sql`SELECT 1 AS "hit" WHERE ${itemId} IN (${matches})`);
  return rows.length > 0;
}

export async function enqueueWebhookDeliveries(tx: Tx, change: RevisionChange): Promise<number> {
  const webhooks = await tx.webhook.findMany({ select: { id: true, filters: true } });
  if (webhooks.length === 0) return 0;
  const payload = JSON.stringify(webhookPayload(change));
  let queued = 0;
  for (const webhook of webhooks) {
    const filters = parseItemFilters(new URLSearchParams(webhook.filters));
    const inView = stateInView(change.itemId, change.before, filters) || stateInView(change.itemId, change.after, filters);
    if (!inView || (filters.q !== undefined && !(await matchesSearch(tx, change.itemId, filters.q)))) continue;
    await tx.webhookDelivery.create({ data: { webhookId: webhook.id, revisionId: change.id, payload } });
    queued += 1;
  }
  return queued;
}
