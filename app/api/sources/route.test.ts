import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceList } from '@/lib/sources/schema';
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

const list = async () => (await callRoute(route.GET, '/api/sources')).body as SourceList;

describe('GET /api/sources', () => {
  it('lists every article, newest first', async () => {
    const { sources } = await list();
    expect(sources.map((source) => source.publishedAt)).toEqual(['2024-12-07', '2024-12-06', null]);
    expect(sources.map((source) => source.language)).toEqual(['fr', 'en', 'fr']);
  });

  it('counts the live items citing each article and its excerpts', async () => {
    const { sources } = await list();
    for (const source of sources) {
      const items = await database.client.item.count({ where: { deletedAt: null, excerpts: { some: { excerpt: { sourceId: source.id } } } } });
      expect(source.itemCount).toBe(items);
      expect(source.excerptCount).toBe(await database.client.excerpt.count({ where: { sourceId: source.id } }));
    }
    expect(sources.find((source) => source.id === 1)?.itemCount).toBe(8);
  });

  it('leaves a deleted item out of the counts', async () => {
    const newest = (await list()).sources[0];
    const item = await database.client.item.findFirstOrThrow({ where: { excerpts: { some: { excerpt: { sourceId: newest.id } } } } });
    await database.client.item.update({ where: { id: item.id }, data: { deletedAt: new Date() } });
    try {
      expect((await list()).sources[0].itemCount).toBe(newest.itemCount - 1);
    } finally {
      await database.client.item.update({ where: { id: item.id }, data: { deletedAt: null } });
    }
  });
});

describe('POST /api/sources', () => {
  it('stores a new article with its create revision', async () => {
    const article = { title: 'A new report', outlet: 'Test Wire', language: 'en', publishedAt: '2024-12-08', text: 'Something happened somewhere.' };
    const { status, body } = await callRoute(route.POST, '/api/sources', {}, jsonRequest('POST', article, admin.token));
    expect(status).toBe(201);
    const revision = await database.client.sourceRevision.findFirstOrThrow({ where: { sourceId: body.id } });
    expect(revision).toMatchObject({ action: 'create', adminId: admin.id, before: null });
    expect(JSON.parse(revision.after!)).toMatchObject({ title: 'A new report', version: 1 });
  });
});
