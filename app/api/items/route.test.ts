import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemCollection, ItemFeature } from '@/lib/items/types';
import { SUPPORT_LEVELS } from '@/lib/sources/support';
import { callRoute } from '@/lib/testing/route';
import { createSeededDatabase, type TempDatabase } from '@/lib/testing/temp-database';
import * as listRoute from './route';
import * as itemRoute from './[id]/route';

let database: TempDatabase;

beforeAll(async () => {
  database = await createSeededDatabase();
});
afterAll(() => database.cleanup());

const byTitle = (collection: ItemCollection, fragment: string) =>
  collection.features.find((f) => f.properties.title.includes(fragment)) as ItemFeature;

describe('GET /api/items', () => {
  it('answers a GeoJSON FeatureCollection of the seeded items, by date', async () => {
    const { status, contentType, body } = await callRoute(listRoute.GET, '/api/items');
    expect(status).toBe(200);
    expect(contentType).toContain('application/geo+json');
    expect(body.type).toBe('FeatureCollection');
    const dates = (body as ItemCollection).features.map((f) => f.properties.startDate);
    expect(dates).toEqual([...dates].sort());
    expect(dates.length).toBeGreaterThanOrEqual(7);
  });

  it('gives each item its excerpts and a bbox', async () => {
    const { body } = await callRoute(listRoute.GET, '/api/items');
    const strike = byTitle(body, 'Dnipro');
    expect(strike.geometry).toEqual({ type: 'Point', coordinates: [35.0005, 48.4366] });
    expect(strike.bbox).toEqual([35.0005, 48.4366, 35.0005, 48.4366]);
    expect(strike.properties.excerpts[0].text).toContain('le tir le 21 novembre');
    expect(strike.properties.excerpts[0].language).toBe('fr');
  });

  it('filters by kind', async () => {
    const { body } = await callRoute(listRoute.GET, '/api/items?kind=strike');
    const kinds = new Set((body as ItemCollection).features.map((f) => f.properties.kind));
    expect([...kinds]).toEqual(['strike']);
  });

  it('filters by bbox', async () => {
    const { body } = await callRoute(listRoute.GET, '/api/items?bbox=34,33,38,37');
    const titles = (body as ItemCollection).features.map((f) => f.properties.title);
    expect(titles.some((t) => t.includes('Syria'))).toBe(true);
    expect(titles.some((t) => t.includes('Trump'))).toBe(false);
  });

  it('answers 400 naming the parameter for a malformed bbox', async () => {
    const { status, body } = await callRoute(listRoute.GET, '/api/items?bbox=1,2,3');
    expect(status).toBe(400);
    expect(body.error.fields).toHaveProperty('bbox');
  });

  it('answers at most limit items, the earliest first', async () => {
    const { body: all } = await callRoute(listRoute.GET, '/api/items');
    const { status, body } = await callRoute(listRoute.GET, '/api/items?limit=3');
    expect(status).toBe(200);
    expect((body as ItemCollection).features.map((f) => f.id)).toEqual((all as ItemCollection).features.slice(0, 3).map((f) => f.id));
  });

  it('answers 400 naming the parameter for a limit that is not a positive whole number', async () => {
    for (const limit of ['0', 'abc', '2.5']) {
      const { status, body } = await callRoute(listRoute.GET, `/api/items?limit=${limit}`);
      expect(status).toBe(400);
      expect(body.error.fields).toHaveProperty('limit');
    }
  });

  it('answers 400 for an unknown kind', async () => {
    const { status, body } = await callRoute(listRoute.GET, '/api/items?kind=parade');
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/kind/);
  });
});

describe('GET /api/items with the dashboard filters', () => {
  const titles = async (query: string) =>
    ((await callRoute(listRoute.GET, `/api/items?${query}`)).body as ItemCollection).features.map((f) => f.properties.title);

  it('filters by status', async () => {
    expect(await titles('status=claimed')).toEqual([expect.stringContaining('ATACMS'), expect.stringContaining('eastern Mediterranean')]);
  });

  it('filters by actor, any of the repeated ones', async () => {
    expect(await titles(`actor=${encodeURIComponent('Donald Trump')}&actor=${encodeURIComponent('Vladimir Putin')}`)).toEqual([
      expect.stringContaining('Putin threatens countries'),
      expect.stringContaining('Putin threatens Kyiv'),
      expect.stringContaining('Trump returns'),
    ]);
  });

  it('filters by country, within a bbox too (the row filters join the spatial index)', async () => {
    expect(await titles('country=USA')).toEqual([expect.stringContaining('Gerasimov'), expect.stringContaining('Trump')]);
    expect(await titles('country=SYR&status=reported&bbox=30,30,40,40')).toEqual([expect.stringContaining('northwest Syria'), 'Rebels enter Hama']);
  });

  it('matches nothing when every kind is hidden (an empty kind list)', async () => {
    expect(await titles('kind=')).toEqual([]);
    expect(await titles('kind=&bbox=-180,-90,180,90')).toEqual([]);
  });

  it('says how many items match in all when answering a page', async () => {
    const { body: page } = await callRoute(listRoute.GET, '/api/items?kind=strike,political_event&limit=2');
    const { body: all } = await callRoute(listRoute.GET, '/api/items?kind=strike,political_event');
    expect((page as ItemCollection).features).toHaveLength(2);
    expect((page as ItemCollection).numberMatched).toBe((all as ItemCollection).features.length);
    expect((all as ItemCollection).numberMatched).toBeUndefined();
  });

  it('answers 400 naming the parameter for a malformed status, country or actor', async () => {
    for (const [query, name] of [['status=rumoured', 'status'], ['country=ua', 'country'], ['actor=', 'actor']]) {
      const { status, body } = await callRoute(listRoute.GET, `/api/items?${query}`);
      expect(status).toBe(400);
      expect(body.error.fields).toHaveProperty(name);
    }
  });
});

