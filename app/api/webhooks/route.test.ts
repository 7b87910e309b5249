// Webhooks end to end on a real database and a real HTTP receiver on 127.0.0.1 (allowed through
// SITMAP_WEBHOOK_ALLOW_PRIVATE, as an operator would): registration with its checks, queueing in
// the edit's transaction, signed delivery, retries with backoff, and the delivery log.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createItem, updateItem } from '@/lib/items/write';
import { itemInputSchema, type ItemInputDraft } from '@/lib/items/schema';
import { getEditorItem } from '@/lib/items/editor';
import type { WebhookPayload } from '@/lib/webhooks/payload';
import type { CreatedWebhookDto, WebhookDto } from '@/lib/webhooks/schema';
import { verifySignature } from '@/lib/webhooks/signature';
import { signedInAdmin } from '@/lib/testing/admin';
import { itemDraft } from '@/lib/testing/items';
import { callRoute, jsonRequest } from '@/lib/testing/route';
import { createSeededDatabase, type TempDatabase } from '@/lib/testing/temp-database';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A webhook endpoint: records what it receives and answers `status`. */
async function startReceiver(status = 204): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.writeHead(status).end(status >= 400 ? 'try later' : '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

let database: TempDatabase;
let route: typeof import('./route');
let byId: typeof import('./[id]/route');
let deliver: typeof import('@/lib/webhooks/deliver');
let admin: { id: number; name: string; token: string };
const receivers: Array<{ close: () => Promise<void> }> = [];

beforeAll(async () => {
  process.env.SITMAP_WEBHOOK_ALLOW_PRIVATE = '127.0.0.1';
  database = await createSeededDatabase();
  route = await import('./route');
  byId = await import('./[id]/route');
  deliver = await import('@/lib/webhooks/deliver');
  admin = await signedInAdmin(database.client);
});
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
  await database.client.webhook.deleteMany();
  process.env.SITMAP_WEBHOOK_ALLOW_PRIVATE = '127.0.0.1';
});
afterAll(() => database.cleanup());

/** Creates an item through the write path, as the editor does (with its revision). */
const create = (draft: ItemInputDraft) => database.client.$transaction((tx) => createItem(tx, itemInputSchema.parse(draft), admin));

async function receiver(status?: number) {
  const started = await startReceiver(status);
  receivers.push(started);
  return started;
}

async function register(url: string, view = ''): Promise<{ status: number; body: CreatedWebhookDto & { error?: { message: string; fields: Record<string, string[]> } } }> {
  const { status, body } = await callRoute(route.POST, '/api/webhooks', {}, jsonRequest('POST', { url, view }, admin.token));
  return { status, body };
}

const excerpts = async () => [(await database.client.excerpt.findFirstOrThrow({ orderBy: { id: 'asc' } })).id];
const deliveries = () => database.client.webhookDelivery.findMany({ orderBy: { id: 'asc' } });

