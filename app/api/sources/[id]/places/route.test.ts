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
  it('suggests the places the seeded article names, in French, first mentioned first', async () => {
    expect((await placesOf(1)).slice(0, 4).map((p) => [p.kind, p.iso3, p.found[0]])).toEqual([
      ['country', 'RUS', 'Russie'],
      ['country', 'UKR', 'Ukraine'],
      ['country', 'USA', 'américain'],
      ['city', 'RUS', 'Moscou'],
    ]);
  });

  it('offers a town’s own point', async () => {
    const moscow = (await placesOf(1)).find((p) => p.kind === 'city' && p.iso3 === 'RUS');
    expect(moscow).toMatchObject({ name: 'Moscow', occurrences: 3, geometry: { type: 'Point', coordinates: [37.6156, 55.7522] } });
  });

  it('reads a new article’s text in its own language', async () => {
    const { id } = await createSource(database.client, {
      title: 'Capitals',
      outlet: 'Test',
      language: 'en',
      text: 'Talks moved from London to Kyiv, then to Kiev again, and on to the Gulf of Finland.',
    });
    expect((await placesOf(id)).map((p) => [p.name, p.found])).toEqual([
      ['London', ['London']],
      ['Kyiv', ['Kyiv', 'Kiev']],
      ['Gulf of Finland', ['Gulf of Finland']],
    ]);
  });

  it('answers 404 for an unknown source', async () => {
    expect((await callRoute(route.GET, '/api/sources/999/places', { id: '999' })).status).toBe(404);
  });
});
