// Walks every mutating route handler: without a session 401, from another site 403, and in every case
// the database is left exactly as it was. A new mutating handler that is not listed here fails the
// first test, so none can slip through unchecked.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAdmin } from '@/lib/testing/admin';
import { importFeature, importFile } from '@/lib/testing/import-file';
import { itemDraft } from '@/lib/testing/items';
import { callRoute, jsonRequest } from '@/lib/testing/route';
import { databaseSnapshot } from '@/lib/testing/snapshot';
import { createSeededDatabase, type TempDatabase } from '@/lib/testing/temp-database';
import * as draftRoute from './sources/[id]/draft/route';
import * as excerptsRoute from './sources/[id]/excerpts/route';
import * as excerptRoute from './sources/[id]/excerpts/[excerptId]/route';
import * as sourceRoute from './sources/[id]/route';
import * as situationRoute from './situation/route';
import * as importRoute from './import/route';
import * as itemRoute from './items/[id]/route';
import * as itemsRoute from './items/route';
import * as restoreRoute from './items/[id]/restore/route';
import * as revisionRestoreRoute from './items/[id]/revisions/[revisionId]/restore/route';
import * as signInRoute from './auth/sign-in/route';
import * as signOutRoute from './auth/sign-out/route';
import * as sourcesRoute from './sources/route';
import * as webhookRoute from './webhooks/[id]/route';
import * as webhooksRoute from './webhooks/route';

const MUTATING_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;
// Sign-in is the one mutating endpoint open without a session (it is what creates one); it is
// covered by app/api/auth/sign-in/route.test.ts and its own Origin check below.
const OPEN_ENDPOINTS = ['POST /api/auth/sign-in'];

let database: TempDatabase;
let token: string;
let itemId: number;
let revisionId: number;
let excerptId: number;
let sourceId: number;
let webhookId: number;

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
interface Endpoint {
  name: string;
  handler: Handler;
  url: () => string;
  params: () => Record<string, string>;
  body: () => unknown;
}

const ENDPOINTS: Endpoint[] = [
  {
    name: 'POST /api/items',
    handler: itemsRoute.POST as Handler,
    url: () => '/api/items',
    params: () => ({}),
    body: () => itemDraft([excerptId]),
  },
  {
    name: 'PUT /api/items/[id]',
    handler: itemRoute.PUT as Handler,
    url: () => `/api/items/${itemId}`,
    params: () => ({ id: String(itemId) }),
    body: () => ({ ...itemDraft([excerptId]), version: 1 }),
  },
  {
    name: 'DELETE /api/items/[id]',
    handler: itemRoute.DELETE as Handler,
    url: () => `/api/items/${itemId}`,
    params: () => ({ id: String(itemId) }),
    body: () => ({ version: 1 }),
  },
  {
    name: 'POST /api/items/[id]/restore',
    handler: restoreRoute.POST as Handler,
    url: () => `/api/items/${itemId}/restore`,
    params: () => ({ id: String(itemId) }),
    body: () => ({ version: 1 }),
  },
  {
    name: 'POST /api/items/[id]/revisions/[revisionId]/restore',
    handler: revisionRestoreRoute.POST as Handler,
    url: () => `/api/items/${itemId}/revisions/${revisionId}/restore`,
    params: () => ({ id: String(itemId), revisionId: String(revisionId) }),
    body: () => ({ version: 1 }),
  },
  {
    name: 'POST /api/sources',
    handler: sourcesRoute.POST as Handler,
    url: () => '/api/sources',
    params: () => ({}),
    body: () => ({ title: 'T', outlet: 'O', language: 'en', text: 'Some text.' }),
  },
  {
    name: 'POST /api/sources/[id]/excerpts',
    handler: excerptsRoute.POST as Handler,
    url: () => `/api/sources/${sourceId}/excerpts`,
    params: () => ({ id: String(sourceId) }),
    body: () => ({ start: 0, end: 6, text: 'Moscou' }),
  },
  {
    name: 'PUT /api/sources/[id]',
    handler: sourceRoute.PUT as Handler,
    url: () => `/api/sources/${sourceId}`,
    params: () => ({ id: String(sourceId) }),
    body: () => ({ title: 'T', outlet: 'O', language: 'en', text: 'Some text.', version: 1 }),
  },
  {
    name: 'DELETE /api/sources/[id]',
    handler: sourceRoute.DELETE as Handler,
    url: () => `/api/sources/${sourceId}`,
    params: () => ({ id: String(sourceId) }),
    body: () => ({ version: 1 }),
  },
  {
    name: 'PUT /api/sources/[id]/excerpts/[excerptId]',
    handler: excerptRoute.PUT as Handler,
    url: () => `/api/sources/${sourceId}/excerpts/${excerptId}`,
    params: () => ({ id: String(sourceId), excerptId: String(excerptId) }),
    body: () => ({ start: 0, end: 6, text: 'Moscou', attribution: 'Someone' }),
  },
  {
    name: 'DELETE /api/sources/[id]/excerpts/[excerptId]',
    handler: excerptRoute.DELETE as Handler,
    url: () => `/api/sources/${sourceId}/excerpts/${excerptId}`,
    params: () => ({ id: String(sourceId), excerptId: String(excerptId) }),
    body: () => ({}),
  },
  {
    name: 'PUT /api/situation',
    handler: situationRoute.PUT as Handler,
    url: () => '/api/situation',
    params: () => ({}),
    body: () => ({ name: 'Renamed without a right to', description: '', version: 1 }),
  },
  {
    name: 'POST /api/sources/[id]/draft',
    handler: draftRoute.POST as Handler,
    url: () => `/api/sources/${sourceId}/draft`,
    params: () => ({ id: String(sourceId) }),
    body: () => ({}),
  },
  {
    name: 'POST /api/import',
    handler: importRoute.POST as Handler,
    url: () => `/api/import?source=${sourceId}`,
    params: () => ({}),
    body: () => importFile([importFeature('Imported without a right to')]),
  },
  {
    name: 'POST /api/webhooks',
    handler: webhooksRoute.POST as Handler,
    url: () => '/api/webhooks',
    params: () => ({}),
    body: () => ({ url: 'https://example.org/hook', view: '' }),
  },
  {
    name: 'DELETE /api/webhooks/[id]',
    handler: webhookRoute.DELETE as Handler,
    url: () => `/api/webhooks/${webhookId}`,
    params: () => ({ id: String(webhookId) }),
    body: () => ({}),
  },
  {
    name: 'POST /api/auth/sign-out',
    handler: signOutRoute.POST as Handler,
    url: () => '/api/auth/sign-out',
    params: () => ({}),
    body: () => ({}),
  },
];

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? routeFiles(full) : entry.name === 'route.ts' ? [full] : [];
  });
}

