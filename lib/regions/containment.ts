// Which items lie in or touch a region (pure, turf-based, with a bbox prefilter).
import { booleanIntersects } from '@turf/turf';
import type { Geometry, Position } from 'geojson';
import { KIND_STYLES, type ItemKind } from '@/lib/items/kinds';
import type { BBox } from '@/lib/items/types';

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

/** Items a region's context lists (the earliest first); the rest are only counted. */
export const REGION_ITEMS_PAGE = 500;

/** What decides whether an item touches a region. */
export interface PlacedItem {
  kind: ItemKind;
  geometry: Geometry;
  bbox: BBox;
}

/** The shifts of ±360° under which an item may meet a region unwrapped past ±180 (Russia, Fiji). */
export function regionShifts(regionBBox: BBox): number[] {
  return [0, ...(regionBBox[2] > 180 ? [360] : []), ...(regionBBox[0] < -180 ? [-360] : [])];
}

/**
 * The part of an item that places it: for arcs (calls, deployments) only the endpoints, because the
 * drawn curve is a symbol, not a path — a Moscow–Washington call does not "touch" Greenland.
 */
export function footprint({ kind, geometry }: PlacedItem): Geometry {
  if (KIND_STYLES[kind].arc && geometry.type === 'LineString') {
    const coordinates = geometry.coordinates;
    return { type: 'MultiPoint', coordinates: [coordinates[0], coordinates[coordinates.length - 1]] as Position[] };
  }
  return geometry;
}

/**
 * Whether an item's footprint intersects the region. Region geometries may be unwrapped past ±180
 * (Russia, Fiji), so an item is also tested shifted by ±360 when the region's box reaches beyond the antimeridian.
 */
export function touchesRegion(region: { geometry: Geometry; bbox: BBox }, item: PlacedItem): boolean {
  return shapeTouchesRegion(region, footprint(item), item.bbox);
}

/** Whether a shape (an item's footprint) lying within `bbox` intersects the region (see touchesRegion). */
export function shapeTouchesRegion(region: { geometry: Geometry; bbox: BBox }, shape: Geometry, bbox: BBox): boolean {
  return regionShifts(region.bbox).some((delta) => {
    const box: BBox = [bbox[0] + delta, bbox[1], bbox[2] + delta, bbox[3]];
    if (!bboxesOverlap(box, region.bbox)) return false;
    return booleanIntersects(delta ? shiftLng(shape, delta) : shape, region.geometry);
  });
}
