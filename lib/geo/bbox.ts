/**
 * Bounding boxes of GeoJSON geometries (pure: usable in the browser and on the server).
 */
import type { Geometry, Polygon, Position } from 'geojson';
import { normalizeLng } from './antimeridian';

/** [west, south, east, north] in degrees. `east` may exceed 180 for antimeridian-crossing boxes. */
export type BBox = [west: number, south: number, east: number, north: number];

export interface BBoxOptions {
  /**
   * Treat longitudes as circular: normalise them into [-180, 180] and return the narrowest box that
   * covers them, which for points on both sides of the antimeridian is e.g. [170, s, 190, n]
   * (west <= east always; east may exceed 180, as MapLibre's fitBounds accepts). Default false:
   * plain min/max of the coordinates as stored (right for unwrapped geometries, see antimeridian.ts).
   */
  antimeridian?: boolean;
}

function forEachPosition(geometry: Geometry, fn: (p: Position) => void): void {
  switch (geometry.type) {
    case 'Point':
      fn(geometry.coordinates);
      return;
    case 'MultiPoint':
    case 'LineString':
      geometry.coordinates.forEach(fn);
      return;
    case 'MultiLineString':
    case 'Polygon':
      for (const line of geometry.coordinates) line.forEach(fn);
      return;
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates) for (const ring of polygon) ring.forEach(fn);
      return;
    case 'GeometryCollection':
      for (const g of geometry.geometries) forEachPosition(g, fn);
      return;
  }
}

/**
 * Bounding box [w, s, e, n] of any GeoJSON geometry, or null when it has no coordinates (e.g. an
 * empty GeometryCollection).
 */
export function bboxOf(geometry: Geometry, options: BBoxOptions = {}): BBox | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const lngs: number[] = [];
  forEachPosition(geometry, (p) => {
    const [lng, lat] = p;
    if (!Number.isFinite(lng) || !Number.isFinite(lat)) return;
    if (lng < w) w = lng;
    if (lng > e) e = lng;
    if (lat < s) s = lat;
    if (lat > n) n = lat;
    if (options.antimeridian) lngs.push(normalizeLng(lng));
  });
  if (w === Infinity) return null;
  if (options.antimeridian) [w, e] = narrowestLngRange(lngs);
  return [w, s, e, n];
}

/**
 * Narrowest longitude interval [w, e] (w in [-180, 180], w <= e, e possibly > 180) covering all the
 * given longitudes on the circle: the complement of the largest gap between them.
 */
function narrowestLngRange(lngs: number[]): [number, number] {
  const sorted = [...lngs].sort((a, b) => a - b);
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  // Gap across the antimeridian (the one a plain min/max leaves out).
  let bestGap = min + 360 - max;
  let range: [number, number] = [min, max];
  for (let i = 1; i < sorted.length; i++) {
    const gap = sorted[i] - sorted[i - 1];
    if (gap > bestGap) {
      bestGap = gap;
      range = [sorted[i], sorted[i - 1] + 360];
    }
  }
  return range;
}

