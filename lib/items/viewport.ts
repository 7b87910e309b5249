// The dashboard's list above the tiles threshold: a page of the items in the map's viewport (pure).
import { wrapBBox } from '@/lib/geo/bbox';
import type { ItemFilters } from './filter';
import { itemFilterParams } from './query-params';
import type { BBox } from './types';

/** Items the list shows at most above the threshold: the earliest in view, by date. */
export const VIEWPORT_PAGE_SIZE = 200;

const rounded = (value: number) => Math.round(value * 1e4) / 1e4;

/**
 * The map's visible bounds as a bbox the item API takes: longitudes wrapped into -180..180 (west > east
 * across the antimeridian, the whole world once the view spans 360°), latitudes clamped, rounded so a
 * camera that barely moved asks for the same URL.
 */
export function viewportBBox([west, south, east, north]: BBox): BBox {
  const [w, s, e, n] = wrapBBox([west, Math.max(-90, south), east, Math.min(90, north)]);
  return [rounded(w), rounded(s), rounded(e), rounded(n)];
}

/** /api/items for the first page of the filtered items in the viewport (the answer counts them all). */
export function viewportItemsUrl(filters: ItemFilters & { query: string }, bbox: BBox): string {
  const params = itemFilterParams(filters);
  params.set('bbox', bbox.join(','));
  params.set('limit', String(VIEWPORT_PAGE_SIZE));
  return `/api/items?${params.toString().replace(/%2C/g, ',')}`;
}