describe('webhooks', () => {
  it('POST a signed JSON body for a change in their view, queued in the edit and sent in the background', async () => {
    const endpoint = await receiver();
    const created = await register(endpoint.url, 'http://localhost:3000/?hide=strike&status=confirmed&lang=fr');
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^whsec_/);
    expect(created.body.filters).toBe('status=confirmed&kind=exercise_area%2Cfront_line%2Ctroop_deployment%2Cdiplomatic_contact%2Cpolitical_event');

    const item = await create(itemDraft(await excerpts(), { title: 'A confirmed event', kind: 'political_event', status: 'confirmed' }));
    expect((await deliveries()).map((row) => row.status)).toEqual(['pending']);
    expect(endpoint.received).toEqual([]);

    expect(await deliver.deliverDue(database.client)).toBe(1);
    const [call] = endpoint.received;
    expect(verifySignature(created.body.secret, call.body, call.headers['x-sitmap-signature'] as string)).toBe(true);
    expect(call.headers['content-type']).toBe('application/json');
    const payload = JSON.parse(call.body) as WebhookPayload;
    expect(payload).toMatchObject({ event: 'item.created', itemId: item.id, path: `/?item=${item.id}`, previous: null });
    expect(payload.item.input.title).toBe('A confirmed event');
    expect((await deliveries())[0]).toMatchObject({ status: 'delivered', attempts: 1, responseStatus: 204 });
  });

  it('send nothing for a change outside their view', async () => {
    const endpoint = await receiver();
    await register(endpoint.url, '?status=confirmed');
    await create(itemDraft(await excerpts(), { status: 'claimed' }));
    expect(await deliveries()).toEqual([]);
  });

  it('report an edit that takes an item out of the view, with the fields it changed', async () => {
    const endpoint = await receiver();
    const item = await create(itemDraft(await excerpts(), { status: 'claimed' }));
    await register(endpoint.url, '?status=claimed');
    await updateItem(database.client, admin, item.id, item.version, { ...item.input, status: 'confirmed' });
    await deliver.deliverDue(database.client);
    const payload = JSON.parse(endpoint.received[0].body) as WebhookPayload;
    expect(payload).toMatchObject({ event: 'item.updated', changedFields: ['status'] });
    expect(payload.previous?.input.status).toBe('claimed');
  });

  it('match a searched view through the search index', async () => {
    const endpoint = await receiver();
    await register(endpoint.url, '?q=Zaporizhzhia');
    await create(itemDraft(await excerpts(), { title: 'Shelling near Zaporizhzhia' }));
    await create(itemDraft(await excerpts(), { title: 'Shelling near Kherson' }));
    expect((await deliveries()).map((row) => (JSON.parse(row.payload) as WebhookPayload).item.input.title)).toEqual(['Shelling near Zaporizhzhia']);
  });

  it('retry a failing endpoint with growing waits and give up after the last attempt, the edit unaffected', async () => {
    const endpoint = await receiver(503);
    await register(endpoint.url);
    const item = await create(itemDraft(await excerpts(), { title: 'Saved whatever the endpoint says' }));
    expect((await getEditorItem(item.id)).input.title).toBe('Saved whatever the endpoint says');

    let now = new Date();
    for (let attempt = 1; attempt <= deliver.MAX_ATTEMPTS; attempt++) {
      expect(await deliver.deliverDue(database.client, now)).toBe(1);
      const [row] = await deliveries();
      expect(row).toMatchObject({ attempts: attempt, responseStatus: 503, lastError: 'The endpoint answered 503: try later' });
      if (attempt < deliver.MAX_ATTEMPTS) {
        expect(row.status).toBe('pending');
        expect(row.nextAttemptAt.getTime() - now.getTime()).toBe(deliver.retryDelayMs(attempt));
        expect(await deliver.deliverDue(database.client, new Date(row.nextAttemptAt.getTime() - 1))).toBe(0);
        now = row.nextAttemptAt;
      } else {
        expect(row.status).toBe('failed');
      }
    }
    expect(endpoint.received).toHaveLength(deliver.MAX_ATTEMPTS);
  });

  it('keep a delivery queued while the endpoint is down and send it once it is back', async () => {
    const endpoint = await startReceiver();
    await endpoint.close();
    await register(endpoint.url);
    await create(itemDraft(await excerpts()));
    await deliver.deliverDue(database.client);
    const [failed] = await deliveries();
    expect(failed).toMatchObject({ status: 'pending', attempts: 1, responseStatus: null });
    expect(failed.lastError).toMatch(/ECONNREFUSED/);

    const port = new URL(endpoint.url).port;
    const back = http.createServer((request, response) => request.resume().on('end', () => response.writeHead(200).end()));
    await new Promise<void>((resolve) => back.listen(Number(port), '127.0.0.1', resolve));
    receivers.push({ close: () => new Promise((resolve) => back.close(() => resolve())) });
    await deliver.deliverDue(database.client, failed.nextAttemptAt);
    expect((await deliveries())[0]).toMatchObject({ status: 'delivered', attempts: 2, responseStatus: 200 });
  });

  it('refuse at delivery an address no longer allowed', async () => {
    const endpoint = await receiver();
    await register(endpoint.url);
    await create(itemDraft(await excerpts()));
    delete process.env.SITMAP_WEBHOOK_ALLOW_PRIVATE;
    await deliver.deliverDue(database.client);
    expect(endpoint.received).toEqual([]);
    expect((await deliveries())[0].lastError).toMatch(/private or reserved address/);
  });

  it('list their deliveries with status for the admin, never the secret', async () => {
    const endpoint = await receiver();
    await register(endpoint.url);
    await create(itemDraft(await excerpts()));
    await deliver.deliverDue(database.client);
    const { status, body } = await callRoute(route.GET, '/api/webhooks', {}, { headers: { Cookie: `sitmap_session=${admin.token}` } });
    expect(status).toBe(200);
    const [webhook] = (body as { webhooks: WebhookDto[] }).webhooks;
    expect(webhook.counts).toEqual({ pending: 0, delivered: 1, failed: 0 });
    expect(webhook.deliveries[0]).toMatchObject({ event: 'item.created', status: 'delivered', responseStatus: 204 });
    expect(JSON.stringify(body)).not.toContain('whsec_');
  });

  it('are deleted with their queue', async () => {
    const endpoint = await receiver();
    const created = await register(endpoint.url);
    await create(itemDraft(await excerpts()));
    const { status } = await callRoute(byId.DELETE, `/api/webhooks/${created.body.id}`, { id: String(created.body.id) }, jsonRequest('DELETE', '', admin.token));
    expect(status).toBe(204);
    expect(await deliveries()).toEqual([]);
  });
});

describe('registering a webhook', () => {
  it.each([
    ['a URL that is not http(s)', 'ftp://example.org/hook', 'The address must start with http:// or https://'],
    ['a loopback address', 'http://127.0.0.2:9/hook', 'private or reserved address'],
    ['a name resolving to loopback', 'http://localhost:9/hook', 'private or reserved address'],
    ['a private address', 'http://10.1.2.3/hook', 'private or reserved address'],
    ['an IPv6 link-local address', 'http://[fe80::1]/hook', 'private or reserved address'],
    ['an IPv4-mapped IPv6 loopback', 'http://[::ffff:127.0.0.1]/hook', 'private or reserved address'],
  ])('answers 400 to %s', async (_case, url, message) => {
    delete process.env.SITMAP_WEBHOOK_ALLOW_PRIVATE;
    const { status, body } = await register(url);
    expect(status).toBe(400);
    expect(body.error!.fields).toHaveProperty('url');
    expect(body.error!.message).toContain(message);
  });

  it('answers 400 to a view with an unknown filter', async () => {
    const { status, body } = await register('http://127.0.0.1:9/hook', '?colour=red');
    expect(status).toBe(400);
    expect(body.error!.fields).toHaveProperty('colour');
  });

  it('needs a signed-in admin from the same origin', async () => {
    const anonymous = await callRoute(route.POST, '/api/webhooks', {}, jsonRequest('POST', { url: 'http://127.0.0.1:9/' }));
    expect(anonymous.status).toBe(401);
    const crossSite = await callRoute(route.POST, '/api/webhooks', {}, jsonRequest('POST', { url: 'http://127.0.0.1:9/' }, admin.token, 'http://evil.example'));
    expect(crossSite.status).toBe(403);
    expect((await callRoute(route.GET, '/api/webhooks')).status).toBe(401);
  });
});
