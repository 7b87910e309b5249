import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { BASEMAP_TILE_LAYERS, BASEMAPS } from '@/lib/tiles/basemap';
import {
  BACKGROUND_LAYER,
  BASEMAP_LABEL_LAYERS,
  BASEMAP_SOURCE,
  BORDERS_LAYER,
  COASTLINE_LAYER,
  COUNTRY_FILL_LAYER,
  COUNTRY_HIGHLIGHT_LAYER,
  COUNTRY_HIGHLIGHT_OUTLINE_LAYER,
  COUNTRY_LABEL_LAYER,
  LAKES_LAYER,
  PLACE_LABEL_LAYER,
  REGION_LABEL_LAYER,
  REGIONS_LAYER,
  RIVERS_LAYER,
  SEA_LABEL_LAYER,
  basemapName,
  basemapStyle,
  labelText,
  placeDot,
  selectedCountriesFilter,
} from './basemap-style';

const ORIGIN = 'http://localhost:3000';

describe('basemapStyle', () => {
  it('validates against the MapLibre style spec with zero errors, for both basemaps and languages', () => {
    for (const name of ['reference', 'plain'] as const) {
      for (const locale of ['en', 'fr'] as const) expect(validateStyleMin(basemapStyle(ORIGIN, name, locale))).toEqual([]);
    }
  });

  it('reads the reference pyramid by default, one source layer per basemap layer', () => {
    const style = basemapStyle(ORIGIN);
    expect(style.sources).toEqual({
      [BASEMAP_SOURCE]: {
        type: 'vector',
        tiles: ['http://localhost:3000/basemap/reference/{z}/{x}/{y}.pbf'],
        minzoom: 0,
        maxzoom: BASEMAPS.reference.maxZoom,
        promoteId: 'id',
      },
    });
    const read = style.layers.filter((l) => l.type !== 'background').map((l) => [l.source, l['source-layer']]);
    expect(read.every(([source, layer]) => source === BASEMAP_SOURCE && (BASEMAP_TILE_LAYERS as readonly unknown[]).includes(layer))).toBe(true);
  });

  it('reads the plain pyramid, to its own deepest zoom, when asked for', () => {
    expect(basemapStyle(ORIGIN, 'plain').sources[BASEMAP_SOURCE]).toMatchObject({
      tiles: ['http://localhost:3000/basemap/plain/{z}/{x}/{y}.pbf'],
      maxzoom: BASEMAPS.plain.maxZoom,
    });
  });

  it('still validates with a country selection filter set', () => {
    const style = basemapStyle(ORIGIN);
    for (const layer of style.layers) {
      if (layer.id === COUNTRY_HIGHLIGHT_LAYER) Object.assign(layer, { filter: selectedCountriesFilter(['SYR', 'UKR']) });
    }
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('uses absolute glyph URLs from the origin', () => {
    expect(basemapStyle(ORIGIN + '/').glyphs).toBe('http://localhost:3000/fonts/{fontstack}/{range}.pbf');
  });

  it('draws the layers bottom to top with names last', () => {
    expect(basemapStyle(ORIGIN).layers.map((l) => l.id)).toEqual([
      BACKGROUND_LAYER,
      COUNTRY_FILL_LAYER,
      COUNTRY_HIGHLIGHT_LAYER,
      LAKES_LAYER,
      RIVERS_LAYER,
      REGIONS_LAYER,
      COASTLINE_LAYER,
      BORDERS_LAYER,
      COUNTRY_HIGHLIGHT_OUTLINE_LAYER,
      SEA_LABEL_LAYER,
      PLACE_LABEL_LAYER,
      REGION_LABEL_LAYER,
      COUNTRY_LABEL_LAYER,
    ]);
  });

  it("writes every name in the style's language, falling back to the data's own name", () => {
    for (const locale of ['en', 'fr'] as const) {
      const names = basemapStyle(ORIGIN, 'reference', locale).layers.filter((l) => l.type === 'symbol');
      expect(names.map((l) => l.id)).toEqual([...BASEMAP_LABEL_LAYERS]);
      for (const layer of names) expect(layer.layout).toMatchObject({ 'text-field': ['coalesce', ['get', `name_${locale}`], ['get', 'name']], 'text-font': ['Noto Sans Regular'] });
    }
  });

  it('labels places most important first, each from its own zoom', () => {
    const places = basemapStyle(ORIGIN).layers.find((l) => l.id === PLACE_LABEL_LAYER);
    expect(places).toMatchObject({ filter: ['>=', ['zoom'], ['coalesce', ['get', 'minzoom'], 0]], layout: { 'symbol-sort-key': ['get', 'rank'] } });
  });
});

describe('labelText', () => {
  it('prefers the name in the language asked for', () => {
    expect(labelText('fr')).toEqual(['coalesce', ['get', 'name_fr'], ['get', 'name']]);
  });
});

describe('basemapName', () => {
  it('is the plain baseline only when asked for', () => {
    expect(basemapName('plain')).toBe('plain');
    expect([basemapName(null), basemapName('reference'), basemapName('geojson')]).toEqual(['reference', 'reference', 'reference']);
  });
});

describe('placeDot', () => {
  it('is an opaque centre fading to transparent corners', () => {
    const { width, height, data } = placeDot(12);
    expect([width, height, data.length]).toEqual([12, 12, 12 * 12 * 4]);
    const alphaAt = (x: number, y: number) => data[(y * 12 + x) * 4 + 3];
    expect([alphaAt(6, 6), alphaAt(0, 0)]).toEqual([255, 0]);
  });
});

describe('selectedCountriesFilter', () => {
  it('matches the id property against a literal list', () => {
    expect(selectedCountriesFilter(['SYR'])).toEqual(['in', ['get', 'id'], ['literal', ['SYR']]]);
  });
});
