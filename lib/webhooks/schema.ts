// What an admin gives to make a webhook: shared by the admin form and POST /api/webhooks.
import { z } from 'zod';

export const webhookInputSchema = z.object({
  url: z
    .string({ error: 'url is required' })
    .trim()
    .min(1, 'Give the address to send the changes to')
    .max(2000, 'The address is too long (at most 2000 characters)')
    .refine((value) => /^https?:\/\//i.test(value), 'The address must start with http:// or https://')
    .refine((value) => URL.canParse(value), 'The address is not a valid URL'),
  /** The dashboard's address showing the view, or its query; empty: every item. */
  view: z.string().trim().max(4000, 'The view is too long (at most 4000 characters)').default(''),
});

export type WebhookInput = z.input<typeof webhookInputSchema>;

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

export interface WebhookDeliveryDto {
  id: number;
  revisionId: number;
  event: string;
  status: DeliveryStatus;
  attempts: number;
  responseStatus: number | null;
  lastError: string | null;
  createdAt: string;
  lastAttemptAt: string | null;
  nextAttemptAt: string;
}

export interface WebhookDto {
  id: number;
  url: string;
  /** The view as filter parameters of /api/items ('' for every item). */
  filters: string;
  createdAt: string;
  counts: Record<DeliveryStatus, number>;
  /** The latest deliveries, newest first. */
  deliveries: WebhookDeliveryDto[];
}

/** The answer to creating a webhook: the only time its secret is shown. */
export interface CreatedWebhookDto extends WebhookDto {
  secret: string;
}
