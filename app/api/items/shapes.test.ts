// Shapes through the API (create, import, bbox queries) on a real seeded database: stored as the write
// path normalises them (lib/geo/normalise.ts) and found by the spatial index where they are.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportEvent } from '@/lib/import/progress';
import { readEvents } from '@/lib/import/progress';
import type { EditorItem, ItemCollection } from '@/lib/items/schema';
import { signedInAdmin } from '@/lib/testing/admin';
import { importFeature, importFile } from '@/lib/testing/import-file';
import { itemDraft } from '@/lib/testing/items';
import { callRoute, jsonRequest } from '@/lib/testing/route';
import { createSeededDatabase, type TempDatabase } from '@/lib/testing/temp-database';

let database: TempDatabase;
let token: string;
let excerptId: number;
let listRoute: typeof import('./route');
let itemRoute: typeof import('./[id]/route');
let importRoute: typeof import('../import/route');
let repository: typeof import('@/lib/items/repository');

beforeAll(async () => {
  database = await createSeededDatabase();
  token = (await signedInAdmin(database.client)).token;
  excerptId = (await database.client.excerpt.findFirstOrThrow({ orderBy: { id: 'asc' } })).id;
  listRoute = await import('./route');
  itemRoute = await import('./[id]/route');
  importRoute = await import('../import/route');
  repository = await import('@/lib/items/repository');
}, 60_000);
afterAll(() => database.cleanup());

/** Chukotka drawn from 170°E eastwards over the antimeridian to 172°W. */
const chukotka = () => ({ type: 'Polygon', coordinates: [[[170, 62], [-172, 62], [-172, 68], [170, 68], [170, 62]]] });

const chukotkaCut = () => ({
  type: 'MultiPolygon',
  coordinates: [
    [[[170, 62], [180, 62], [180, 68], [170, 68], [170, 62]]],
    [[[-180, 62], [-172, 62], [-172, 68], [-180, 68], [-180, 62]]],
  ],
});

const post = (draft: unknown) => callRoute(listRoute.POST, '/api/items', {}, jsonRequest('POST', draft, token));

async function create(title: string, geometry: unknown): Promise<EditorItem> {
  const { status, body } = await post(itemDraft([excerptId], { title, geometry: geometry as never }));
  expect(status, JSON.stringify(body)).toBe(201);
  return body as EditorItem;
}

async function idsInBox(bbox: string): Promise<number[]> {
  const { body } = await callRoute(listRoute.GET, `/api/items?bbox=${bbox}`);
  return (body as ItemCollection).features.map((feature) => feature.id);
}

describe('a polygon drawn across the antimeridian with a jump', () => {
  let created: EditorItem;
  beforeAll(async () => {
    created = await create('Exercise area over Chukotka', chukotka());
  });

  it('is stored as a MultiPolygon cut at ±180', () => {
    expect(created.input.geometry).toEqual(chukotkaCut());
  });

  it('is served with a box across the antimeridian', async () => {
    const { body } = await callRoute(itemRoute.GET, `/api/items/${created.id}`, { id: String(created.id) });

    expect(body.bbox).toEqual([170, 62, 188, 68]);
  });

  it('is not returned by a bbox query over Scandinavia', async () => {
    expect(await idsInBox('5,58,30,71')).not.toContain(created.id);
  });

  it('is returned by bbox queries over either side of the antimeridian, and across it', async () => {
    expect(await idsInBox('171,63,175,67')).toContain(created.id);
    expect(await idsInBox('-178,63,-174,67')).toContain(created.id);
    expect(await idsInBox('178,60,-178,70')).toContain(created.id);
  });

  it('lies in Russia’s region only', async () => {
    const rows = await database.client.itemRegion.findMany({ where: { itemId: created.id } });

    expect(rows.map((row) => row.regionId)).toEqual(['RUS']);
  });
});

describe('a shape cut at the antimeridian, mostly east of it', () => {
  it('is clustered where the middle of its box lies, wrapped back west of 180', async () => {
    // Box [178, 64, 190, 66]: its middle, 184, is 176°W.
    const created = await create('Area mostly east of the date line', { type: 'Polygon', coordinates: [[[178, 64], [-170, 64], [-170, 66], [178, 66], [178, 64]]] });

    const clusters = await repository.clusterItemsInBBox([-178, 63.5, -174, 66.5], 1, 1, { q: 'mostly east of the date line' });

    expect(created.input.geometry.type).toBe('MultiPolygon');
    expect(clusters.map((cluster) => Number(cluster.count))).toEqual([1]);
  });
});

describe('shapes the API accepts and stores normalised', () => {
  it('cuts a line from 179°E to 179°W into a MultiLineString', async () => {
    const created = await create('Convoy across the date line', { type: 'LineString', coordinates: [[179, 60], [-179, 61]] });

    expect(created.input.geometry).toEqual({ type: 'MultiLineString', coordinates: [[[179, 60], [180, 60.5]], [[-180, 60.5], [-179, 61]]] });
  });

  it('accepts positions with an altitude, dropping it', async () => {
    const created = await create('Strike with an altitude', { type: 'Point', coordinates: [36.23, 49.99, 152] });

    expect(created.input.geometry).toEqual({ type: 'Point', coordinates: [36.23, 49.99] });
  });

  it('rewinds a clockwise exterior ring and keeps its hole, wound clockwise', async () => {
    const outer = [[30, 50], [30, 51], [31, 51], [31, 50], [30, 50]];
    const hole = [[30.2, 50.2], [30.8, 50.2], [30.8, 50.8], [30.2, 50.8], [30.2, 50.2]];

    const created = await create('Clockwise area with a hole', { type: 'Polygon', coordinates: [outer, hole] });

    expect(created.input.geometry).toEqual({ type: 'Polygon', coordinates: [[...outer].reverse(), [...hole].reverse()] });
  });

  it('ignores a crs member', async () => {
    const created = await create('Strike with a crs', { type: 'Point', coordinates: [36.23, 49.99], crs: { type: 'name', properties: { name: 'EPSG:4326' } } });

    expect(created.input.geometry).toEqual({ type: 'Point', coordinates: [36.23, 49.99] });
  });

  it('refuses a position of one number in its own words', async () => {
    const { status, body } = await post(itemDraft([excerptId], { geometry: { type: 'Point', coordinates: [36.23] } as never }));

    expect(status).toBe(400);
    expect(body.error.fields['geometry.coordinates']).toEqual(['A position is two numbers: longitude, then latitude (an altitude after them is dropped)']);
  });
});

describe('POST /api/import', () => {
  it('imports a feature drawn across the antimeridian cut at ±180', async () => {
    const file = importFile([importFeature('Imported Chukotka area', { kind: 'exercise_area', geometry: chukotka() as never })]);
    const response = await importRoute.POST(new Request('http://localhost/api/import?source=1', jsonRequest('POST', file, token)), {
      params: Promise.resolve({}),
    });
    const events: ImportEvent[] = [];
    for await (const event of readEvents(response.body!)) events.push(event);
    const done = events.at(-1) as Extract<ImportEvent, { type: 'done' }>;

    const { body } = await callRoute(itemRoute.GET, `/api/items/${done.itemIds[0]}`, { id: String(done.itemIds[0]) });

    expect(body.geometry).toEqual(chukotkaCut());
    expect(body.bbox).toEqual([170, 62, 188, 68]);
  });
});
