import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_CACHE_CONTROL } from '@/lib/api/cache';
import { CLUSTERS_LAYER, ITEMS_LAYER, MAX_ITEMS_PER_TILE } from '@/lib/tiles/layers';
import { tileAt } from '@/lib/tiles/tile-math';
import { createSeededDatabase, type TempDatabase } from '@/lib/testing/temp-database';
import * as tileRoute from './route';

let database: TempDatabase;

beforeAll(async () => {
  database = await createSeededDatabase();
});
afterAll(() => database.cleanup());

/** `path` is z/x/y, with the filters as a query string if any. */
async function getTile(path: string, headers: Record<string, string> = {}) {
  const [z, x, y] = path.split('?')[0].split('/');
  const response = await tileRoute.GET(new Request(new URL(`/api/tiles/${path}`, 'http://localhost'), { headers }), {
    params: Promise.resolve({ z, x, y }),
  });
  return response;
}

async function decode(response: Response): Promise<VectorTile> {
  return new VectorTile(new PbfReader(new Uint8Array(await response.arrayBuffer())));
}

function kindsOf(tile: VectorTile): string[] {
  const layer = tile.layers[ITEMS_LAYER];
  return [...new Set(Array.from({ length: layer.length }, (_, i) => String(layer.feature(i).properties.kind)))].sort();
}

/** Adds `count` strikes spread over about a degree around a point, through Prisma (the index triggers run). */
async function addStrikes(count: number, [lng, lat]: [number, number]): Promise<void> {
  const data = Array.from({ length: count }, (_, i) => {
    const point = [lng + (i % 40) * 0.025, lat + Math.floor(i / 40) * 0.025];
    return {
      title: `Strike ${i}`,
      summary: '',
      kind: 'strike',
      status: 'reported',
      geometry: JSON.stringify({ type: 'Point', coordinates: point }),
      minLng: point[0],
      maxLng: point[0],
      minLat: point[1],
      maxLat: point[1],
      locationPrecision: 'exact',
      startDate: new Date('2024-01-01'),
      datePrecision: 'day',
    };
  });
  await database.client.item.createMany({ data });
}

describe('GET /api/tiles/[z]/[x]/[y]', () => {
  it('answers the world tile as a vector tile holding every seeded kind, with an ETag and Cache-Control', async () => {
    const response = await getTile('0/0/0');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile');
    expect(response.headers.get('etag')).toMatch(/^".+"$/);
    expect(response.headers.get('cache-control')).toBe(DATA_CACHE_CONTROL);
    expect(kindsOf(await decode(response))).toEqual([
      'diplomatic_contact', 'exercise_area', 'front_line', 'political_event', 'strike', 'troop_deployment',
    ]);
  });

  it('answers 304 without a body when the client already has the tile', async () => {
    const etag = (await getTile('0/0/0')).headers.get('etag')!;

    const response = await getTile('0/0/0', { 'If-None-Match': etag });

    expect(response.status).toBe(304);
    expect(await response.text()).toBe('');
  });

  it('keeps only the items of the tile: the Dnipro strike is in 4/9/5, Washington is not', async () => {
    const tile = await decode(await getTile('4/9/5'));
    const layer = tile.layers[ITEMS_LAYER];
    const titles = Array.from({ length: layer.length }, (_, i) => String(layer.feature(i).properties.title));

    expect(titles.some((title) => title.includes('Dnipro'))).toBe(true);
    expect(titles.some((title) => title.includes('Trump'))).toBe(false);
  });

  it('answers 400 naming the parameter for a tile outside its zoom level', async () => {
    const response = await getTile('2/4/0');

    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toHaveProperty('x');
  });

  it('draws counts per cell instead of items when a tile holds too many, and items again when zoomed in', async () => {
    await addStrikes(MAX_ITEMS_PER_TILE + 100, [-60, -20]);

    const world = await decode(await getTile('0/0/0'));
    const clusters = world.layers[CLUSTERS_LAYER];
    const counts = Array.from({ length: clusters.length }, (_, i) => Number(clusters.feature(i).properties.count));
    expect(world.layers[ITEMS_LAYER]).toBeUndefined();
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(MAX_ITEMS_PER_TILE + 100);

    // A zoom-10 tile (0.35° wide) at the south-west corner of the block of strikes holds a few hundred.
    const { z, x, y } = tileAt([-59.9, -19.9], 10);
    const zoomedIn = await decode(await getTile(`${z}/${x}/${y}`));
    expect(zoomedIn.layers[CLUSTERS_LAYER]).toBeUndefined();
    expect(kindsOf(zoomedIn)).toEqual(['strike']);
  });

  it('leaves soft-deleted items out of clusters, both precomputed (z0) and grouped from the index (z8)', async () => {
    const clusterTotal = async (path: string) => {
      const clusters = (await decode(await getTile(path))).layers[CLUSTERS_LAYER];
      return clusters ? Array.from({ length: clusters.length }, (_, i) => Number(clusters.feature(i).properties.count)).reduce((a, b) => a + b, 0) : 0;
    };
    // A block of 1° × 0.4° inside one zoom-8 tile.
    await addStrikes(MAX_ITEMS_PER_TILE + 100, [100, -39.5]);
    const { z, x, y } = tileAt([100.5, -39.3], 8);
    const worldBefore = await clusterTotal('0/0/0');
    expect(await clusterTotal(`${z}/${x}/${y}`)).toBe(MAX_ITEMS_PER_TILE + 100);

    await database.client.item.updateMany({ where: { minLng: { gte: 100, lte: 101 }, minLat: { gte: -39.5, lte: -39 } }, data: { deletedAt: new Date() } });

    expect(await clusterTotal('0/0/0')).toBe(worldBefore - (MAX_ITEMS_PER_TILE + 100));
    expect(Object.keys((await decode(await getTile(`${z}/${x}/${y}`))).layers)).toEqual([]);
  });
});

