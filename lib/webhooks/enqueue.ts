// Queues a change for every webhook whose view it touches, inside the transaction that makes the
// change: the delivery exists exactly when the change does, and no network call ever runs here (the
// worker, lib/webhooks/deliver.ts, sends it later), so a failing endpoint cannot slow or break an edit.
// Not server-only: the write path (lib/items/write.ts), which the seed runs too, calls it.
import type { Db } from '@/lib/db/create-client';
import { parseItemFilters } from '@/lib/items/query';
import { matchesSearch } from '@/lib/items/search';
import { webhookPayload, type RevisionChange } from './payload';
import { stateInView } from './view';

type Tx = Pick<Db, 'webhook' | 'webhookDelivery' | 'excerpt'>;

/** The text a search reads: title, summary and the quotes, before and after the change. */
async function searchedText(tx: Tx, change: RevisionChange): Promise<string[]> {
  const states = [change.before, change.after].flatMap((state) => (state ? [state.input] : []));
  const excerptIds = [...new Set(states.flatMap((input) => input.excerptIds))];
  const excerpts = await tx.excerpt.findMany({ where: { id: { in: excerptIds } }, select: { text: true } });
  return [...states.flatMap((input) => [input.title, input.summary]), ...excerpts.map((excerpt) => excerpt.text)];
}

export async function enqueueWebhookDeliveries(tx: Tx, change: RevisionChange): Promise<number> {
  const webhooks = await tx.webhook.findMany({ select: { id: true, filters: true } });
  if (webhooks.length === 0) return 0;
  const payload = JSON.stringify(webhookPayload(change));
  let queued = 0;
  let text: string[] | null = null;
  for (const webhook of webhooks) {
    const filters = parseItemFilters(new URLSearchParams(webhook.filters));
    const inView = stateInView(change.itemId, change.before, filters) || stateInView(change.itemId, change.after, filters);
    if (!inView) continue;
    if (filters.q !== undefined && !matchesSearch(filters.q, (text ??= await searchedText(tx, change)))) continue;
    await tx.webhookDelivery.create({ data: { webhookId: webhook.id, revisionId: change.id, payload } });
    queued += 1;
  }
  return queued;
}
