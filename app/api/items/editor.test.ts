// The item editor through its route handlers: create, update with versions, soft delete, restore,
// revisions, and what the public API shows afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConflictDetails, EditorItem } from '@/lib/items/schema';
import { signedInAdmin } from '@/lib/testing/admin';
import { itemDraft, squareAround } from '@/lib/testing/items';
import { callRoute, jsonRequest } from '@/lib/testing/route';
import { databaseSnapshot } from '@/lib/testing/snapshot';
import { createSeededDatabase, type TempDatabase } from '@/lib/testing/temp-database';
import * as listRoute from './route';
import * as itemRoute from './[id]/route';
import * as restoreRoute from './[id]/restore/route';
import * as revisionRestoreRoute from './[id]/revisions/[revisionId]/restore/route';
import * as regionRoute from '../regions/[id]/route';

let database: TempDatabase;
let token: string;
let excerptId: number;

beforeAll(async () => {
  database = await createSeededDatabase();
  token = (await signedInAdmin(database.client)).token;
  excerptId = (await database.client.excerpt.findFirstOrThrow({ orderBy: { id: 'asc' } })).id;
});
afterAll(() => database.cleanup());

async function create(overrides = {}): Promise<EditorItem> {
  const { status, body } = await callRoute(listRoute.POST, '/api/items', {}, jsonRequest('POST', itemDraft([excerptId], overrides), token));
  expect(status, JSON.stringify(body)).toBe(201);
  return body as EditorItem;
}

const put = (id: number, body: unknown) => callRoute(itemRoute.PUT, `/api/items/${id}`, { id: String(id) }, jsonRequest('PUT', body, token));
const del = (id: number, version: number) =>
  callRoute(itemRoute.DELETE, `/api/items/${id}`, { id: String(id) }, jsonRequest('DELETE', { version }, token));
const publicItem = (id: number) => callRoute(itemRoute.GET, `/api/items/${id}`, { id: String(id) });

describe('POST /api/items', () => {
  it('creates an item at version 1 that the public API serves', async () => {
    const created = await create();
    expect(created.version).toBe(1);
    const { status, body } = await publicItem(created.id);
    expect(status).toBe(200);
    expect(body.properties.title).toBe('Drone strike on a depot near Kharkiv');
    expect(body.properties.excerpts.map((e: { id: number }) => e.id)).toEqual([excerptId]);
  });

  it('writes a create revision with the full state after', async () => {
    const created = await create();
    const revisions = await database.client.revision.findMany({ where: { itemId: created.id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0].action).toBe('create');
    expect(revisions[0].before).toBeNull();
    expect(JSON.parse(revisions[0].after!).input.title).toBe('Drone strike on a depot near Kharkiv');
  });

  it('answers 400 with a message per field and writes nothing', async () => {
    const before = await databaseSnapshot(database.url);
    const bad = itemDraft([excerptId], {
      title: '',
      endDate: '2024-11-01',
      geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]] },
    });
    const { status, body } = await callRoute(listRoute.POST, '/api/items', {}, jsonRequest('POST', bad, token));
    expect(status).toBe(400);
    expect(body.error.fields.title).toEqual(['Title is required']);
    expect(body.error.fields.endDate).toEqual(['The end date must not be before the start date']);
    expect(body.error.fields.geometry).toEqual(['A polygon must not cross itself']);
    expect(await databaseSnapshot(database.url)).toEqual(before);
  });

  it('refuses an excerpt id that does not exist, writing nothing', async () => {
    const before = await databaseSnapshot(database.url);
    const { status, body } = await callRoute(listRoute.POST, '/api/items', {}, jsonRequest('POST', itemDraft([999_999]), token));
    expect(status).toBe(400);
    expect(body.error.fields.excerptIds).toBeDefined();
    expect(await databaseSnapshot(database.url)).toEqual(before);
  });
});

