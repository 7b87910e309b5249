// GeoJSON files to import in tests, built fresh each time (the export's format).
import type { ItemInputDraft } from '@/lib/items/schema';

/** In the seeded article, in no stored excerpt: importing it creates a new excerpt. */
export const UNQUOTED_PHRASE = 'C’est une première qui ne manquera pas d’attirer l’attention des observateurs internationaux';

export function importFeature(title: string, overrides: Partial<ItemInputDraft> & { excerpts?: unknown } = {}) {
  const { geometry = { type: 'Point', coordinates: [36.23, 49.99] }, ...properties } = overrides;
  return {
    type: 'Feature' as const,
    geometry,
    properties: {
      title,
      summary: 'Imported by a test.',
      kind: 'strike',
      status: 'reported',
      locationPrecision: 'approximate',
      startDate: '2024-11-30',
      datePrecision: 'day',
      actors: ['Russia'],
      countries: ['UKR'],
      excerpts: [{ text: UNQUOTED_PHRASE }],
      ...properties,
    },
  };
}

export function importFile(features: unknown[]) {
  return { type: 'FeatureCollection' as const, features };
}
