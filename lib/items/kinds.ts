// One table for every item kind: the legend, the map layers, the seed and the API validation all read it.
// Labels are interface text and live in lib/i18n/messages.ts.

export const ITEM_KINDS = [
  'exercise_area',
  'strike',
  'front_line',
  'troop_deployment',
  'diplomatic_contact',
  'political_event',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Point and legend symbol: a shape per kind, so colour is never the only carrier of meaning. */
export type MarkerShape = 'burst' | 'diamond' | 'square' | 'triangle' | 'circle' | 'hexagon';

/** Area fill: a pattern per kind, for the same reason. */
export type FillPattern = 'dots' | 'hatch' | 'crosshatch' | 'horizontal' | 'vertical' | 'grid';

export interface KindStyle {
  color: string;
  marker: MarkerShape;
  pattern: FillPattern;
  /** How the legend draws the kind (its usual geometry). */
  swatch: 'area' | 'line' | 'arc' | 'marker';
  /** Lines of this kind are drawn as great-circle arcs between their endpoints. */
  arc: boolean;
}

export const KIND_STYLES: Record<ItemKind, KindStyle> = {
  exercise_area: { color: '#7b3fb5', marker: 'hexagon', pattern: 'dots', swatch: 'area', arc: false },
  strike: { color: '#c62a1a', marker: 'burst', pattern: 'crosshatch', swatch: 'marker', arc: false },
  front_line: { color: '#b35806', marker: 'triangle', pattern: 'hatch', swatch: 'area', arc: false },
  troop_deployment: { color: '#2c7a4b', marker: 'square', pattern: 'horizontal', swatch: 'line', arc: true },
  diplomatic_contact: { color: '#1f5fbf', marker: 'circle', pattern: 'grid', swatch: 'arc', arc: true },
  political_event: { color: '#4d5663', marker: 'diamond', pattern: 'vertical', swatch: 'marker', arc: false },
};

export const ITEM_STATUSES = ['claimed', 'reported', 'assessed', 'confirmed'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** Claimed and reported facts are drawn dashed / hollow; assessed and confirmed ones solid. */
export function isUnverified(status: ItemStatus): boolean {
  return status === 'claimed' || status === 'reported';
}

export const LOCATION_PRECISIONS = ['exact', 'approximate', 'region'] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

export const DATE_PRECISIONS = ['day', 'week', 'month', 'unknown'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
