/**
 * Antimeridian helpers (pure: no Node-only imports, usable in the browser and on the server).
 *
 * Natural Earth rings that cross the antimeridian (Russia/Chukotka, Fiji, the Aleutians) jump from
 * +180 to -180 between two consecutive vertices. Rendered as-is, such a segment runs across the
 * whole map and the fill draws a horizontal band. "Unwrapping" shifts every vertex by a multiple of
 * 360° so that consecutive vertices are never more than 180° apart; longitudes may then leave
 * [-180, 180] (e.g. 190 for eastern Chukotka). MapLibre (geojson-vt) wraps such coordinates into the
 * neighbouring world copy, so the shape renders in the right place without a band.
 *
 * A ring that encircles a pole (Antarctica) cannot be made continuous: after unwrapping its end lies
 * 360° away from its start. Such a ring is closed by running along the pole latitude.
 */
import type { Geometry, Position } from 'geojson';

/** Absolute longitude step above which a segment is considered to jump across the antimeridian. */
const HALF_TURN = 180;

/**
 * Brings a longitude into [-180, 180]. Values already in that range (including both ±180) are
 * returned unchanged; others are wrapped into [-180, 180).
 */
export function normalizeLng(lng: number): number {
  if (!Number.isFinite(lng)) return lng;
  if (lng >= -180 && lng <= 180) return lng;
  const wrapped = ((((lng + 180) % 360) + 360) % 360) - 180;
  // Avoid returning -0.
  return wrapped === 0 ? 0 : wrapped;
}

/** Multiple of 360 to add to `lng` so that it lies within 180° of `reference`. */
function shiftTowards(lng: number, reference: number): number {
  return Math.round((reference - lng) / 360) * 360;
}

/**
 * Returns a copy of `coords` in which every longitude is shifted by a multiple of 360 so that
 * consecutive positions are never more than 180° apart. The first position is kept unless
 * `referenceLng` is given, in which case it is moved to within 180° of that longitude.
 * Extra ordinates (altitude) are preserved.
 */
export function unwrapLngs(coords: readonly Position[], referenceLng?: number): Position[] {
  const out: Position[] = [];
  let prev = referenceLng;
  for (const p of coords) {
    const lng = p[0];
    const shift = prev === undefined ? 0 : shiftTowards(lng, prev);
    const next = p.slice() as Position;
    next[0] = lng + shift;
    out.push(next);
    prev = next[0];
  }
  return out;
}

/**
 * Largest absolute longitude difference between consecutive positions (0 for < 2 positions).
 * Segments running along a pole (both ends at latitude ±90, as added by {@link closeViaPole}) are
 * ignored: they follow the map's edge rather than crossing it.
 */
export function maxLngStep(coords: readonly Position[]): number {
  let max = 0;
  for (let i = 1; i < coords.length; i++) {
    if (Math.abs(coords[i][1]) === 90 && coords[i][1] === coords[i - 1][1]) continue;
    const step = Math.abs(coords[i][0] - coords[i - 1][0]);
    if (step > max) max = step;
  }
  return max;
}

/** Every line/ring of a geometry (Points and MultiPoints contribute none). */
function linesOf(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case 'Point':
    case 'MultiPoint':
      return [];
    case 'LineString':
      return [geometry.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
    case 'GeometryCollection':
      return geometry.geometries.flatMap(linesOf);
  }
}

/**
 * True when some segment of a line or ring of `geometry` spans more than 180° of longitude, i.e.
 * would be drawn as a band across the map.
 */
export function hasAntimeridianJump(geometry: Geometry): boolean {
  return linesOf(geometry).some((line) => maxLngStep(line) > HALF_TURN);
}

function lngRange(coords: readonly Position[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const p of coords) {
    if (p[0] < min) min = p[0];
    if (p[0] > max) max = p[0];
  }
  return [min, max];
}

function midLng(coords: readonly Position[]): number {
  const [min, max] = lngRange(coords);
  return (min + max) / 2;
}

/** Multiple of 360 that brings `mid` into [-180, 180]. */
function recentreShift(mid: number): number {
  let shift = 0;
  while (mid + shift > 180) shift -= 360;
  while (mid + shift < -180) shift += 360;
  return shift;
}

function shiftPositions(coords: readonly Position[], shift: number): Position[] {
  if (shift === 0) return coords as Position[];
  return coords.map((p) => {
    const q = p.slice() as Position;
    q[0] = p[0] + shift;
    return q;
  });
}

/** Planar (degree²) signed area of a ring, used only to compare parts. */
export function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return sum / 2;
}