describe('GET /api/tiles/[z]/[x]/[y] with the dashboard filters', () => {
  const titlesOf = (tile: VectorTile) => {
    const layer = tile.layers[ITEMS_LAYER];
    // A set: the world tile carries copies of items near its edges (geojson-vt wraps them).
    return layer ? [...new Set(Array.from({ length: layer.length }, (_, i) => String(layer.feature(i).properties.title)))] : [];
  };
  const clusterTotal = (tile: VectorTile) => {
    const clusters = tile.layers[CLUSTERS_LAYER];
    return clusters ? Array.from({ length: clusters.length }, (_, i) => Number(clusters.feature(i).properties.count)).reduce((a, b) => a + b, 0) : 0;
  };

  it('keeps only the kinds asked for', async () => {
    expect(kindsOf(await decode(await getTile('4/9/5')))).toContain('political_event');

    expect(kindsOf(await decode(await getTile('4/9/5?kind=strike')))).toEqual(['strike']);
  });

  it('leaves out items outside the time range: the Dnipro strike of 21 November is gone with to=2024-11-20', async () => {
    const titles = titlesOf(await decode(await getTile('4/9/5?to=2024-11-20')));

    expect(titles.some((title) => title.includes('Dnipro'))).toBe(false);
    expect(titles.some((title) => title.includes('Ukrainian strikes'))).toBe(true);
  });

  it('filters by status, actor, country and search', async () => {
    const worldTitles = async (query: string) => titlesOf(await decode(await getTile(`0/0/0?${query}`))).sort();

    expect(await worldTitles('status=claimed')).toEqual([expect.stringContaining('ATACMS'), expect.stringContaining('eastern Mediterranean')]);
    expect(await worldTitles(`actor=${encodeURIComponent('Donald Trump')}`)).toEqual([expect.stringContaining('Trump returns')]);
    expect(await worldTitles('country=USA')).toEqual([expect.stringContaining('Gerasimov'), expect.stringContaining('Trump')]);
    expect(await worldTitles('q=Pivdenmash')).toEqual([expect.stringContaining('Dnipro')]);
  });

  it('filters by source and support', async () => {
    const worldTitles = async (query: string) => titlesOf(await decode(await getTile(`0/0/0?${query}`))).sort();

    expect(await worldTitles('support=one-party&source=2')).toEqual([expect.stringContaining('ATACMS')]);
    expect((await getTile('0/0/0?support=strong')).status).toBe(400);
  });

  it('counts only the matching items in clusters, at z0 (instead of the precomputed cells) and at z8', async () => {
    // A block of 1° × 0.4° inside one zoom-8 tile.
    await addStrikes(MAX_ITEMS_PER_TILE + 100, [-98.4, -30]);
    const liveStrikes = await database.client.item.count({ where: { kind: 'strike', deletedAt: null } });
    const { z, x, y } = tileAt([-98, -29.8], 8);

    expect(clusterTotal(await decode(await getTile('0/0/0?kind=strike')))).toBe(liveStrikes);
    expect(clusterTotal(await decode(await getTile(`${z}/${x}/${y}?kind=strike,front_line`)))).toBe(MAX_ITEMS_PER_TILE + 100);
    // The added strikes are dated 2024-01-01: a later range leaves the seeded items, few enough to draw.
    const later = await decode(await getTile('0/0/0?kind=strike&from=2024-06-01'));
    expect(later.layers[CLUSTERS_LAYER]).toBeUndefined();
    expect(kindsOf(later)).toEqual(['strike']);
    expect(Object.keys((await decode(await getTile(`${z}/${x}/${y}?kind=political_event`))).layers)).toEqual([]);
  });

  it('gives each set of filters its own ETag, and answers 304 to it', async () => {
    const plain = (await getTile('4/9/5')).headers.get('etag');
    const filtered = await getTile('4/9/5?kind=strike');
    const etag = filtered.headers.get('etag')!;
    expect(etag).not.toBe(plain);
    expect(filtered.headers.get('cache-control')).toBe(DATA_CACHE_CONTROL);

    expect((await getTile('4/9/5?kind=strike', { 'If-None-Match': etag })).status).toBe(304);
  });

  it('answers 400 naming the parameter for a malformed filter', async () => {
    const response = await getTile('0/0/0?kind=parade');

    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toHaveProperty('kind');
  });
});
