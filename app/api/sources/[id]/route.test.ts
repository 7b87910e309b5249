import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceDto } from '@/lib/items/types';
import { readArticleText } from '@/prisma/seed/seed';
import { callRoute } from '@/lib/testing/route';
import { createSeededDatabase, type TempDatabase } from '@/lib/testing/temp-database';
import * as route from './route';

let database: TempDatabase;

beforeAll(async () => {
  database = await createSeededDatabase();
});
afterAll(() => database.cleanup());

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
    const source = (await callRoute(route.GET, '/api/sources/1', { id: '1' })).body as SourceDto;
    for (const excerpt of source.excerpts) expect(source.text.slice(excerpt.start, excerpt.end)).toBe(excerpt.text);
  });

  it('answers 404 for an unknown source and 400 for a malformed id', async () => {
    expect((await callRoute(route.GET, '/api/sources/42', { id: '42' })).status).toBe(404);
    expect((await callRoute(route.GET, '/api/sources/-1', { id: '-1' })).status).toBe(400);
  });
});
