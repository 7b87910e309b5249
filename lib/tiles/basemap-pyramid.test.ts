import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { plainBasemap } from '@/lib/basemap/layers';
import { BASEMAP_SIMPLIFY_PX } from './basemap';
import { tilePyramid, type PyramidLayer, type PyramidTile } from './basemap-pyramid';
import { tileAt } from './tile-math';

const PARIS: [number, number] = [2.35, 48.86];

function pyramid(maxZoom: number): PyramidTile[] {
  return [...tilePyramid(plainBasemap(), { maxZoom, simplifyPx: BASEMAP_SIMPLIFY_PX })];
}

function decode(tile: PyramidTile): VectorTile {
  return new VectorTile(new PbfReader(tile.data));
}

function tileOf(tiles: PyramidTile[], { z, x, y }: { z: number; x: number; y: number }): PyramidTile {
  const tile = tiles.find((t) => t.z === z && t.x === x && t.y === y);
  expect(tile, `tile ${z}/${x}/${y}`).toBeDefined();
  return tile!;
}

/** Properties of every feature of a source layer of the tile. */
function propertiesOf(tile: VectorTile, layer: string): Array<Record<string, unknown>> {
  const source = tile.layers[layer];
  return source ? Array.from({ length: source.length }, (_, i) => source.feature(i).properties) : [];
}

function vertexCount(tile: VectorTile, countryId: string): number {
  const layer = tile.layers.countries;
  if (!layer) return 0;
  let count = 0;
  for (let i = 0; i < layer.length; i++) {
    const feature = layer.feature(i);
    if (feature.properties.id === countryId) count += feature.loadGeometry().reduce((sum, ring) => sum + ring.length, 0);
  }
  return count;
}

function pointAt(lng: number, lat: number, name: string): FeatureCollection {
  return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name }, geometry: { type: 'Point', coordinates: [lng, lat] } }] };
}

describe('tilePyramid with layers by zoom', () => {
  const layers: PyramidLayer[] = [
    { name: 'places', minZoom: 0, maxZoom: 1, data: pointAt(2.35, 48.86, 'coarse') },
    { name: 'places', minZoom: 2, maxZoom: 2, data: pointAt(2.35, 48.86, 'fine') },
  ];

  it('gives each tile the layer of its zoom under the shared name', () => {
    const tiles = [...tilePyramid(layers, { maxZoom: 2, simplifyPx: 0.5 })];
    expect(propertiesOf(decode(tileOf(tiles, tileAt(PARIS, 1))), 'places')).toEqual([{ name: 'coarse' }]);
    expect(propertiesOf(decode(tileOf(tiles, tileAt(PARIS, 2))), 'places')).toEqual([{ name: 'fine' }]);
  });

  it('refuses two layers of one name at the same zoom', () => {
    const overlapping = [...layers, { name: 'places', minZoom: 1, maxZoom: 1, data: pointAt(0, 0, 'again') }];
    expect(() => [...tilePyramid(overlapping, { maxZoom: 2, simplifyPx: 0.5 })]).toThrow(/two layers named alike at zoom 1/);
  });
});

describe('tilePyramid of the plain basemap', () => {
  it('writes every tile of zooms 0..maxZoom once', () => {
    const tiles = pyramid(3);
    expect(tiles).toHaveLength(1 + 4 + 16 + 64);
    expect(new Set(tiles.map((t) => `${t.z}/${t.x}/${t.y}`)).size).toBe(tiles.length);
  });

  it("holds France's polygon, its borders, coastline and one label in France's z2 tile", () => {
    const tile = decode(tileOf(pyramid(2), tileAt(PARIS, 2)));
    expect(Object.keys(tile.layers).sort()).toEqual(['borders', 'coastline', 'countries', 'labels']);
    const france = tile.layers.countries;
    const index = propertiesOf(tile, 'countries').findIndex((p) => p.id === 'FRA');
    expect(index).toBeGreaterThanOrEqual(0);
    expect(france.feature(index).properties).toEqual({ id: 'FRA', name: 'France' });
    expect(france.feature(index).type).toBe(3); // polygon
    expect(propertiesOf(tile, 'labels').filter((p) => p.id === 'FRA')).toEqual([{ id: 'FRA', name: 'France', minzoom: expect.any(Number) }]);
    expect(propertiesOf(tile, 'labels').find((p) => p.id === 'DEU')).toMatchObject({ name: 'Germany', name_fr: 'Allemagne' });
    expect(tile.layers.borders.feature(0).type).toBe(2); // line
  });

  it('draws Russia on both sides of the antimeridian', () => {
    const tiles = pyramid(1);
    for (const x of [0, 1]) expect(propertiesOf(decode(tileOf(tiles, { z: 1, x, y: 0 })), 'countries').map((p) => p.id)).toContain('RUS');
  });

  it('simplifies more at lower zooms', () => {
    const tiles = pyramid(4);
    const atZ1 = vertexCount(decode(tileOf(tiles, tileAt(PARIS, 1))), 'FRA');
    const atZ4 = tiles.filter((t) => t.z === 4).reduce((sum, t) => sum + vertexCount(decode(t), 'FRA'), 0);
    expect(atZ1).toBeGreaterThan(4);
    expect(atZ4).toBeGreaterThan(atZ1 * 2);
  });

  it('leaves a tile without features empty', () => {
    // Mid South Pacific at z3: no land, border, coast or label.
    expect(tileOf(pyramid(3), tileAt([-125, -50], 3)).data.byteLength).toBe(0);
  });
});
