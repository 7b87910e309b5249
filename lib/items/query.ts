// Query parameters of GET /api/items, parsed with zod so malformed ones answer 400 naming the parameter.
import { z } from 'zod';
import { ITEM_KINDS, type ItemKind } from './kinds';

export interface ItemQuery {
  /** Full-text search: every word, as a prefix, in the title, summary or excerpts. */
  q?: string;
  kinds?: ItemKind[];
  from?: Date;
  to?: Date;
  bbox?: [number, number, number, number];
  /** At most this many items (the earliest first). */
  limit?: number;
  /** Only these items (set by the server, e.g. a region's page; not a query parameter). */
  ids?: number[];
}

/** Largest page one request may ask for: a viewport beyond it should be drawn from vector tiles. */
export const MAX_ITEM_LIMIT = 50_000;

const day = (name: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${name} must be a date like 2024-11-27`)
    .transform((value) => new Date(`${value}T00:00:00Z`))
    .refine((date) => !Number.isNaN(date.getTime()), `${name} is not a real date`);

/** west,south,east,north in degrees (CRS84); shared with the OGC API's bbox parameter. */
export const bboxSchema = z
  .string()
  .transform((value) => value.split(',').map((part) => (part.trim() === '' ? Number.NaN : Number(part))))
  .refine((parts) => parts.length === 4 && parts.every(Number.isFinite), 'bbox must be four numbers: west,south,east,north')
  // west > east is a box crossing the antimeridian (e.g. 170,-20,-170,20).
  .refine(([w, , e]) => w >= -180 && w <= 180 && e >= -180 && e <= 180, 'bbox longitudes must be within -180..180')
  .refine(([, s, , n]) => s >= -90 && n <= 90 && s <= n, 'bbox latitudes must be within -90..90 with south <= north')
  .transform((parts) => parts as [number, number, number, number]);

const kinds = z
  .string()
  .transform((value) => value.split(',').filter(Boolean))
  .pipe(z.array(z.enum(ITEM_KINDS, { error: `kind must be one of ${ITEM_KINDS.join(', ')}` })));

const limit = z
  .string()
  .regex(/^\d+$/, 'limit must be a whole number')
  .transform(Number)
  .pipe(z.number().min(1, 'limit must be at least 1').max(MAX_ITEM_LIMIT, `limit must be at most ${MAX_ITEM_LIMIT}`));

export const itemQuerySchema = z
  .object({
    q: z.string().max(200, 'q must be at most 200 characters').optional(),
    kind: kinds.optional(),
    from: day('from').optional(),
    to: day('to').optional(),
    bbox: bboxSchema.optional(),
    limit: limit.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from must not be after to', path: ['from'] })
  .transform(({ kind, ...rest }): ItemQuery => ({ ...rest, ...(kind && { kinds: kind }) }));

export function parseItemQuery(params: URLSearchParams): ItemQuery {
  const known = ['q', 'kind', 'from', 'to', 'bbox', 'limit'] as const;
  return itemQuerySchema.parse(Object.fromEntries(known.flatMap((k) => (params.has(k) ? [[k, params.get(k)]] : []))));
}

/** `asof`: an ISO 8601 instant (or a day, meaning its end) at which to rebuild the map from history. */
export const asOfSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/, 'asof must be a date or an ISO 8601 instant, e.g. 2026-11-25T15:00:00Z')
  .transform((value) => new Date(value.length === 10 ? `${value}T23:59:59.999Z` : value))
  .refine((date) => !Number.isNaN(date.getTime()), 'asof is not a real date');
