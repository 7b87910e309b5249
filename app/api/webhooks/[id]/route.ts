import { withAdmin } from '@/lib/api/handler';
import { idParamSchema } from '@/lib/items/schema';
import { deleteWebhook } from '@/lib/webhooks/admin';

export const dynamic = 'force-dynamic';

/** Deletes a webhook and its delivery log; changes already queued for it are dropped. */
export const DELETE = withAdmin({ params: { id: idParamSchema } }, async ({ params }) => {
  await deleteWebhook(params.id);
  return new Response(null, { status: 204 });
});
