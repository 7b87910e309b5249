import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { CLUSTERS_LAYER, ITEMS_LAYER } from '@/lib/tiles/layers';
import { itemLayers, ITEMS_SOURCE } from './item-layers';
import { CLUSTER_LAYERS, itemSource, itemSourceLayers, itemSourceMode, TILES_THRESHOLD } from './item-source';

describe('itemSourceMode', () => {
  it('keeps the GeoJSON source up to the threshold and switches to tiles above it', () => {
    expect(itemSourceMode(8)).toBe('geojson');
    expect(itemSourceMode(TILES_THRESHOLD)).toBe('geojson');
    expect(itemSourceMode(TILES_THRESHOLD + 1)).toBe('tiles');
  });

  it('takes the mode the page asked for, whatever the count, and ignores anything else', () => {
    expect(itemSourceMode(8, 'tiles')).toBe('tiles');
    expect(itemSourceMode(TILES_THRESHOLD + 1, 'geojson')).toBe('geojson');
    expect(itemSourceMode(TILES_THRESHOLD + 1, 'vector')).toBe('tiles');
  });
});

describe('itemSource and itemSourceLayers', () => {
  const style = (mode: 'geojson' | 'tiles') => ({
    version: 8 as const,
    glyphs: 'http://localhost/fonts/{fontstack}/{range}.pbf',
    sources: { [ITEMS_SOURCE]: itemSource(mode, 'http://localhost/') },
    layers: itemSourceLayers(mode, []),
  });

  it('form valid styles in both modes', () => {
    expect(validateStyleMin(style('geojson'))).toEqual([]);
    expect(validateStyleMin(style('tiles'))).toEqual([]);
  });

  it('points the vector source at the tile route of the origin', () => {
    expect(itemSource('tiles', 'http://localhost/')).toMatchObject({ type: 'vector', tiles: ['http://localhost/api/tiles/{z}/{x}/{y}'] });
  });

  it('keeps the plain layers for GeoJSON', () => {
    expect(itemSourceLayers('geojson', ['strike'])).toEqual(itemLayers(['strike']));
  });

  it('reads the same per-kind layers from the tiles’ items layer and adds the cluster layers', () => {
    const layers = itemSourceLayers('tiles', ['strike']);
    const perKind = layers.filter((layer) => !Object.values(CLUSTER_LAYERS).includes(layer.id as never));
    expect(perKind.map((layer) => layer.id)).toEqual(itemLayers().map((layer) => layer.id));
    expect(perKind.every((layer) => 'source-layer' in layer && layer['source-layer'] === ITEMS_LAYER)).toBe(true);
    expect(layers.filter((layer) => 'source-layer' in layer && layer['source-layer'] === CLUSTERS_LAYER).map((l) => l.id)).toEqual([
      CLUSTER_LAYERS.disc,
      CLUSTER_LAYERS.count,
    ]);
  });
});
