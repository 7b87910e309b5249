import { NextResponse } from 'next/server';
import { parseJsonBody, withErrors } from '@/lib/api/handler';
import { requireAdmin } from '@/lib/auth/request';
import { createWebhook, listWebhooks } from '@/lib/webhooks/admin';
import { webhookInputSchema } from '@/lib/webhooks/schema';

export const dynamic = 'force-dynamic';

export const GET = withErrors(async (request: Request) => {
  await requireAdmin(request);
  return NextResponse.json({ webhooks: await listWebhooks() });
});

/** Makes a webhook; the answer carries its secret, shown this once. */
export const POST = withErrors(async (request: Request) => {
  await requireAdmin(request);
  return NextResponse.json(await createWebhook(await parseJsonBody(request, webhookInputSchema)), { status: 201 });
});
