// Every public read through its route handler: a strong ETag and Cache-Control, 304 with an empty body
// to a client whose copy is current, and a new ETag after any write, whoever makes it (lib/api/cache.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_CACHE_CONTROL } from '@/lib/api/cache';
import { Prisma } from '@/lib/generated/prisma/client';
import type { EditorItem } from '@/lib/items/schema';
import { signedInAdmin } from '@/lib/testing/admin';
import { importFeature, importFile } from '@/lib/testing/import-file';
import { itemDraft } from '@/lib/testing/items';
import { callRoute, jsonRequest } from '@/lib/testing/route';
import { createSeededDatabase, type TempDatabase } from '@/lib/testing/temp-database';
import * as importRoute from './import/route';
import * as itemsRoute from './items/route';
import * as itemRoute from './items/[id]/route';
import * as restoreRoute from './items/[id]/restore/route';
import * as regionsRoute from './regions/route';
import * as regionRoute from './regions/[id]/route';
import * as sourcesRoute from './sources/route';
import * as sourceRoute from './sources/[id]/route';
import * as excerptsRoute from './sources/[id]/excerpts/route';
import * as tileRoute from './tiles/[z]/[x]/[y]/route';
import * as ogcItemsRoute from '../ogc/collections/[collectionId]/items/route';
import * as ogcFeatureRoute from '../ogc/collections/[collectionId]/items/[featureId]/route';

let database: TempDatabase;
let token: string;
let excerptId: number;
let itemId: number;

beforeAll(async () => {
  database = await createSeededDatabase();
  token = (await signedInAdmin(database.client)).token;
  excerptId = (await database.client.excerpt.findFirstOrThrow({ orderBy: { id: 'asc' } })).id;
  itemId = (await database.client.item.findFirstOrThrow({ orderBy: { id: 'asc' } })).id;
});
afterAll(() => database.cleanup());

