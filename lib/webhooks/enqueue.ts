// Queues a change for every webhook whose view it touches, inside the transaction that makes the
// change: the delivery exists exactly when the change does, and no network call ever runs here (the
// worker, lib/webhooks/deliver.ts, sends it later), so a failing endpoint cannot slow or break an edit.
// Not server-only: the write path (lib/items/write.ts), which the seed runs too, calls it.
import type { Db } from '@/lib/db/create-client';
import { excerptSourceColumns, toExcerptDto } from '@/lib/items/feature';
import { parseItemFilters } from '@/lib/items/query';
import type { ExcerptDto } from '@/lib/items/schema';
import { matchesSearch } from '@/lib/items/search';
import { webhookPayload, type RevisionChange } from './payload';
import { stateInView } from './view';

type Tx = Pick<Db, 'webhook' | 'webhookDelivery' | 'excerpt'>;

/** The excerpts cited before and after the change, by id (the source and support filters read them). */
async function citedExcerpts(tx: Tx, change: RevisionChange): Promise<Map<number, ExcerptDto>> {
  const states = [change.before, change.after].flatMap((state) => (state ? [state.input] : []));
  const excerptIds = [...new Set(states.flatMap((input) => input.excerptIds))];
  const excerpts = await tx.excerpt.findMany({ where: { id: { in: excerptIds } }, include: { source: { select: excerptSourceColumns } } });
  return new Map(excerpts.map((excerpt) => [excerpt.id, toExcerptDto(excerpt)]));
}

/** The text a search reads: title, summary and the quotes, before and after the change. */
function searchedText(change: RevisionChange, excerpts: Map<number, ExcerptDto>): string[] {
  const states = [change.before, change.after].flatMap((state) => (state ? [state.input] : []));
  return [...states.flatMap((input) => [input.title, input.summary]), ...[...excerpts.values()].map((excerpt) => excerpt.text)];
}

export async function enqueueWebhookDeliveries(tx: Tx, change: RevisionChange): Promise<number> {
  const webhooks = await tx.webhook.findMany({ select: { id: true, filters: true } });
  if (webhooks.length === 0) return 0;
  const payload = JSON.stringify(webhookPayload(change));
  let queued = 0;
  const excerpts = await citedExcerpts(tx, change);
  for (const webhook of webhooks) {
    const filters = parseItemFilters(new URLSearchParams(webhook.filters));
    const inView = stateInView(change.itemId, change.before, filters, excerpts) || stateInView(change.itemId, change.after, filters, excerpts);
    if (!inView) continue;
    if (filters.q !== undefined && !matchesSearch(filters.q, searchedText(change, excerpts))) continue;
    await tx.webhookDelivery.create({ data: { webhookId: webhook.id, revisionId: change.id, payload } });
    queued += 1;
  }
  return queued;
}
