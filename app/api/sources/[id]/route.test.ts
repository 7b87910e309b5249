import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceDto } from '@/lib/items/types';
import { createSource, saveExcerpt } from '@/lib/sources/write';
import { readArticleText } from '@/prisma/seed/seed';
import { signedInAdmin } from '@/lib/testing/admin';
import { callRoute, jsonRequest } from '@/lib/testing/route';
import { createSeededDatabase, type TempDatabase } from '@/lib/testing/temp-database';
import * as route from './route';

let database: TempDatabase;
let admin: { id: number; name: string; token: string };

beforeAll(async () => {
  database = await createSeededDatabase();
  admin = await signedInAdmin(database.client);
});
afterAll(() => database.cleanup());

const get = async (id: number) => (await callRoute(route.GET, `/api/sources/${id}`, { id: String(id) })).body as SourceDto;
const itemId = async (title: string) => (await database.client.item.findFirstOrThrow({ where: { title } })).id;
const sourceId = async (outlet: string) => (await database.client.source.findFirstOrThrow({ where: { outlet } })).id;

/** An article of its own, with an excerpt on "the port" cited by nothing. */
async function ownArticle(text = 'The ships left the port at dawn. Nobody saw them return.') {
  const { id } = await createSource(database.client, { title: 'Harbour report', outlet: 'Test Wire', language: 'en', publishedAt: '2024-12-09', text });
  const excerptId = await saveExcerpt(database.client, id, { start: 4, end: 31, text: text.slice(4, 31) });
  return { id, excerptId, text };
}

const edit = (id: number, body: Record<string, unknown>) =>
  callRoute(route.PUT, `/api/sources/${id}`, { id: String(id) }, jsonRequest('PUT', { title: 'Harbour report', outlet: 'Test Wire', language: 'en', ...body }, admin.token));

describe('GET /api/sources/[id]', () => {
  it('answers the article text and its excerpts', async () => {
    const { status, body } = await callRoute(route.GET, '/api/sources/1', { id: '1' });
    const source = body as SourceDto;
    expect(status).toBe(200);
    expect(source.language).toBe('fr');
    expect(source.text).toBe(readArticleText());
    expect(source.excerpts.length).toBeGreaterThan(5);
  });

  it('serves excerpts that are verbatim slices of the text', async () => {
    const source = await get(1);
    for (const excerpt of source.excerpts) expect(source.text.slice(excerpt.start, excerpt.end)).toBe(excerpt.text);
  });

  it('says which items an article added and which it corroborated', async () => {
    const northline = await get(await sourceId('Northline Wire'));
    expect(northline.added).toEqual([await itemId('ATACMS strike on an airfield near Kursk (Russian claim)'), await itemId('Rebels enter Hama')]);
    expect(northline.corroborated).toEqual(
      [await itemId('Gerasimov–Brown phone call'), await itemId('Missile strike on the Pivdenmash plant, Dnipro'), await itemId('Rebel offensive in northwest Syria: Aleppo, Idlib, towards Hama')].sort((a, b) => a - b),
    );
  });

  it('counts the first article, reported before the others, as adding its items', async () => {
    const first = await get(1);
    expect(first.added).toHaveLength(8);
    expect(first.corroborated).toEqual([]);
  });

  it('answers 404 for an unknown source and 400 for a malformed id', async () => {
    expect((await callRoute(route.GET, '/api/sources/42', { id: '42' })).status).toBe(404);
    expect((await callRoute(route.GET, '/api/sources/-1', { id: '-1' })).status).toBe(400);
  });
});

