import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import {
  BACKGROUND_LAYER,
  BORDERS_LAYER,
  COASTLINE_LAYER,
  COUNTRIES_SOURCE,
  COUNTRY_FILL_LAYER,
  COUNTRY_HIGHLIGHT_LAYER,
  COUNTRY_HIGHLIGHT_OUTLINE_LAYER,
  COUNTRY_LABEL_LAYER,
  basemapStyle,
  basemapUrls,
  selectedCountriesFilter,
} from './basemap-style';

const ORIGIN = 'http://localhost:3000';

describe('basemapStyle', () => {
  it('validates against the MapLibre style spec with zero errors', () => {
    expect(validateStyleMin(basemapStyle(ORIGIN))).toEqual([]);
  });

  it('still validates with a country selection filter set', () => {
    const style = basemapStyle(ORIGIN);
    for (const layer of style.layers) {
      if (layer.id === COUNTRY_HIGHLIGHT_LAYER) Object.assign(layer, { filter: selectedCountriesFilter(['SYR', 'UKR']) });
    }
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('uses absolute glyph and data URLs from the origin', () => {
    const style = basemapStyle(ORIGIN + '/');
    expect(style.glyphs).toBe('http://localhost:3000/fonts/{fontstack}/{range}.pbf');
    expect(style.sources[COUNTRIES_SOURCE]).toMatchObject({ data: 'http://localhost:3000/basemap/countries.geojson' });
  });

  it('promotes the id property on the countries source for feature-state', () => {
    expect(basemapStyle(ORIGIN).sources[COUNTRIES_SOURCE]).toMatchObject({ promoteId: 'id' });
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

describe('selectedCountriesFilter', () => {
  it('matches the id property against a literal list', () => {
    expect(selectedCountriesFilter(['SYR'])).toEqual(['in', ['get', 'id'], ['literal', ['SYR']]]);
  });
});
