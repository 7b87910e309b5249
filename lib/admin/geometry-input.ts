// The editor's two text ways to give a geometry: pasted GeoJSON, or typed "longitude, latitude" lines.
// Pure: the result is checked afterwards by the shared geometrySchema like any other geometry.
import type { Geometry } from 'geojson';

export type GeometryInputResult = { geometry: unknown } | { error: string };

/** A Geometry, a Feature or a FeatureCollection of one feature, as pasted from any GeoJSON tool. */
export function parseGeoJsonText(text: string): GeometryInputResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'This is not valid JSON' };
  }
  const object = value as { type?: unknown; geometry?: unknown; features?: unknown };
  if (object === null || typeof object !== 'object') return { error: 'Paste a GeoJSON geometry, Feature or FeatureCollection' };
  if (object.type === 'Feature') return { geometry: object.geometry };
  if (object.type === 'FeatureCollection') {
    const features = Array.isArray(object.features) ? object.features : [];
    if (features.length !== 1) return { error: `A FeatureCollection must hold exactly one feature (this one has ${features.length})` };
    return { geometry: (features[0] as { geometry?: unknown }).geometry };
  }
  return { geometry: value };
}

export const TYPED_GEOMETRY_TYPES = ['Point', 'LineString', 'Polygon'] as const;
export type TypedGeometryType = (typeof TYPED_GEOMETRY_TYPES)[number];

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/**
 * One position per line, "longitude, latitude" (comma, semicolon or spaces between). A polygon's
 * ring is closed for the editor when the last line differs from the first.
 */
export function parseCoordinateText(type: TypedGeometryType, text: string): GeometryInputResult {
  const positions: [number, number][] = [];
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  for (const [index, line] of lines.entries()) {
    const parts = line.split(/[\s,;]+/).filter(Boolean);
    if (parts.length !== 2 || !parts.every((part) => NUMBER.test(part))) {
      return { error: `Line ${index + 1}: write two numbers, longitude then latitude, e.g. 35.05, 48.46` };
    }
    positions.push([Number(parts[0]), Number(parts[1])]);
  }
  if (positions.length === 0) return { error: 'Type at least one position' };
  if (type === 'Point') {
    if (positions.length !== 1) return { error: 'A point has exactly one position' };
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
