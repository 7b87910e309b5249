import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlaceSuggestion } from '@/lib/places/suggest';
import { callRoute } from '@/lib/testing/route';
import { createSeededDatabase, type TempDatabase } from '@/lib/testing/temp-database';

let database: TempDatabase;
let route: typeof import('./route');

beforeAll(async () => {
  database = await createSeededDatabase();
  route = await import('./route');
});
afterAll(() => database.cleanup());

describe('GET /api/sources/[id]/places', () => {
  it('suggests the countries the seeded article names, in French, first mentioned first', async () => {
    const { status, body } = await callRoute(route.GET, '/api/sources/1/places', { id: '1' });
    expect(status).toBe(200);
    const places = body.places as PlaceSuggestion[];
    // The article writes "Moscou", "Washington" and "nord-coréens": capitals and adjectives are not matched.
    expect(places.map((p) => [p.iso3, p.found])).toEqual([
      ['RUS', ['Russie']],
      ['UKR', ['Ukraine']],
      ['SYR', ['Syrie']],
    ]);
  });

  it('answers 404 for an unknown source', async () => {
    expect((await callRoute(route.GET, '/api/sources/999/places', { id: '999' })).status).toBe(404);
  });
});
