import 'server-only';
// The background sender: one loop per app server process (started by instrumentation.ts), asking
// the queue every POLL_MS. Deliveries live in the database, so a restart resumes where it stopped.
import { db } from '@/lib/db/client';
import { DELIVERY_BATCH, deliverDue } from './deliver';

const POLL_MS = 1_000;

const globalForWorker = globalThis as unknown as { sitmapWebhookWorker?: ReturnType<typeof setTimeout> };

async function tick(): Promise<void> {
  try {
    // A full batch means more may be waiting: go on at once.
    while ((await deliverDue(db)) >= DELIVERY_BATCH);
  } catch (error) {
    console.error('webhooks: delivery run failed', error);
  }
  globalForWorker.sitmapWebhookWorker = setTimeout(() => void tick(), POLL_MS);
}

export function startWebhookWorker(): void {
  if (globalForWorker.sitmapWebhookWorker) return;
  globalForWorker.sitmapWebhookWorker = setTimeout(() => void tick(), POLL_MS);
}
