// Which items lie in or touch a region (pure, turf-based, with a bbox prefilter).
import { booleanIntersects } from '@turf/turf';
import type { Geometry, Position } from 'geojson';
import { KIND_STYLES } from '@/lib/items/kinds';
import type { BBox, ItemFeature } from '@/lib/items/types';

function bboxesOverlap(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

function shiftLng(geometry: Geometry, delta: number): Geometry {
  const shift = (value: unknown): unknown =>
    Array.isArray(value) && typeof value[0] === 'number'
      ? [(value[0] as number) + delta, ...value.slice(1)]
      : Array.isArray(value)
        ? value.map(shift)
        : value;
  return { ...geometry, coordinates: shift((geometry as { coordinates: unknown }).coordinates) } as Geometry;
}

/**
 * The part of an item that places it: for arcs (calls, deployments) only the endpoints, because the
 * drawn curve is a symbol, not a path — a Moscow–Washington call does not "touch" Greenland.
 */
export function footprint(item: ItemFeature): Geometry {
  const geometry = item.geometry;
  if (KIND_STYLES[item.properties.kind].arc && geometry.type === 'LineString') {
    const coordinates = geometry.coordinates;
    return { type: 'MultiPoint', coordinates: [coordinates[0], coordinates[coordinates.length - 1]] as Position[] };
  }
  return geometry;
}

/**
 * Items whose footprint intersects the region. Region geometries may be unwrapped past ±180 (Russia,
 * Fiji), so an item is also tested shifted by ±360 when the region's box reaches beyond the antimeridian.
 */
export function itemsTouchingRegion(region: { geometry: Geometry; bbox: BBox }, items: ItemFeature[]): ItemFeature[] {
  const shifts = [0, ...(region.bbox[2] > 180 ? [360] : []), ...(region.bbox[0] < -180 ? [-360] : [])];
  return items.filter((item) =>
    shifts.some((delta) => {
      const box: BBox = [item.bbox[0] + delta, item.bbox[1], item.bbox[2] + delta, item.bbox[3]];
      if (!bboxesOverlap(box, region.bbox)) return false;
      const geometry = delta ? shiftLng(footprint(item), delta) : footprint(item);
      return booleanIntersects(geometry, region.geometry);
    }),
  );
}