type Get = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Each public read: its handler, URL and path parameters (the item's id once the database exists). */
function reads(): { name: string; get: Get; url: string; params?: Record<string, string> }[] {
  const id = String(itemId);
  return [
    { name: 'items', get: itemsRoute.GET as Get, url: '/api/items' },
    { name: 'a page of items', get: itemsRoute.GET as Get, url: '/api/items?bbox=20,40,50,60&limit=5' },
    { name: 'an item', get: itemRoute.GET as Get, url: `/api/items/${id}`, params: { id } },
    { name: 'regions', get: regionsRoute.GET as Get, url: '/api/regions' },
    { name: "a region's context", get: regionRoute.GET as Get, url: '/api/regions/UKR', params: { id: 'UKR' } },
    { name: 'a source', get: sourceRoute.GET as Get, url: '/api/sources/1', params: { id: '1' } },
    { name: 'a tile', get: tileRoute.GET as Get, url: '/api/tiles/0/0/0', params: { z: '0', x: '0', y: '0' } },
    { name: 'OGC items', get: ogcItemsRoute.GET as Get, url: '/ogc/collections/items/items?limit=3', params: { collectionId: 'items' } },
    { name: 'an OGC feature', get: ogcFeatureRoute.GET as Get, url: `/ogc/collections/items/items/${id}`, params: { collectionId: 'items', featureId: id } },
  ];
}

const send = (read: ReturnType<typeof reads>[number], headers: Record<string, string> = {}) =>
  read.get(new Request(new URL(read.url, 'http://localhost'), { headers }), { params: Promise.resolve(read.params ?? {}) });

/** The ETag of every read, by name. */
async function etags(): Promise<Record<string, string | null>> {
  const all = await Promise.all(reads().map(async (read) => [read.name, (await send(read)).headers.get('etag')] as const));
  return Object.fromEntries(all);
}

/** Asserts that every read's ETag changed across `write`. */
async function expectEveryEtagChangedBy(write: () => Promise<unknown>): Promise<void> {
  const before = await etags();
  await write();
  const after = await etags();
  for (const name of Object.keys(before)) expect(after[name], name).not.toBe(before[name]);
}

async function createItem(): Promise<EditorItem> {
  const { status, body } = await callRoute(itemsRoute.POST, '/api/items', {}, jsonRequest('POST', itemDraft([excerptId]), token));
  expect(status, JSON.stringify(body)).toBe(201);
  return body as EditorItem;
}

describe('public reads', () => {
  it('answer 200 with a strong ETag and Cache-Control', async () => {
    for (const read of reads()) {
      const response = await send(read);
      expect(response.status, read.name).toBe(200);
      expect(response.headers.get('etag'), read.name).toMatch(/^"[\w-]+"$/);
      expect(response.headers.get('cache-control'), read.name).toBe(DATA_CACHE_CONTROL);
    }
  });

  it('answer 304 with an empty body and the same validators to a client whose copy is current', async () => {
    for (const read of reads()) {
      const etag = (await send(read)).headers.get('etag')!;
      const response = await send(read, { 'If-None-Match': `"other", ${etag}` });
      expect(response.status, read.name).toBe(304);
      expect(await response.text(), read.name).toBe('');
      expect(response.headers.get('etag'), read.name).toBe(etag);
      expect(response.headers.get('cache-control'), read.name).toBe(DATA_CACHE_CONTROL);
    }
  });

  it('answer the same bytes from the kept answer as when they were built', async () => {
    for (const read of reads()) {
      const first = await (await send(read)).arrayBuffer();
      const again = await (await send(read)).arrayBuffer();
      expect(Buffer.from(again).equals(Buffer.from(first)), read.name).toBe(true);
    }
  });

  it('give the same URL with its parameters in another order the same ETag, and other parameters another', async () => {
    const [items] = reads();
    const ordered = await send({ ...items, url: '/api/items?bbox=20,40,50,60&limit=5' });
    const reordered = await send({ ...items, url: '/api/items?limit=5&bbox=20,40,50,60' });
    const other = await send({ ...items, url: '/api/items?limit=6&bbox=20,40,50,60' });
    expect(reordered.headers.get('etag')).toBe(ordered.headers.get('etag'));
    expect(other.headers.get('etag')).not.toBe(ordered.headers.get('etag'));
  });

  it('set no ETag on an error', async () => {
    const response = await send({ name: 'missing item', get: itemRoute.GET as Get, url: '/api/items/999999', params: { id: '999999' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('etag')).toBeNull();
  });
});

describe('every write changes every ETag', () => {
  it('creating an item', async () => {
    await expectEveryEtagChangedBy(createItem);
  });

  it('editing an item', async () => {
    const item = await createItem();
    await expectEveryEtagChangedBy(() =>
      callRoute(itemRoute.PUT, `/api/items/${item.id}`, { id: String(item.id) }, jsonRequest('PUT', { ...itemDraft([excerptId]), title: 'Edited', version: item.version }, token)),
    );
  });

  it('deleting an item', async () => {
    const item = await createItem();
    await expectEveryEtagChangedBy(() =>
      callRoute(itemRoute.DELETE, `/api/items/${item.id}`, { id: String(item.id) }, jsonRequest('DELETE', { version: item.version }, token)),
    );
  });

  it('restoring an item', async () => {
    const item = await createItem();
    const deleted = await callRoute(itemRoute.DELETE, `/api/items/${item.id}`, { id: String(item.id) }, jsonRequest('DELETE', { version: item.version }, token));
    await expectEveryEtagChangedBy(() =>
      callRoute(restoreRoute.POST, `/api/items/${item.id}/restore`, { id: String(item.id) }, jsonRequest('POST', { version: deleted.body.version }, token)),
    );
  });

  it('adding a source', async () => {
    const source = { title: 'A report', outlet: 'A paper', language: 'en', text: 'Troops moved near the border on Monday.' };
    await expectEveryEtagChangedBy(() => callRoute(sourcesRoute.POST, '/api/sources', {}, jsonRequest('POST', source, token)));
  });

  it('adding an excerpt', async () => {
    const text = (await database.client.source.findUniqueOrThrow({ where: { id: 1 } })).text;
    const span = { start: 10, end: 40, text: text.slice(10, 40) };
    await expectEveryEtagChangedBy(() => callRoute(excerptsRoute.POST, '/api/sources/1/excerpts', { id: '1' }, jsonRequest('POST', span, token)));
  });

  it('an import', async () => {
    await expectEveryEtagChangedBy(async () => {
      const response = await importRoute.POST(new Request('http://localhost/api/import?source=1', jsonRequest('POST', importFile([importFeature('Imported')]), token)), {
        params: Promise.resolve({}),
      });
      expect(response.status).toBe(200);
      await response.text();
    });
  });

  it('a change to a region', async () => {
    await expectEveryEtagChangedBy(() => database.client.region.update({ where: { id: 'UKR' }, data: { name: 'Ukraine (renamed)' } }));
  });

  it("a script's raw SQL insert", async () => {
    await expectEveryEtagChangedBy(() =>
      database.client.$executeRaw(Prisma.sql`INSERT INTO "Source" ("title", "outlet", "language", "text") VALUES ('Raw', 'Script', 'en', 'Inserted by hand.')`),
    );
  });
});