describe('PUT /api/sources/[id]', () => {
  it('edits an article at its version and keeps the change in its history', async () => {
    const { id, text } = await ownArticle();
    const { status, body } = await edit(id, { outlet: 'Harbour Wire', text, version: 1 });
    expect(status).toBe(200);
    expect(body).toMatchObject({ outlet: 'Harbour Wire', version: 2 });
    const revision = await database.client.sourceRevision.findFirstOrThrow({ where: { sourceId: id, action: 'update' } });
    expect(JSON.parse(revision.before!)).toMatchObject({ outlet: 'Test Wire', version: 1 });
    expect(JSON.parse(revision.after!)).toMatchObject({ outlet: 'Harbour Wire', version: 2 });
  });

  it('refuses a stale version with 409 and the article as it is now', async () => {
    const { id, text } = await ownArticle();
    await edit(id, { text, version: 1 });
    const { status, body } = await edit(id, { outlet: 'Late', text, version: 1 });
    expect(status).toBe(409);
    expect(body.error.details.current).toMatchObject({ version: 2, outlet: 'Test Wire' });
  });

  it('moves an excerpt whose words now lie elsewhere, exactly once', async () => {
    const { id, excerptId, text } = await ownArticle();
    const { status } = await edit(id, { text: `Update: ${text}`, version: 1 });
    expect(status).toBe(200);
    const moved = await database.client.excerpt.findUniqueOrThrow({ where: { id: excerptId } });
    expect(moved.start).toBe(12);
    expect(`Update: ${text}`.slice(moved.start, moved.end)).toBe(moved.text);
    expect(await database.client.sourceRevision.count({ where: { excerptId, action: 'excerpt-update' } })).toBe(1);
  });

  it('refuses a text that no longer holds an excerpt, naming it, and changes nothing', async () => {
    const { id, excerptId } = await ownArticle();
    const { status, body } = await edit(id, { text: 'Entirely different words.', version: 1 });
    expect(status).toBe(409);
    expect(body.error.message).toContain(String(excerptId));
    expect(body.error.details.excerpts.map((excerpt: { id: number }) => excerpt.id)).toEqual([excerptId]);
    expect((await database.client.source.findUniqueOrThrow({ where: { id } })).version).toBe(1);
  });

  it('refuses a text where an excerpt’s words occur twice (cannot tell which)', async () => {
    const { id, text } = await ownArticle();
    const { status } = await edit(id, { text: `${text.slice(4, 31)} ${text.slice(4, 31)}`, version: 1 });
    expect(status).toBe(409);
  });

  it('answers 400 naming a bad field, 404 for an unknown article and 413 for a body too large', async () => {
    const { id, text } = await ownArticle();
    const bad = await edit(id, { language: 'English', text, version: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.language).toBeDefined();
    expect((await edit(4242, { text, version: 1 })).status).toBe(404);
    expect((await edit(id, { text: 'x'.repeat(1_300_000), version: 1 })).status).toBe(413);
  });

  it('refuses a visitor with 401', async () => {
    const { id, text } = await ownArticle();
    const init = jsonRequest('PUT', { title: 't', outlet: 'o', language: 'en', text, version: 1 });
    expect((await callRoute(route.PUT, `/api/sources/${id}`, { id: String(id) }, init)).status).toBe(401);
  });
});

describe('DELETE /api/sources/[id]', () => {
  const remove = (id: number, version: number) => callRoute(route.DELETE, `/api/sources/${id}`, { id: String(id) }, jsonRequest('DELETE', { version }, admin.token));

  it('refuses to delete an article items still cite, naming them', async () => {
    const id = await sourceId('Northline Wire');
    const { status, body } = await remove(id, 1);
    expect(status).toBe(409);
    const hama = await itemId('Rebels enter Hama');
    expect(body.error.message).toContain(String(hama));
    expect(body.error.details.itemIds).toContain(hama);
    expect(await database.client.source.count({ where: { id } })).toBe(1);
  });

  it('deletes an article nothing cites, with its excerpts, and keeps them in its history', async () => {
    const { id, excerptId } = await ownArticle();
    expect((await remove(id, 1)).status).toBe(204);
    expect(await database.client.excerpt.count({ where: { id: excerptId } })).toBe(0);
    const revision = await database.client.sourceRevision.findFirstOrThrow({ where: { sourceId: id, action: 'delete' } });
    expect(JSON.parse(revision.before!).excerpts.map((excerpt: { id: number }) => excerpt.id)).toEqual([excerptId]);
  });

  it('refuses a stale version with 409', async () => {
    const { id } = await ownArticle();
    expect((await remove(id, 7)).status).toBe(409);
  });
});
