import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { BASEMAP_TILE_LAYERS, BASEMAP_TILES_MAX_ZOOM } from '@/lib/tiles/basemap';
import {
  BACKGROUND_LAYER,
  BASEMAP_SOURCE,
  BORDERS_LAYER,
  COASTLINE_LAYER,
  COUNTRIES_SOURCE,
  COUNTRY_FILL_LAYER,
  COUNTRY_HIGHLIGHT_LAYER,
  COUNTRY_HIGHLIGHT_OUTLINE_LAYER,
  COUNTRY_LABEL_LAYER,
  basemapFormat,
  basemapStyle,
  basemapUrls,
  selectedCountriesFilter,
} from './basemap-style';

const ORIGIN = 'http://localhost:3000';

/** A layer without where it reads from. */
function drawing(layer: LayerSpecification): object {
  const { source, 'source-layer': sourceLayer, ...rest } = layer as LayerSpecification & { source?: string; 'source-layer'?: string };
  void source;
  void sourceLayer;
  return rest;
}

describe('basemapStyle', () => {
  it('validates against the MapLibre style spec with zero errors, in both formats', () => {
    expect(validateStyleMin(basemapStyle(ORIGIN))).toEqual([]);
    expect(validateStyleMin(basemapStyle(ORIGIN, 'geojson'))).toEqual([]);
  });

  it('reads the prebuilt vector tiles by default, one source layer per basemap layer', () => {
    const style = basemapStyle(ORIGIN);
    expect(style.sources).toEqual({
      [BASEMAP_SOURCE]: {
        type: 'vector',
        tiles: ['http://localhost:3000/basemap/tiles/{z}/{x}/{y}.pbf'],
        minzoom: 0,
        maxzoom: BASEMAP_TILES_MAX_ZOOM,
        promoteId: 'id',
      },
    });
    const read = style.layers.filter((l) => l.type !== 'background').map((l) => [l.source, l['source-layer']]);
    expect(read.every(([source, layer]) => source === BASEMAP_SOURCE && (BASEMAP_TILE_LAYERS as readonly unknown[]).includes(layer))).toBe(true);
  });

  it('draws the same layers from the GeoJSON files as from the tiles', () => {
    expect(basemapStyle(ORIGIN, 'geojson').layers.map(drawing)).toEqual(basemapStyle(ORIGIN, 'tiles').layers.map(drawing));
  });

  it('still validates with a country selection filter set', () => {
    const style = basemapStyle(ORIGIN);
    for (const layer of style.layers) {
      if (layer.id === COUNTRY_HIGHLIGHT_LAYER) Object.assign(layer, { filter: selectedCountriesFilter(['SYR', 'UKR']) });
    }
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('uses absolute glyph and data URLs from the origin', () => {
    const style = basemapStyle(ORIGIN + '/', 'geojson');
    expect(style.glyphs).toBe('http://localhost:3000/fonts/{fontstack}/{range}.pbf');
    expect(style.sources[COUNTRIES_SOURCE]).toMatchObject({ data: 'http://localhost:3000/basemap/countries.geojson' });
  });

  it('promotes the id property on the countries source for feature-state', () => {
    expect(basemapStyle(ORIGIN, 'geojson').sources[COUNTRIES_SOURCE]).toMatchObject({ promoteId: 'id' });
  });

  it('draws the layers bottom to top with labels last', () => {
    expect(basemapStyle(ORIGIN).layers.map((l) => l.id)).toEqual([
      BACKGROUND_LAYER,
      COUNTRY_FILL_LAYER,
      COUNTRY_HIGHLIGHT_LAYER,
      COASTLINE_LAYER,
      BORDERS_LAYER,
      COUNTRY_HIGHLIGHT_OUTLINE_LAYER,
      COUNTRY_LABEL_LAYER,
    ]);
  });

  it('labels countries with Noto Sans Regular without overlap', () => {
    const label = basemapStyle(ORIGIN).layers.find((l) => l.id === COUNTRY_LABEL_LAYER);
    expect(label).toMatchObject({
      type: 'symbol',
      layout: { 'text-field': ['get', 'name'], 'text-font': ['Noto Sans Regular'], 'text-allow-overlap': false },
    });
  });
});

describe('basemapUrls', () => {
  it('lists the four GeoJSON files under /basemap', () => {
    const urls = basemapUrls('https://sitmap.example');
    expect([urls.countries, urls.borders, urls.coastline, urls.labels]).toEqual([
      'https://sitmap.example/basemap/countries.geojson',
      'https://sitmap.example/basemap/borders.geojson',
      'https://sitmap.example/basemap/coastline.geojson',
      'https://sitmap.example/basemap/labels.geojson',
    ]);
  });
});

describe('basemapFormat', () => {
  it('is the GeoJSON baseline only when asked for', () => {
    expect(basemapFormat('geojson')).toBe('geojson');
    expect([basemapFormat(null), basemapFormat('tiles'), basemapFormat('other')]).toEqual(['tiles', 'tiles', 'tiles']);
  });
});

describe('selectedCountriesFilter', () => {
  it('matches the id property against a literal list', () => {
    expect(selectedCountriesFilter(['SYR'])).toEqual(['in', ['get', 'id'], ['literal', ['SYR']]]);
  });
});
