import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlaceSuggestion } from '@/lib/places/suggest';
import { createSource } from '@/lib/sources/write';
import { callRoute } from '@/lib/testing/route';
import { createSeededDatabase, type TempDatabase } from '@/lib/testing/temp-database';
import * as route from './route';

let database: TempDatabase;

beforeAll(async () => {
  database = await createSeededDatabase();
});
afterAll(() => database.cleanup());

async function placesOf(id: number): Promise<PlaceSuggestion[]> {
  const { status, body } = await callRoute(route.GET, `/api/sources/${id}/places`, { id: String(id) });
  expect(status).toBe(200);
  return body.places as PlaceSuggestion[];
}

describe('GET /api/sources/[id]/places', () => {
  it('suggests the countries and capitals the seeded article names, in French, first mentioned first', async () => {
    // Adjectives ("nord-coréens", "américain") are not names.
    expect((await placesOf(1)).map((p) => [p.kind, p.iso3, p.found])).toEqual([
      ['country', 'RUS', ['Russie']],
      ['country', 'UKR', ['Ukraine']],
      ['capital', 'RUS', ['Moscou']],
      ['country', 'SYR', ['Syrie']],
      ['capital', 'USA', ['Washington']],
      ['capital', 'PRK', ['Pyongyang']],
    ]);
  });

  it('offers a capital’s own point', async () => {
    const moscow = (await placesOf(1)).find((p) => p.kind === 'capital' && p.iso3 === 'RUS');
    expect(moscow).toMatchObject({ name: 'Moscow', occurrences: 3, geometry: { type: 'Point', coordinates: [37.61556, 55.75222] } });
  });

  it('reads a new article’s text', async () => {
    const { id } = await createSource(database.client, {
      title: 'Capitals',
      outlet: 'Test',
      language: 'en',
      text: 'Talks moved from London to Kyiv, then to Kiev again; Londres et Varsovie ont réagi.',
    });
    expect((await placesOf(id)).map((p) => [p.name, p.found])).toEqual([
      ['London', ['London', 'Londres']],
      ['Kyiv', ['Kyiv', 'Kiev']],
      ['Warsaw', ['Varsovie']],
    ]);
  });

  it('answers 404 for an unknown source', async () => {
    expect((await callRoute(route.GET, '/api/sources/999/places', { id: '999' })).status).toBe(404);
  });
});
