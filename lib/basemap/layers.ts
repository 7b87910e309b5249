/**
 * The basemap's features (Node-only: built from lib/geo/countries.ts, which reads the TopoJSON with
 * `fs`): country polygons, land borders, coastlines and one label point per country. The build
 * (scripts/build-basemap.ts) writes them as GeoJSON files and cuts them into vector tiles.
 */
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { ringArea } from './antimeridian';
import { loadBorders, loadCoastline, loadCountries } from './countries';

export interface BasemapLayers {
  /** Country polygons, properties {id, name}. */
  countries: FeatureCollection<Polygon | MultiPolygon>;
  /** Land borders (one MultiLineString). */
  borders: FeatureCollection<MultiLineString>;
  /** Coastlines (one MultiLineString). */
  coastline: FeatureCollection<MultiLineString>;
  /** One Point per country {id, name, minzoom}, largest country first. */
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

/** The basemap's four layers from Natural Earth 50m, unwrapped across the antimeridian. */
export function basemapLayers(): BasemapLayers {
  const countries = loadCountries();
  // Larger countries first: MapLibre places symbols in source order, so they win label collisions.
  const labels: Feature<Point>[] = [...countries]
    .sort((a, b) => mercatorArea(b.geometry) - mercatorArea(a.geometry))
    .map((c) => ({
      type: 'Feature',
      properties: { id: c.id, name: c.name, minzoom: labelMinZoom(c.geometry) },
      geometry: { type: 'Point', coordinates: c.label },
    }));
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
