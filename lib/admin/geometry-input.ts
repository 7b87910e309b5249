// The editor's two text ways to give a geometry: pasted GeoJSON, or typed "longitude, latitude" lines,
// and what the write path will change in a geometry (the notices the editor shows). Pure: the result
// is checked afterwards by the shared geometrySchema like any other geometry.
import type { Geometry } from 'geojson';
import { normaliseShape, prepareGeometryInput, type GeometryNotice } from '@/lib/geo/normalise';
import { MESSAGES, type GeometryInputErrors } from '@/lib/i18n/messages';
import { geometrySchema } from '@/lib/items/schema';

/** A geometry read from text, with what was ignored on the way (a `crs` on the Feature or FeatureCollection). */
export type GeometryInputResult = { geometry: unknown; notices?: GeometryNotice[] } | { error: string };

const ENGLISH = MESSAGES.en.geometry.input;

/** A Geometry, a Feature or a FeatureCollection of one feature, as pasted from any GeoJSON tool. */
export function parseGeoJsonText(text: string, words: GeometryInputErrors = ENGLISH): GeometryInputResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: words.notJson };
  }
  const object = value as { type?: unknown; geometry?: unknown; features?: unknown; crs?: unknown };
  if (object === null || typeof object !== 'object') return { error: words.notGeoJson };
  // The geometry's own crs is reported by normaliseInput; a wrapper's would be lost with the wrapper.
  const wrapperNotices = (...wrappers: { crs?: unknown }[]): { notices?: GeometryNotice[] } =>
    wrappers.some((wrapper) => wrapper.crs !== undefined) ? { notices: ['crs-ignored'] } : {};
  if (object.type === 'Feature') return { geometry: object.geometry, ...wrapperNotices(object) };
  if (object.type === 'FeatureCollection') {
    const features = Array.isArray(object.features) ? object.features : [];
    if (features.length !== 1) return { error: words.featureCount(features.length) };
    const feature = (features[0] ?? {}) as { geometry?: unknown; crs?: unknown };
    return { geometry: feature.geometry, ...wrapperNotices(object, feature) };
  }
  return { geometry: value };
}

/**
 * What the write path makes of a geometry (lib/geo/normalise.ts, through the shared schema) and the
 * notices saying what it changed; a geometry the schema refuses comes back as given, without notices.
 */
export function normaliseInput(value: unknown): { geometry: unknown; notices: GeometryNotice[] } {
  const parsed = geometrySchema.safeParse(value);
  if (!parsed.success) return { geometry: value, notices: [] };
  const prepared = prepareGeometryInput(value);
  return { geometry: parsed.data, notices: [...prepared.notices, ...normaliseShape(prepared.geometry as Geometry).notices] };
}

export const TYPED_GEOMETRY_TYPES = ['Point', 'LineString', 'Polygon'] as const;
export type TypedGeometryType = (typeof TYPED_GEOMETRY_TYPES)[number];

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/**
 * One position per line, "longitude, latitude" (comma, semicolon or spaces between), maybe followed
 * by an altitude, which goes the way of every altitude (dropped, with a notice). A polygon's ring is
 * closed for the editor when the last line differs from the first.
 */
export function parseCoordinateText(type: TypedGeometryType, text: string, words: GeometryInputErrors = ENGLISH): GeometryInputResult {
  const positions: number[][] = [];
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  for (const [index, line] of lines.entries()) {
    const parts = line.split(/[\s,;]+/).filter(Boolean);
    if (parts.length < 2 || parts.length > 3 || !parts.every((part) => NUMBER.test(part))) return { error: words.typedLine(index + 1) };
    positions.push(parts.map(Number));
  }
  if (positions.length === 0) return { error: words.noPosition };
  if (type === 'Point') {
    if (positions.length !== 1) return { error: words.onePoint };
    return { geometry: { type, coordinates: positions[0] } };
  }
  if (type === 'LineString') return { geometry: { type, coordinates: positions } };
  const [first, last] = [positions[0], positions[positions.length - 1]];
  const ring = first[0] === last[0] && first[1] === last[1] ? positions : [...positions, first];
  return { geometry: { type, coordinates: [ring] } };
}

/** The typed form of a geometry, when it has one (Point, LineString, single-ring Polygon). */
export function formatCoordinateText(geometry: Geometry | null | undefined): { type: TypedGeometryType; text: string } | null {
  const line = (position: number[]) => `${position[0]}, ${position[1]}`;
  if (!geometry) return null;
  if (geometry.type === 'Point') return { type: 'Point', text: line(geometry.coordinates) };
  if (geometry.type === 'LineString') return { type: 'LineString', text: geometry.coordinates.map(line).join('\n') };
  if (geometry.type === 'Polygon' && geometry.coordinates.length === 1) {
    return { type: 'Polygon', text: geometry.coordinates[0].slice(0, -1).map(line).join('\n') };
  }
  return null;
}
