import 'server-only';
// Webhooks as the admin manages them: make (URL checked against SSRF, view validated, a fresh
// secret shown once), list with their latest deliveries, delete.
import { InvalidInputError, NotFoundError } from '@/lib/errors';
import { db } from '@/lib/db/client';
import { checkWebhookUrl, WebhookAddressError } from './address';
import type { WebhookPayload } from './payload';
import { webhookInputSchema, type CreatedWebhookDto, type DeliveryStatus, type WebhookDto, type WebhookInput } from './schema';
import { newSecret } from './signature';
import { viewFilterParams } from './view';

/** Deliveries listed per webhook. */
const RECENT_DELIVERIES = 20;

async function toDto(webhook: { id: number; url: string; filters: string; createdAt: Date }): Promise<WebhookDto> {
  const [deliveries, grouped] = await Promise.all([
    db.webhookDelivery.findMany({ where: { webhookId: webhook.id }, orderBy: { id: 'desc' }, take: RECENT_DELIVERIES }),
    db.webhookDelivery.groupBy({ by: ['status'], where: { webhookId: webhook.id }, _count: { _all: true } }),
  ]);
  const counts: Record<DeliveryStatus, number> = { pending: 0, delivered: 0, failed: 0 };
  for (const group of grouped) counts[group.status as DeliveryStatus] = group._count._all;
  return {
    id: webhook.id,
    url: webhook.url,
    filters: webhook.filters,
    createdAt: webhook.createdAt.toISOString(),
    counts,
    deliveries: deliveries.map((delivery) => ({
      id: delivery.id,
      revisionId: delivery.revisionId,
      event: (JSON.parse(delivery.payload) as WebhookPayload).event,
      status: delivery.status as DeliveryStatus,
      attempts: delivery.attempts,
      responseStatus: delivery.responseStatus,
      lastError: delivery.lastError,
      createdAt: delivery.createdAt.toISOString(),
      lastAttemptAt: delivery.lastAttemptAt?.toISOString() ?? null,
      nextAttemptAt: delivery.nextAttemptAt.toISOString(),
    })),
  };
}

export async function createWebhook(input: WebhookInput): Promise<CreatedWebhookDto> {
  const { url, view } = webhookInputSchema.parse(input);
  const filters = viewFilterParams(view).toString();
  try {
    await checkWebhookUrl(url);
  } catch (error) {
    if (error instanceof WebhookAddressError) throw new InvalidInputError(error.message, { url: [error.message] });
    throw error;
  }
  const secret = newSecret();
  const webhook = await db.webhook.create({ data: { url, filters, secret } });
  return { ...(await toDto(webhook)), secret };
}

export async function listWebhooks(): Promise<WebhookDto[]> {
  const webhooks = await db.webhook.findMany({ orderBy: { id: 'asc' } });
  return Promise.all(webhooks.map(toDto));
}

export async function deleteWebhook(id: number): Promise<void> {
  const { count } = await db.webhook.deleteMany({ where: { id } });
  if (count === 0) throw new NotFoundError(`No webhook with id ${id}`);
}