/** Smallest box containing both boxes (plain min/max). */
export function unionBBox(a: BBox, b: BBox): BBox {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

/**
 * A query box as boxes that do not cross the antimeridian: itself, or for west > east (e.g.
 * [170, -20, -170, 20]) the part east of `west` up to 180 and the part from -180 to `east`.
 */
export function splitAtAntimeridian([west, south, east, north]: BBox): BBox[] {
  if (west <= east) return [[west, south, east, north]];
  return [
    [west, south, 180, north],
    [-180, south, east, north],
  ];
}

/**
 * The same box with longitudes in [-180, 180]: a box reaching past ±180 (an unwrapped region such as
 * Russia, east to 191°) becomes one crossing the antimeridian (west > east); one 360° wide or wider
 * covers every longitude.
 */
export function wrapBBox([west, south, east, north]: BBox): BBox {
  if (east - west >= 360) return [-180, south, 180, north];
  return [normalizeLng(west), south, normalizeLng(east), north];
}

/** The longitude interval of each part: a point, a line, a polygon's exterior ring (its holes lie inside). */
function partIntervals(geometry: Geometry): [number, number][] {
  const interval = (positions: Position[]): [number, number] => {
    let west = Infinity;
    let east = -Infinity;
    for (const [lng] of positions) {
      west = Math.min(west, lng);
      east = Math.max(east, lng);
    }
    return [west, east];
  };
  switch (geometry.type) {
    case 'Point':
      return [interval([geometry.coordinates])];
    case 'MultiPoint':
      return geometry.coordinates.map((position) => interval([position]));
    case 'LineString':
      return [interval(geometry.coordinates)];
    case 'MultiLineString':
      return geometry.coordinates.map(interval);
    case 'Polygon':
      return geometry.coordinates.length ? [interval(geometry.coordinates[0])] : [];
    case 'MultiPolygon':
      return geometry.coordinates.filter((rings) => rings.length).map((rings) => interval(rings[0]));
    case 'GeometryCollection':
      return geometry.geometries.flatMap(partIntervals);
  }
}

/**
 * Box of a geometry stored as RFC 7946 wants it (longitudes in -180..180, cut at the antimeridian):
 * the narrowest longitude range covering every part, each part taken as the range its own longitudes
 * span. A shape cut in two at ±180 (Chukotka: 170..180 and -180..-172) gets [170, s, 188, n], not
 * the whole world; west is in -180..180 and east may exceed 180 (MapLibre's fitBounds accepts it, the
 * item queries look such boxes up as they are and shifted by 360°).
 */
export function shapeBBox(geometry: Geometry): BBox | null {
  const plain = bboxOf(geometry);
  if (!plain) return null;
  // The parts on the circle, cut at ±180, merged: the box is the complement of the largest gap.
  const arcs = partIntervals(geometry)
    .filter(([west, east]) => Number.isFinite(west) && Number.isFinite(east))
    .map(([west, east]): [number, number] => [normalizeLng(west), normalizeLng(west) + (east - west)])
    .flatMap(([west, east]): [number, number][] => (east > 180 ? [[west, 180], [-180, east - 360]] : [[west, east]]))
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [west, east] of arcs) {
    const last = merged[merged.length - 1];
    if (last && west <= last[1]) last[1] = Math.max(last[1], east);
    else merged.push([west, east]);
  }
  let range: [number, number] = [merged[0][0], merged[merged.length - 1][1]];
  let widestGap = merged[0][0] + 360 - merged[merged.length - 1][1];
  for (let i = 1; i < merged.length; i++) {
    const gap = merged[i][0] - merged[i - 1][1];
    if (gap > widestGap) {
      widestGap = gap;
      range = [merged[i][0], merged[i - 1][1] + 360];
    }
  }
  return [range[0], plain[1], range[1], plain[3]];
}

/**
 * The boxes a stored box must meet to meet `bbox` (a query box in -180..180, possibly crossing the
 * antimeridian): its halves either side of ±180, and each half shifted by 360° for stored boxes
 * reaching past 180 (see {@link shapeBBox}).
 */
export function storedBoxesMeeting(bbox: BBox): BBox[] {
  return splitAtAntimeridian(bbox).flatMap(([west, south, east, north]): BBox[] => [
    [west, south, east, north],
    [west + 360, south, east + 360, north],
  ]);
}

/**
 * The geometry with every part lying west of `bbox` moved by +360°, so the shape lies within its box
 * as {@link shapeBBox} computed it (for planar tests, e.g. against region outlines unwrapped past 180).
 */
export function withinBBox(geometry: Geometry, bbox: BBox): Geometry {
  const west = bbox[0];
  const moved = (positions: Position[]): Position[] =>
    Math.max(...positions.map(([lng]) => lng)) < west ? positions.map(([lng, ...rest]) => [lng + 360, ...rest]) : positions;
  switch (geometry.type) {
    case 'Point':
      return { ...geometry, coordinates: moved([geometry.coordinates])[0] };
    case 'MultiPoint':
      return { ...geometry, coordinates: geometry.coordinates.map((position) => moved([position])[0]) };
    case 'LineString':
      return { ...geometry, coordinates: moved(geometry.coordinates) };
    case 'MultiLineString':
      return { ...geometry, coordinates: geometry.coordinates.map(moved) };
    case 'Polygon': {
      const outer = moved(geometry.coordinates[0] ?? []);
      const delta = outer === geometry.coordinates[0] ? 0 : 360;
      return delta ? { ...geometry, coordinates: geometry.coordinates.map((ring) => ring.map(([lng, ...rest]) => [lng + delta, ...rest])) } : geometry;
    }
    case 'MultiPolygon':
      return {
        ...geometry,
        coordinates: geometry.coordinates.map((rings) => (withinBBox({ type: 'Polygon', coordinates: rings }, bbox) as Polygon).coordinates),
      };
    case 'GeometryCollection':
      return { ...geometry, geometries: geometry.geometries.map((g) => withinBBox(g, bbox)) };
  }
}
