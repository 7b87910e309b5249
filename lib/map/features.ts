// Turns API items into what the map draws (pure): arcs densified along great circles, arc endpoints
// as their own points, and flat properties the layer expressions read.
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
import { arcGeometry } from '@/lib/geo/arc';
import { isUnverified, KIND_STYLES, type ItemKind, type ItemStatus, type LocationPrecision } from '@/lib/items/kinds';
import type { ItemFeature } from '@/lib/items/types';
import type { SupportLevel } from '@/lib/sources/support';

export interface MapFeatureProperties {
  id: number;
  kind: ItemKind;
  status: ItemStatus;
  precision: LocationPrecision;
  unverified: boolean;
  /** How well the item is supported: weakly supported ones are drawn fainter. */
  support: SupportLevel;
  role: 'shape' | 'endpoint';
  title: string;
}

export type MapFeature = Feature<Geometry, MapFeatureProperties>;

function displayGeometry(item: ItemFeature): Geometry {
  const { geometry } = item;
  if (!KIND_STYLES[item.properties.kind].arc) return geometry;
  if (geometry.type === 'LineString') return { type: 'LineString', coordinates: arcGeometry(geometry.coordinates as [number, number][]) };
  if (geometry.type === 'MultiLineString') {
    return { type: 'MultiLineString', coordinates: geometry.coordinates.map((line) => arcGeometry(line as [number, number][])) };
  }
  return geometry;
}

function endpoints(item: ItemFeature): Position[] {
  const { geometry } = item;
  if (!KIND_STYLES[item.properties.kind].arc) return [];
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.type === 'MultiLineString' ? geometry.coordinates : [];
  return lines.flatMap((line) => [line[0], line[line.length - 1]]);
}

export function toMapFeatures(items: ItemFeature[]): FeatureCollection<Geometry, MapFeatureProperties> {
  const features: MapFeature[] = [];
  for (const item of items) {
    const { id, kind, status, locationPrecision, title, support } = item.properties;
    const properties: MapFeatureProperties = {
      id,
      kind,
      status,
      precision: locationPrecision,
      unverified: isUnverified(status),
      support: support.level,
      role: 'shape',
      title,
    };
    features.push({ type: 'Feature', id, geometry: displayGeometry(item), properties });
    for (const coordinates of endpoints(item)) {
      const point: Point = { type: 'Point', coordinates };
      features.push({ type: 'Feature', id, geometry: point, properties: { ...properties, role: 'endpoint' } });
    }
  }
  return { type: 'FeatureCollection', features };
}