describe('GET /api/items by source and support', () => {
  const all = async () => ((await callRoute(listRoute.GET, '/api/items')).body as ItemCollection).features;
  const idsOf = async (query: string) => ((await callRoute(listRoute.GET, `/api/items?${query}`)).body as ItemCollection).features.map((f) => f.id);

  it('gives each item the ids and outlets of the articles it cites, and its support', async () => {
    const call = (await all()).find((f) => f.properties.title === 'Gerasimov–Brown phone call')!;
    expect(call.properties.sourceIds).toEqual([1, 2, 3]);
    expect(call.properties.outlets).toEqual(['La Vigie internationale', 'Northline Wire', 'Unknown outlet (supplied without masthead)']);
    expect(call.properties.support).toEqual({ sources: 3, outlets: 3, level: 'corroborated' });
    expect(call.properties.excerpts.map((excerpt) => excerpt.outlet)).toContain('Northline Wire');
  });

  it('keeps the items citing any of the articles asked for', async () => {
    const items = await all();
    expect(await idsOf('source=2,3')).toEqual(items.filter((f) => f.properties.sourceIds.some((id) => id === 2 || id === 3)).map((f) => f.id));
  });

  it.each(SUPPORT_LEVELS)('keeps the %s items, as the mapper counts them', async (level) => {
    const expected = (await all()).filter((f) => f.properties.support.level === level).map((f) => f.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(await idsOf(`support=${level}`)).toEqual(expected);
  });

  it('combines support with a bbox (through the spatial index)', async () => {
    const expected = (await all()).filter((f) => f.properties.support.level === 'one-party' && f.bbox[0] >= 20 && f.bbox[2] <= 80).map((f) => f.id);
    expect(await idsOf('support=one-party&bbox=20,0,80,70')).toEqual(expected);
  });

  it('answers 400 naming the parameter for an unknown support level or a malformed source', async () => {
    for (const [query, name] of [['support=strong', 'support'], ['source=abc', 'source'], ['source=0', 'source'], ['source=1,,2', 'source']]) {
      const { status, body } = await callRoute(listRoute.GET, `/api/items?${query}`);
      expect(status).toBe(400);
      expect(body.error.fields).toHaveProperty(name);
    }
  });
});

describe('GET /api/items/[id]', () => {
  it('answers one item as a GeoJSON Feature', async () => {
    const { body: all } = await callRoute(listRoute.GET, '/api/items');
    const call = byTitle(all, 'Gerasimov');
    const { status, body } = await callRoute(itemRoute.GET, `/api/items/${call.id}`, { id: String(call.id) });
    expect(status).toBe(200);
    expect(body.properties.announcedAt).toBe('2024-12-05');
    expect(body.properties.kind).toBe('diplomatic_contact');
  });

  it('answers 404 with a JSON error for an unknown id', async () => {
    const { status, body } = await callRoute(itemRoute.GET, '/api/items/99999', { id: '99999' });
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
  });

  it('answers 400 for a malformed id', async () => {
    const { status, body } = await callRoute(itemRoute.GET, '/api/items/abc', { id: 'abc' });
    expect(status).toBe(400);
    expect(body.error.fields).toHaveProperty('id');
  });
});

describe('GET /api/items?q=', () => {
  const searchTitles = async (q: string) =>
    ((await callRoute(listRoute.GET, `/api/items?q=${encodeURIComponent(q)}`)).body as ItemCollection).features.map(
      (f) => f.properties.title,
    );

  it('finds an item by a word of its excerpts, accents folded', async () => {
    expect(await searchTitles('Guerassimov')).toEqual(expect.arrayContaining([expect.stringContaining('Gerasimov–Brown')]));
  });

  it('finds by a prefix of a title word', async () => {
    expect(await searchTitles('Pivden')).toEqual([expect.stringContaining('Dnipro')]);
  });

  it('needs every word to match', async () => {
    expect(await searchTitles('Zirkon Trump')).toEqual([]);
  });

  it('ignores FTS syntax in the input instead of failing', async () => {
    const { status } = await callRoute(listRoute.GET, `/api/items?q=${encodeURIComponent('"NEAR(( OR *')}`);
    expect(status).toBe(200);
  });

  it('stays in sync when an item is renamed', async () => {
    const [strike] = ((await callRoute(listRoute.GET, '/api/items?q=Pivdenmash')).body as ItemCollection).features;
    const rename = (title: string) => database.client.item.update({ where: { id: strike.id }, data: { title } });
    await rename('Xylophonic strike');
    expect(await searchTitles('xylophonic')).toEqual(['Xylophonic strike']);
    await rename(strike.properties.title);
    expect(await searchTitles('xylophonic')).toEqual([]);
  });
});
