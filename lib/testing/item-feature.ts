// Builds an API item for unit tests: a confirmed, day-precise strike at 0,0 unless told otherwise.
import type { Geometry } from 'geojson';
import type { ItemFeature, ItemProperties } from '@/lib/items/types';

export function itemFeature(id = 1, overrides: Partial<ItemProperties> = {}, geometry: Geometry = { type: 'Point', coordinates: [0, 0] }): ItemFeature {
  return {
    type: 'Feature',
    id,
    bbox: [0, 0, 0, 0],
    geometry,
    properties: {
      id,
      title: `Item ${id}`,
      summary: '',
      kind: 'strike',
      status: 'confirmed',
      locationPrecision: 'exact',
      startDate: '2024-11-21',
      endDate: null,
      datePrecision: 'day',
      announcedAt: null,
      actors: [],
      countries: [],
      version: 1,
      excerpts: [],
      ...overrides,
    },
  };
}
