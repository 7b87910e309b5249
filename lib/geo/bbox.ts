/**
 * Bounding boxes of GeoJSON geometries (pure: usable in the browser and on the server).
 */
import type { Geometry, Position } from 'geojson';
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