beforeAll(async () => {
  database = await createSeededDatabase();
  token = (await signedInAdmin(database.client)).token;
  const source = await database.client.source.findFirstOrThrow();
  sourceId = source.id;
  excerptId = (await database.client.excerpt.findFirstOrThrow()).id;
  // An item with a revision, created through the real API, for the endpoints that need one.
  const created = await callRoute(itemsRoute.POST, '/api/items', {}, jsonRequest('POST', itemDraft([excerptId]), token));
  itemId = created.body.id;
  revisionId = (await database.client.revision.findFirstOrThrow({ where: { itemId } })).id;
  // A webhook (made directly: registering one resolves its host), for the endpoint that deletes one.
  webhookId = (await database.client.webhook.create({ data: { url: 'https://example.org/hook', secret: 'whsec_test' } })).id;
});
afterAll(() => database.cleanup());

describe('every mutating endpoint', () => {
  it('is listed here', async () => {
    const apiDir = path.resolve('app/api');
    const found: string[] = [];
    for (const file of routeFiles(apiDir)) {
      const route = `/api/${path.relative(apiDir, path.dirname(file)).split(path.sep).join('/')}`;
      // Every route file on disk, found by walking app/api: only a dynamic import can load what was found.
      const handlers = (await import(file)) as Record<string, unknown>;
      for (const method of MUTATING_METHODS) if (handlers[method]) found.push(`${method} ${route}`);
    }
    expect(found.sort()).toEqual([...ENDPOINTS.map((e) => e.name), ...OPEN_ENDPOINTS].sort());
  });

  it.each(ENDPOINTS.map((e) => [e.name, e] as const))('%s answers 401 without a session and changes nothing', async (_name, endpoint) => {
    const before = await databaseSnapshot(database.url);
    const method = endpoint.name.split(' ')[0];
    const { status, body } = await callRoute(endpoint.handler, endpoint.url(), endpoint.params(), jsonRequest(method, endpoint.body()));
    expect(status).toBe(401);
    expect(body.error.code).toBe('unauthorized');
    expect(await databaseSnapshot(database.url)).toEqual(before);
  });

  it.each(ENDPOINTS.map((e) => [e.name, e] as const))('%s answers 401 with a forged session cookie', async (_name, endpoint) => {
    const before = await databaseSnapshot(database.url);
    const method = endpoint.name.split(' ')[0];
    const init = jsonRequest(method, endpoint.body(), 'forged-token-value');
    const { status } = await callRoute(endpoint.handler, endpoint.url(), endpoint.params(), init);
    expect(status).toBe(401);
    expect(await databaseSnapshot(database.url)).toEqual(before);
  });

  it.each(ENDPOINTS.map((e) => [e.name, e] as const))('%s answers 403 to a signed-in cross-site request and changes nothing', async (_name, endpoint) => {
    const before = await databaseSnapshot(database.url);
    const method = endpoint.name.split(' ')[0];
    const init = jsonRequest(method, endpoint.body(), token, 'https://evil.example');
    const { status, body } = await callRoute(endpoint.handler, endpoint.url(), endpoint.params(), init);
    expect(status).toBe(403);
    expect(body.error.code).toBe('forbidden');
    expect(await databaseSnapshot(database.url)).toEqual(before);
  });

  it.each(ENDPOINTS.map((e) => [e.name, e] as const))('%s answers 403 to a signed-in request without Origin', async (_name, endpoint) => {
    const before = await databaseSnapshot(database.url);
    const method = endpoint.name.split(' ')[0];
    const init = jsonRequest(method, endpoint.body(), token);
    delete (init.headers as Record<string, string>).Origin;
    const { status } = await callRoute(endpoint.handler, endpoint.url(), endpoint.params(), init);
    expect(status).toBe(403);
    expect(await databaseSnapshot(database.url)).toEqual(before);
  });
});

describe('POST /api/auth/sign-in', () => {
  it('answers 403 to a cross-site request without checking the password', async () => {
    const before = await databaseSnapshot(database.url);
    const { status } = await callRoute(signInRoute.POST, '/api/auth/sign-in', {}, jsonRequest('POST', { name: 'editor', password: 'x' }, undefined, 'https://evil.example'));
    expect(status).toBe(403);
    expect(await databaseSnapshot(database.url)).toEqual(before);
  });
});
