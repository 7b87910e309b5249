import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSource, saveExcerpt } from '@/lib/sources/write';
import { signedInAdmin } from '@/lib/testing/admin';
import { callRoute, jsonRequest } from '@/lib/testing/route';
import { createSeededDatabase, type TempDatabase } from '@/lib/testing/temp-database';
import * as route from './route';
import * as revisions from '../../revisions/route';

let database: TempDatabase;
let admin: { id: number; name: string; token: string };

beforeAll(async () => {
  database = await createSeededDatabase();
  admin = await signedInAdmin(database.client);
});
afterAll(() => database.cleanup());

const TEXT = 'The minister said the drills were over. Observers doubted it.';

async function ownExcerpt() {
  const { id } = await createSource(database.client, { title: 'Drills', outlet: 'Test Wire', language: 'en', text: TEXT });
  const excerptId = await saveExcerpt(database.client, id, { start: 0, end: 39, text: TEXT.slice(0, 39) });
  return { sourceId: id, excerptId };
}

const params = (sourceId: number, excerptId: number) => ({ id: String(sourceId), excerptId: String(excerptId) });
const put = (sourceId: number, excerptId: number, body: unknown) =>
  callRoute(route.PUT, `/api/sources/${sourceId}/excerpts/${excerptId}`, params(sourceId, excerptId), jsonRequest('PUT', body, admin.token));
const remove = (sourceId: number, excerptId: number) =>
  callRoute(route.DELETE, `/api/sources/${sourceId}/excerpts/${excerptId}`, params(sourceId, excerptId), jsonRequest('DELETE', {}, admin.token));

describe('PUT /api/sources/[id]/excerpts/[excerptId]', () => {
  it('sets whose statement the quote reports, with a revision', async () => {
    const { sourceId, excerptId } = await ownExcerpt();
    const { status, body } = await put(sourceId, excerptId, { start: 0, end: 39, text: TEXT.slice(0, 39), attribution: 'Ministry of Defence' });
    expect(status).toBe(200);
    expect(body.attribution).toBe('Ministry of Defence');
    const revision = await database.client.sourceRevision.findFirstOrThrow({ where: { excerptId, action: 'excerpt-update' } });
    expect(JSON.parse(revision.before!).attribution).toBeNull();
  });

  it('refuses a span that is not verbatim in the article with 400', async () => {
    const { sourceId, excerptId } = await ownExcerpt();
    const { status, body } = await put(sourceId, excerptId, { start: 0, end: 9, text: 'A ministe' });
    expect(status).toBe(400);
    expect(body.error.fields.excerpt).toBeDefined();
  });

  it('answers 404 for an excerpt of another article', async () => {
    const { sourceId } = await ownExcerpt();
    const other = await ownExcerpt();
    expect((await put(sourceId, other.excerptId, { start: 0, end: 39, text: TEXT.slice(0, 39) })).status).toBe(404);
  });
});

describe('DELETE /api/sources/[id]/excerpts/[excerptId]', () => {
  it('refuses to delete an excerpt an item cites, naming the item', async () => {
    const link = await database.client.itemExcerpt.findFirstOrThrow({ include: { excerpt: true } });
    const { status, body } = await remove(link.excerpt.sourceId, link.excerptId);
    expect(status).toBe(409);
    expect(body.error.details.itemIds).toContain(link.itemId);
    expect(body.error.message).toContain(String(link.itemId));
  });

  it('deletes an excerpt nothing cites and keeps it in the history', async () => {
    const { sourceId, excerptId } = await ownExcerpt();
    expect((await remove(sourceId, excerptId)).status).toBe(204);
    expect(await database.client.excerpt.count({ where: { id: excerptId } })).toBe(0);
    const history = await callRoute(revisions.GET, `/api/sources/${sourceId}/revisions`, { id: String(sourceId) }, { headers: { Cookie: `sitmap_session=${admin.token}` } });
    expect(history.status).toBe(200);
    expect(history.body.revisions[0]).toMatchObject({ action: 'excerpt-delete', excerptId, adminName: admin.name, after: null });
  });
});

describe('GET /api/sources/[id]/revisions', () => {
  it('is for admins only', async () => {
    expect((await callRoute(revisions.GET, '/api/sources/1/revisions', { id: '1' })).status).toBe(401);
  });

  it('answers 404 for an unknown article', async () => {
    const response = await callRoute(revisions.GET, '/api/sources/4242/revisions', { id: '4242' }, { headers: { Cookie: `sitmap_session=${admin.token}` } });
    expect(response.status).toBe(404);
  });
});
