/**
 * What the item write path makes of a geometry before storing it (pure: the editor runs it too, to
 * say what it changed). Two steps around the shared schema's validation (lib/items/schema.ts):
 *
 * - {@link prepareGeometryInput}, on the raw value: a `crs` member is dropped (coordinates are always
 *   read as WGS 84 longitude, latitude), and positions lose their altitude (third and further numbers).
 * - {@link normaliseShape}, on a valid geometry:
 *   - a line or ring with a jump (two consecutive positions whose longitudes differ by more than 180°)
 *     is taken to cross the antimeridian the short way and is cut there into a MultiLineString or
 *     MultiPolygon whose parts meet at ±180 (RFC 7946 §3.1.9). A step of exactly 180° is no jump.
 *     Shapes already cut at ±180 (a country split in two, like Fiji) have no jump and stay as they are.
 *   - polygons are wound by the right-hand rule (RFC 7946 §3.1.6): exterior rings counterclockwise,
 *     holes clockwise; holes are kept.
 *
 * Each step reports what it did as a notice, which the editor shows in the reader's words.
 */
import type { Geometry, Position } from 'geojson';
import { hasAntimeridianJump, ringArea } from './antimeridian';
import { splitAtAntimeridian, withRightHandRule } from './rfc7946';

export const GEOMETRY_NOTICES = ['crs-ignored', 'altitude-dropped', 'split-at-antimeridian', 'rewound'] as const;
export type GeometryNotice = (typeof GEOMETRY_NOTICES)[number];

export interface Normalised<T> {
  geometry: T;
  notices: GeometryNotice[];
}

/** Coordinates nest at most three arrays above a position (MultiPolygon); deeper input is left for the schema to refuse. */
const MAX_DEPTH = 3;

const isNumber = (value: unknown): value is number => typeof value === 'number';

/** Coordinates with every position cut to longitude, latitude; `dropped` says whether any lost an altitude. */
function withoutAltitude(value: unknown, depth: number, dropped: { any: boolean }): unknown {
  if (!Array.isArray(value)) return value;
  if (isNumber(value[0])) {
    if (value.length > 2 && value.every(isNumber)) {
      dropped.any = true;
      return value.slice(0, 2);
    }
    return value;
  }
  if (depth >= MAX_DEPTH) return value;
  return value.map((child) => withoutAltitude(child, depth + 1, dropped));
}

/**
 * The raw value with its `crs` member and its positions' altitudes removed. Anything that is not a
 * geometry-like object is returned as it is, for the schema to refuse in its own words.
 */
export function prepareGeometryInput(value: unknown): Normalised<unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { geometry: value, notices: [] };
  const notices: GeometryNotice[] = [];
  const { crs, ...rest } = value as Record<string, unknown>;
  if (crs !== undefined) notices.push('crs-ignored');
  const dropped = { any: false };
  if ('coordinates' in rest) rest.coordinates = withoutAltitude(rest.coordinates, 0, dropped);
  if (dropped.any) notices.push('altitude-dropped');
  return { geometry: crs === undefined && !dropped.any ? value : rest, notices };
}

function ringsOf(geometry: Geometry): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/** Whether some exterior ring is clockwise or some hole counterclockwise (ringArea > 0 is counterclockwise). */
function wronglyWound(geometry: Geometry): boolean {
  return ringsOf(geometry).some((rings) => rings.some((ring, index) => ringArea(ring) !== 0 && ringArea(ring) > 0 !== (index === 0)));
}

/** A valid geometry cut at the antimeridian where it jumps across it, and wound by the right-hand rule. */
export function normaliseShape<G extends Geometry>(geometry: G): Normalised<G | Geometry> {
  const notices: GeometryNotice[] = [];
  let shape: Geometry = geometry;
  if (hasAntimeridianJump(shape)) {
    shape = splitAtAntimeridian(shape);
    notices.push('split-at-antimeridian');
  }
  // Cutting keeps each ring's direction, so this reports the winding as it was given.
  if (wronglyWound(shape)) {
    shape = withRightHandRule(shape);
    notices.push('rewound');
  }
  return { geometry: shape === geometry ? geometry : shape, notices };
}

