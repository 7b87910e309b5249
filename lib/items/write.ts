// The write path for items: validated with the shared schema, bbox derived from the geometry.
import type { Db } from '@/lib/db/create-client';
import { bboxOf } from '@/lib/geo/bbox';
import { ApiError } from '@/lib/api/errors';
import { itemInputSchema, type ItemInputDraft } from './schema';

type Tx = Pick<Db, 'item' | 'excerpt'>;

export async function createItem(tx: Tx, draft: ItemInputDraft): Promise<number> {
  const input = itemInputSchema.parse(draft);
  const found = await tx.excerpt.count({ where: { id: { in: input.excerptIds } } });
  if (found !== new Set(input.excerptIds).size) throw new ApiError('bad_request', 'An item cites an excerpt that does not exist', { excerptIds: ['One of these excerpts does not exist'] });
  const [minLng, minLat, maxLng, maxLat] = bboxOf(input.geometry)!;
  const toDate = (value: string | null) => (value === null ? null : new Date(value.length === 10 ? `${value}T00:00:00Z` : value));
  const item = await tx.item.create({
    data: {
      title: input.title,
      summary: input.summary,
      kind: input.kind,
      status: input.status,
      geometry: JSON.stringify(input.geometry),
      minLng,
      minLat,
      maxLng,
      maxLat,
      locationPrecision: input.locationPrecision,
      startDate: toDate(input.startDate)!,
      endDate: toDate(input.endDate),
      datePrecision: input.datePrecision,
      announcedAt: toDate(input.announcedAt),
      actors: JSON.stringify(input.actors),
      countries: JSON.stringify(input.countries),
      excerpts: { create: [...new Set(input.excerptIds)].map((excerptId, position) => ({ excerptId, position })) },
    },
    select: { id: true },
  });
  return item.id;
}
