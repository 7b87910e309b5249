/**
 * Geometries as RFC 7946 wants them for exchange (pure: used by the browser export): cut at the
 * antimeridian (§3.1.9), polygons wound by the right-hand rule (§3.1.6), coordinates rounded to
 * 6 decimals (about 10 cm; §11.2 recommends no more).
 *
 * A segment whose longitude step exceeds 180° is taken to cross the antimeridian the short way: the
 * same reading as lib/geo/antimeridian.ts (unwrapping) and the map's great-circle arcs.
 */
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { bboxClip, polygon } from '@turf/turf';
import { ringArea, unwrapGeometry } from './antimeridian';

const EXPORT_DECIMALS = 6;

/** The worlds k (longitudes -180+360k .. 180+360k) a set of unwrapped positions spreads over. */
function worldsOf(positions: Position[]): number[] {
  let min = Infinity;
  let max = -Infinity;
  for (const [lng] of positions) {
    min = Math.min(min, lng);
    max = Math.max(max, lng);
  }
  const first = Math.floor((min + 180) / 360);
  const last = Math.ceil((max - 180) / 360);
  const worlds: number[] = [];
  for (let k = first; k <= Math.max(first, last); k++) worlds.push(k);
  return worlds;
}

const worldBox = (k: number): [number, number, number, number] => [-180 + 360 * k, -90, 180 + 360 * k, 90];
const shift = (positions: Position[], k: number): Position[] => (k === 0 ? positions : positions.map(([lng, lat]) => [lng - 360 * k, lat]));
const hasLength = (line: Position[]) => line.some(([lng, lat]) => lng !== line[0][0] || lat !== line[0][1]);

const worldOf = (lng: number) => Math.floor((lng + 180) / 360);

/** Longitudes of the antimeridian copies (180 + 360m) strictly between a and b, in travel order. */
function crossings(a: number, b: number): number[] {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  const found: number[] = [];
  for (let m = Math.ceil((lo - 180) / 360); 180 + 360 * m < hi; m++) if (180 + 360 * m > lo) found.push(180 + 360 * m);
  return a < b ? found : found.reverse();
}

/** Walks the line, starting a new piece wherever it passes into another world copy; pieces keep the line's direction. */
function splitLine(line: Position[]): Position[][] {
  const pieces: Position[][] = [];
  let piece: Position[] = [line[0]];
  let world = worldOf(line[0][0]);
  const finish = () => {
    if (piece.length >= 2 && hasLength(piece)) pieces.push(shift(piece, world));
  };
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1], line[i]];
    const cuts: Position[] = crossings(a[0], b[0]).map((lng) => [lng, a[1] + ((b[1] - a[1]) * (lng - a[0])) / (b[0] - a[0])]);
    const stops = [a, ...cuts, b];
    for (let j = 1; j < stops.length; j++) {
      const segmentWorld = worldOf((stops[j - 1][0] + stops[j][0]) / 2);
      if (segmentWorld !== world) {
        finish();
        piece = [stops[j - 1]];
        world = segmentWorld;
      }
      piece.push(stops[j]);
    }
  }
  finish();
  return pieces;
}

function splitPolygon(rings: Position[][]): Position[][][] {
  const worlds = worldsOf(rings[0]);
  if (worlds.length === 1) return [rings.map((ring) => shift(ring, worlds[0]))];
  return worlds.flatMap((k) => {
    const clipped = (bboxClip(polygon(rings), worldBox(k)).geometry as Polygon).coordinates;
    if (clipped.length === 0 || ringArea(clipped[0]) === 0) return [];
    return [clipped.map((ring) => shift(ring, k))];
  });
}

/** Cuts lines and polygons where they cross the antimeridian; a single part keeps its type. */
export function splitAtAntimeridian(geometry: Geometry): Geometry {
  const g = unwrapGeometry(geometry);
  switch (g.type) {
    case 'Point':
    case 'MultiPoint':
      return g;
    case 'LineString': {
      const parts = splitLine(g.coordinates);
      return parts.length === 1 ? { type: 'LineString', coordinates: parts[0] } : { type: 'MultiLineString', coordinates: parts };
    }
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: g.coordinates.flatMap(splitLine) };
    case 'Polygon': {
      const parts = splitPolygon(g.coordinates);
      return parts.length === 1 ? { type: 'Polygon', coordinates: parts[0] } : { type: 'MultiPolygon', coordinates: parts };
    }
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.flatMap(splitPolygon) };
    case 'GeometryCollection':
      return { ...g, geometries: g.geometries.map(splitAtAntimeridian) };
  }
}

/** Exterior rings counterclockwise, holes clockwise (ringArea > 0 is counterclockwise). */
function windPolygon(rings: Position[][]): Position[][] {
  return rings.map((ring, index) => {
    const counterclockwise = ringArea(ring) > 0;
    return counterclockwise === (index === 0) ? ring : [...ring].reverse();
  });
}

export function withRightHandRule(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'Polygon':
      return { ...geometry, coordinates: windPolygon(geometry.coordinates) } satisfies Polygon;
    case 'MultiPolygon':
      return { ...geometry, coordinates: geometry.coordinates.map(windPolygon) } satisfies MultiPolygon;
    case 'GeometryCollection':
      return { ...geometry, geometries: geometry.geometries.map(withRightHandRule) };
    default:
      return geometry;
  }
}

function roundNumber(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded; // never -0
}

export function roundCoordinates(geometry: Geometry, decimals = EXPORT_DECIMALS): Geometry {
  const round = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(round) : typeof value === 'number' ? roundNumber(value, decimals) : value;
  if (geometry.type === 'GeometryCollection') {
    return { ...geometry, geometries: geometry.geometries.map((g) => roundCoordinates(g, decimals)) };
  }
  return { ...geometry, coordinates: round(geometry.coordinates) } as Geometry;
}

/** Split at the antimeridian, wound by the right-hand rule, rounded: ready for a .geojson file. */
export function toRfc7946Geometry(geometry: Geometry): Geometry {
  return roundCoordinates(withRightHandRule(splitAtAntimeridian(geometry)));
}
