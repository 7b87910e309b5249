// The JSON body a webhook receives for one change (pure).
import type { ItemInput, ItemState, RevisionAction } from '@/lib/items/schema';

export const WEBHOOK_EVENTS: Record<RevisionAction, string> = {
  create: 'item.created',
  update: 'item.updated',
  delete: 'item.deleted',
  restore: 'item.restored',
};

export interface RevisionChange {
  id: number;
  itemId: number;
  action: RevisionAction;
  createdAt: Date;
  before: ItemState | null;
  after: ItemState;
}

export interface WebhookPayload {
  event: string;
  revisionId: number;
  occurredAt: string;
  itemId: number;
  /** Where the item opens on the dashboard (relative to the app's address). */
  path: string;
  /** The item after the change: a deleted one carries `deletedAt`. */
  item: ItemState;
  /** The item before the change (null when it was created). */
  previous: ItemState | null;
  /** The fields of the item that the change set to new values. */
  changedFields: Array<keyof ItemInput>;
}

export function webhookPayload(change: RevisionChange): WebhookPayload {
  const before = change.before?.input;
  const after = change.after.input;
  const fields = Object.keys(after) as Array<keyof ItemInput>;
  return {
    event: WEBHOOK_EVENTS[change.action],
    revisionId: change.id,
    occurredAt: change.createdAt.toISOString(),
    itemId: change.itemId,
    path: `/?item=${change.itemId}`,
    item: change.after,
    previous: change.before,
    changedFields: before ? fields.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field])) : fields,
  };
}
