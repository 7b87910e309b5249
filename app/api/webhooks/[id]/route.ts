import { parseParam, withErrors } from '@/lib/api/handler';
import { requireAdmin } from '@/lib/auth/request';
import { idParamSchema } from '@/lib/items/schema';
import { deleteWebhook } from '@/lib/webhooks/admin';

export const dynamic = 'force-dynamic';

type Context = RouteContext<'/api/webhooks/[id]'>;

/** Deletes a webhook and its delivery log; changes already queued for it are dropped. */
export const DELETE = withErrors(async (request: Request, { params }: Context) => {
  await requireAdmin(request);
  await deleteWebhook(parseParam(idParamSchema, (await params).id, 'id'));
  return new Response(null, { status: 204 });
});