describe('PUT /api/items/[id]', () => {
  it('saves with the current version and bumps it', async () => {
    const created = await create();
    const { status, body } = await put(created.id, { ...itemDraft([excerptId], { title: 'Renamed' }), version: 1 });
    expect(status).toBe(200);
    expect(body.version).toBe(2);
    expect((await publicItem(created.id)).body.properties.title).toBe('Renamed');
  });

  it('answers 409 with the current item when the version is stale, overwriting nothing', async () => {
    const created = await create();
    await put(created.id, { ...itemDraft([excerptId], { title: 'First editor' }), version: 1 });
    const before = await databaseSnapshot(database.url);
    const { status, body } = await put(created.id, { ...itemDraft([excerptId], { title: 'Second editor' }), version: 1 });
    expect(status).toBe(409);
    const details = body.error.details as ConflictDetails;
    expect(details.current.version).toBe(2);
    expect(details.current.input.title).toBe('First editor');
    expect(await databaseSnapshot(database.url)).toEqual(before);
  });

  it('records the state before and after in an update revision', async () => {
    const created = await create();
    await put(created.id, { ...itemDraft([excerptId], { status: 'confirmed' }), version: 1 });
    const revision = await database.client.revision.findFirstOrThrow({ where: { itemId: created.id, action: 'update' } });
    expect(JSON.parse(revision.before!).input.status).toBe('reported');
    expect(JSON.parse(revision.after!).input.status).toBe('confirmed');
  });

  it('requires the version', async () => {
    const created = await create();
    const { status, body } = await put(created.id, itemDraft([excerptId]));
    expect(status).toBe(400);
    expect(body.error.fields.version).toBeDefined();
  });

  it('answers 404 for an unknown item', async () => {
    const { status } = await put(999_999, { ...itemDraft([excerptId]), version: 1 });
    expect(status).toBe(404);
  });
});

describe('DELETE and restore', () => {
  it('hides a deleted item from the public API, then brings it back', async () => {
    const created = await create();
    const deleted = await del(created.id, 1);
    expect(deleted.status).toBe(200);
    expect((await publicItem(created.id)).status).toBe(404);
    const list = await callRoute(listRoute.GET, '/api/items');
    expect(list.body.features.map((f: { id: number }) => f.id)).not.toContain(created.id);

    const restored = await callRoute(restoreRoute.POST, `/api/items/${created.id}/restore`, { id: String(created.id) }, jsonRequest('POST', { version: 2 }, token));
    expect(restored.status).toBe(200);
    expect((await publicItem(created.id)).status).toBe(200);
  });

  it('keeps a deleted item out of a region’s context', async () => {
    const created = await create({ geometry: squareAround([38.5, 35.0]), kind: 'exercise_area', title: 'Test area in Syria' });
    const titles = async () => (await callRoute(regionRoute.GET, '/api/regions/SYR', { id: 'SYR' })).body.items.map((i: { properties: { title: string } }) => i.properties.title);
    expect(await titles()).toContain('Test area in Syria');
    await del(created.id, 1);
    expect(await titles()).not.toContain('Test area in Syria');
  });

  it('refuses to edit a deleted item', async () => {
    const created = await create();
    await del(created.id, 1);
    const { status, body } = await put(created.id, { ...itemDraft([excerptId]), version: 2 });
    expect(status).toBe(409);
    expect(body.error.message).toMatch(/deleted/);
  });
});

describe('POST /api/items/[id]/revisions/[revisionId]/restore', () => {
  it('brings back the content of an older revision as a new version', async () => {
    const created = await create({ title: 'Original title' });
    await put(created.id, { ...itemDraft([excerptId], { title: 'Changed title' }), version: 1 });
    const createRevision = await database.client.revision.findFirstOrThrow({ where: { itemId: created.id, action: 'create' } });
    const { status, body } = await callRoute(
      revisionRestoreRoute.POST,
      `/api/items/${created.id}/revisions/${createRevision.id}/restore`,
      { id: String(created.id), revisionId: String(createRevision.id) },
      jsonRequest('POST', { version: 2 }, token),
    );
    expect(status).toBe(200);
    expect(body.version).toBe(3);
    expect(body.input.title).toBe('Original title');
    expect(await database.client.revision.count({ where: { itemId: created.id } })).toBe(3);
  });

  it('answers 404 for a revision of another item', async () => {
    const created = await create();
    const other = await create();
    const revision = await database.client.revision.findFirstOrThrow({ where: { itemId: other.id } });
    const { status } = await callRoute(
      revisionRestoreRoute.POST,
      `/api/items/${created.id}/revisions/${revision.id}/restore`,
      { id: String(created.id), revisionId: String(revision.id) },
      jsonRequest('POST', { version: 1 }, token),
    );
    expect(status).toBe(404);
  });
});
