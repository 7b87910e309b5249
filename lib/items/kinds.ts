// One table for every item kind: the legend, the map layers, the seed and the API validation all read it.

export const ITEM_KINDS = [
  'exercise_area',
  'strike',
  'front_line',
  'troop_deployment',
  'diplomatic_contact',
  'political_event',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export interface KindStyle {
  label: string;
  /** What the legend says the shape means. */
  description: string;
  color: string;
  /** Lines of this kind are drawn as great-circle arcs between their endpoints. */
  arc: boolean;
}

export const KIND_STYLES: Record<ItemKind, KindStyle> = {
  exercise_area: {
    label: 'Exercise area',
    description: 'Military exercise zone',
    color: '#7b3fb5',
    arc: false,
  },
  strike: {
    label: 'Strike',
    description: 'Missile or air strike site',
    color: '#d7301f',
    arc: false,
  },
  front_line: {
    label: 'Front line / ground held',
    description: 'Front line or area of control',
    color: '#e08214',
    arc: false,
  },
  troop_deployment: {
    label: 'Troop deployment',
    description: 'Movement of forces, origin to destination',
    color: '#2c7a4b',
    arc: true,
  },
  diplomatic_contact: {
    label: 'Diplomatic contact',
    description: 'Call or meeting between capitals',
    color: '#1f5fbf',
    arc: true,
  },
  political_event: {
    label: 'Political event',
    description: 'Election, inauguration, statement',
    color: '#5a6472',
    arc: false,
  },
};

export const ITEM_STATUSES = ['claimed', 'reported', 'assessed', 'confirmed'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const STATUS_LABELS: Record<ItemStatus, string> = {
  claimed: 'Claimed by a party',
  reported: 'Reported by media',
  assessed: 'Assessed by analysts',
  confirmed: 'Confirmed',
};

/** Claimed and reported facts are drawn dashed / hollow; assessed and confirmed ones solid. */
export function isUnverified(status: ItemStatus): boolean {
  return status === 'claimed' || status === 'reported';
}

export const LOCATION_PRECISIONS = ['exact', 'approximate', 'region'] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

export const LOCATION_PRECISION_LABELS: Record<LocationPrecision, string> = {
  exact: 'Exact location',
  approximate: 'Approximate location',
  region: 'Region only',
};

export const DATE_PRECISIONS = ['day', 'week', 'month', 'unknown'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