/**
 * Unwraps one line (LineString coordinates): continuous longitudes, then shifted as a whole so the
 * middle of its longitude range lies in [-180, 180].
 */
export function unwrapLine(line: readonly Position[]): Position[] {
  const unwrapped = unwrapLngs(line);
  return shiftPositions(unwrapped, recentreShift(midLng(unwrapped)));
}

/**
 * Unwraps a ring. If the unwrapped ring does not close (its end lies 360° from its start, as for a
 * ring that goes around a pole) it is closed via the pole nearer to the ring's mean latitude:
 * `... end, [endLng, ±90], [startLng, ±90], start`.
 */
export function unwrapRing(ring: readonly Position[], referenceLng?: number): Position[] {
  const out = unwrapLngs(ring, referenceLng);
  if (out.length < 2) return out;
  const first = out[0];
  const last = out[out.length - 1];
  if (Math.abs(last[0] - first[0]) <= HALF_TURN) return out;
  return closeViaPole(out);
}

/** Closes a ring whose last longitude is 360° away from its first along the nearer pole. */
function closeViaPole(ring: readonly Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  let latSum = 0;
  for (const p of ring) latSum += p[1];
  const poleLat = latSum / ring.length < 0 ? -90 : 90;
  return [...ring, [last[0], poleLat], [first[0], poleLat], first.slice() as Position];
}

/**
 * Unwraps a polygon (outer ring + holes). Holes are unwrapped relative to the outer ring; the
 * polygon is then shifted so the middle of its outer ring's longitude range is in [-180, 180].
 */
export function unwrapPolygon(rings: readonly (readonly Position[])[]): Position[][] {
  if (rings.length === 0) return [];
  const outer = unwrapRing(rings[0]);
  const ref = midLng(outer);
  const holes = rings.slice(1).map((hole) => unwrapRing(hole, ref));
  const shift = recentreShift(ref);
  return [outer, ...holes].map((r) => shiftPositions(r, shift));
}

export interface UnwrapMultiPolygonOptions {
  /**
   * Shift every part by a multiple of 360 so it lies within 180° of the largest part (default
   * true). Keeps a country's parts together (USA's western Aleutians at about -187 rather than
   * +173, all of Russia between about 19 and 191) so its bounding box stays tight.
   */
  alignParts?: boolean;
}

/** Unwraps every polygon of a MultiPolygon; see {@link UnwrapMultiPolygonOptions}. */
export function unwrapMultiPolygon(
  polygons: readonly (readonly (readonly Position[])[])[],
  options: UnwrapMultiPolygonOptions = {},
): Position[][][] {
  const parts = polygons.map((p) => unwrapPolygon(p)).filter((p) => p.length > 0);
  if (options.alignParts === false || parts.length < 2) return parts;
  let largest = parts[0];
  let largestArea = -1;
  for (const part of parts) {
    const area = Math.abs(ringArea(part[0]));
    if (area > largestArea) {
      largestArea = area;
      largest = part;
    }
  }
  const ref = midLng(largest[0]);
  return parts.map((part) => {
    if (part === largest) return part;
    const shift = shiftTowards(midLng(part[0]), ref);
    return part.map((r) => shiftPositions(r, shift));
  });
}

/**
 * Unwraps any GeoJSON geometry. Points are normalised into [-180, 180]; lines and polygons are
 * made continuous (see the module comment). Returns a new geometry; the input is not modified.
 */
export function unwrapGeometry<G extends Geometry>(geometry: G): G {
  const g: Geometry = geometry;
  switch (g.type) {
    case 'Point': {
      const c = g.coordinates.slice() as Position;
      c[0] = normalizeLng(c[0]);
      return { ...g, coordinates: c } as G;
    }
    case 'MultiPoint':
      return {
        ...g,
        coordinates: g.coordinates.map((p) => {
          const c = p.slice() as Position;
          c[0] = normalizeLng(c[0]);
          return c;
        }),
      } as G;
    case 'LineString':
      return { ...g, coordinates: unwrapLine(g.coordinates) } as G;
    case 'MultiLineString':
      return { ...g, coordinates: g.coordinates.map(unwrapLine) } as G;
    case 'Polygon':
      return { ...g, coordinates: unwrapPolygon(g.coordinates) } as G;
    case 'MultiPolygon':
      return { ...g, coordinates: unwrapMultiPolygon(g.coordinates) } as G;
    case 'GeometryCollection':
      return { ...g, geometries: g.geometries.map((x) => unwrapGeometry(x)) } as G;
  }
}
