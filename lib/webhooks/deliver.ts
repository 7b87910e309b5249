// Delivers queued webhook calls: due deliveries are taken with a lease (an atomic update of their
// next attempt time, so two app servers never send the same one at once), POSTed signed, and marked
// delivered, or retried with exponential backoff until MAX_ATTEMPTS, then marked failed.
import type { Db } from '@/lib/db/create-client';
import { postSigned } from './post';
import { SIGNATURE_HEADER, signBody } from './signature';

export const MAX_ATTEMPTS = 8;
/** Deliveries one run takes at most. */
export const DELIVERY_BATCH = 20;
const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 6 * 3600_000;
/** How long a worker holds a delivery it took: longer than a POST may last. */
const LEASE_MS = 60_000;

/** The wait after failed attempt `attempt` (1-based): 30 s, 2 min, 8 min, 32 min, … at most 6 h. */
export function retryDelayMs(attempt: number): number {
  return Math.min(FIRST_RETRY_MS * 4 ** (attempt - 1), LONGEST_RETRY_MS);
}

function describeError(error: unknown): string {
  const cause = (error as { cause?: { message?: string } }).cause?.message;
  const message = error instanceof Error ? error.message : String(error);
  return (cause ? `${message}: ${cause}` : message) || 'The connection failed';
}

/** Sends the deliveries due at `now` (at most `limit`); returns how many were attempted. */
export async function deliverDue(db: Db, now = new Date(), limit = DELIVERY_BATCH): Promise<number> {
  const due = await db.webhookDelivery.findMany({
    where: { status: 'pending', nextAttemptAt: { lte: now } },
    orderBy: { id: 'asc' },
    take: limit,
    include: { webhook: { select: { url: true, secret: true } } },
  });
  let attempted = 0;
  for (const delivery of due) {
    const taken = await db.webhookDelivery.updateMany({
      where: { id: delivery.id, status: 'pending', nextAttemptAt: delivery.nextAttemptAt },
      data: { nextAttemptAt: new Date(now.getTime() + LEASE_MS) },
    });
    if (taken.count === 0) continue;
    attempted += 1;
    const attempts = delivery.attempts + 1;
    let responseStatus: number | null = null;
    let error: string | null = null;
    try {
      const answer = await postSigned(delivery.webhook.url, delivery.payload, {
        [SIGNATURE_HEADER]: signBody(delivery.webhook.secret, delivery.payload),
        'X-Sitmap-Delivery': String(delivery.id),
      });
      responseStatus = answer.status;
      if (answer.status < 200 || answer.status >= 300) error = `The endpoint answered ${answer.status}${answer.body ? `: ${answer.body}` : ''}`;
    } catch (failure) {
      error = describeError(failure);
    }
    const finished = new Date();
    await db.webhookDelivery.update({
      where: { id: delivery.id },
      data:
        error === null
          ? { status: 'delivered', attempts, responseStatus, lastError: null, lastAttemptAt: finished, deliveredAt: finished }
          : {
              status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
              attempts,
              responseStatus,
              lastError: error,
              lastAttemptAt: finished,
              nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
            },
    });
  }
  return attempted;
}
