// Item drafts and valid inputs for tests, built fresh each time.
import { itemInputSchema, type ItemInput, type ItemInputDraft } from '@/lib/items/schema';

export function itemDraft(excerptIds: number[], overrides: Partial<ItemInputDraft> = {}): ItemInputDraft {
  return {
    title: 'Drone strike on a depot near Kharkiv',
    summary: 'A test item.',
    kind: 'strike',
    status: 'reported',
    geometry: { type: 'Point', coordinates: [36.23, 49.99] },
    locationPrecision: 'approximate',
    startDate: '2024-11-30',
    endDate: null,
    datePrecision: 'day',
    announcedAt: null,
    actors: ['Russia'],
    countries: ['UKR'],
    excerptIds,
    ...overrides,
  };
}

/** A draft validated as a handler would, ready for the write path (lib/items/write.ts). */
export function itemInput(excerptIds: number[], overrides: Partial<ItemInputDraft> = {}): ItemInput {
  return itemInputSchema.parse(itemDraft(excerptIds, overrides));
}

/** A square polygon around (lng, lat), closed. */
export function squareAround([lng, lat]: [number, number], half = 0.5) {
  return {
    type: 'Polygon' as const,
    coordinates: [
      [
        [lng - half, lat - half],
        [lng + half, lat - half],
        [lng + half, lat + half],
        [lng - half, lat + half],
        [lng - half, lat - half],
      ],
    ],
  };
}
