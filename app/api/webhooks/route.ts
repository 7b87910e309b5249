import { NextResponse } from 'next/server';
import { withAdmin } from '@/lib/api/handler';
import { createWebhook, listWebhooks } from '@/lib/webhooks/admin';
import { webhookInputSchema } from '@/lib/webhooks/schema';

export const dynamic = 'force-dynamic';

export const GET = withAdmin({}, async () => NextResponse.json({ webhooks: await listWebhooks() }));

/** Makes a webhook; the answer carries its secret, shown this once. */
export const POST = withAdmin({ body: webhookInputSchema }, async ({ body }) => NextResponse.json(await createWebhook(body), { status: 201 }));
