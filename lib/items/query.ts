// Query parameters of GET /api/items, parsed with zod so malformed ones answer 400 naming the parameter.
import { z } from 'zod';
import { instantOrEndOfDay, isCalendarDay, isDayForm, startOfDay } from '@/lib/dates';
import { MAX_RECORD_ID } from './schema';
import { SUPPORT_LEVELS, type SupportLevel } from '@/lib/sources/support';
import { ITEM_KINDS, ITEM_STATUSES, type ItemKind, type ItemStatus } from './kinds';
import { ITEM_FILTER_PARAMS } from './query-params';

/** The filters both /api/items and /api/tiles take (the dashboard's, see query-params.ts). */
export interface ItemFilterQuery {
  /** Full-text search: every word, as a prefix, in the title, summary or excerpts. */
  q?: string;
  /** Only these kinds; empty matches nothing (every kind hidden). */
  kinds?: ItemKind[];
  statuses?: ItemStatus[];
  /** Items naming any of these actors. */
  actors?: string[];
  /** Items concerning any of these countries (ISO alpha-3). */
  countries?: string[];
  /** Items citing any of these articles (source ids). */
  sources?: number[];
  /** Items of this support level (lib/sources/support.ts). */
  support?: SupportLevel;
  from?: Date;
  to?: Date;
}

export interface ItemQuery extends ItemFilterQuery {
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
    .transform(startOfDay)
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

/**
 * A comma-separated list of values each passing `valid`; a bad one answers 400 naming the parameter
 * itself (a refinement of the whole list, not an error at one index of it).
 */
function commaList<T extends string>(valid: (value: string) => value is T, message: string) {
  return z
    .string()
    .transform((value) => value.split(',').filter(Boolean))
    .refine((values) => values.every(valid), message)
    .transform((values) => values as T[]);
}

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (value: string): value is T =>
    (allowed as readonly string[]).includes(value);

const kinds = commaList(oneOf(ITEM_KINDS), `kind must be one of ${ITEM_KINDS.join(', ')}`);
const statuses = commaList(oneOf(ITEM_STATUSES), `status must be one of ${ITEM_STATUSES.join(', ')}`);
const countries = commaList((value): value is string => /^[A-Z]{3}$/.test(value), 'country must be ISO 3166-1 alpha-3 codes, e.g. UKR,RUS');

/** `source=1,2`: items citing any of these articles; shared with the OGC API. */
export const sourcesParamSchema = z
  .string()
  .transform((value) => value.split(','))
  .refine(
    (parts) => parts.length <= 100 && parts.every((part) => /^\d{1,10}$/.test(part) && Number(part) >= 1 && Number(part) <= MAX_RECORD_ID),
    'source must be article ids, e.g. 1,2 (at most 100)',
  )
  .transform((parts) => [...new Set(parts.map(Number))]);

/** `support=corroborated`: items of this support level; shared with the OGC API. */
export const supportParamSchema = z.enum(SUPPORT_LEVELS, { error: `support must be one of ${SUPPORT_LEVELS.join(', ')}` });

// Repeated (`actor=a&actor=b`): an actor's name may hold a comma.
const actors = z
  .array(z.string())
  .max(30, 'at most 30 actors')
  .refine((names) => names.every((name) => name.length >= 1 && name.length <= 120), 'actor must be 1 to 120 characters');

const limit = z
  .string()
  .regex(/^\d+$/, 'limit must be a whole number')
  .transform(Number)
  .pipe(z.number().min(1, 'limit must be at least 1').max(MAX_ITEM_LIMIT, `limit must be at most ${MAX_ITEM_LIMIT}`));

const filterFields = {
  q: z.string().max(200, 'q must be at most 200 characters').optional(),
  kind: kinds.optional(),
  status: statuses.optional(),
  actor: actors.optional(),
  country: countries.optional(),
  source: sourcesParamSchema.optional(),
  support: supportParamSchema.optional(),
  from: day('from').optional(),
  to: day('to').optional(),
};

type ParsedFilters = z.infer<z.ZodObject<typeof filterFields>>;

const fromNotAfterTo = (q: ParsedFilters) => !q.from || !q.to || q.from <= q.to;
const fromNotAfterToError = { message: 'from must not be after to', path: ['from'] };

/** Parameter names (as the dashboard writes them) to ItemFilterQuery's. */
function renamed<T extends ParsedFilters>({ kind, status, actor, country, source, ...rest }: T) {
  return {
    ...rest,
    ...(kind && { kinds: kind }),
    ...(status && { statuses: status }),
    ...(actor && { actors: actor }),
    ...(country && { countries: country }),
    ...(source && { sources: source }),
  };
}

/** The filters of /api/tiles: the same parameters as /api/items, without bbox and limit (the tile is the box). */
export const itemFilterSchema = z
  .object(filterFields)
  .refine(fromNotAfterTo, fromNotAfterToError)
  .transform((parsed): ItemFilterQuery => renamed(parsed));

export const itemQuerySchema = z
  .object({ ...filterFields, bbox: bboxSchema.optional(), limit: limit.optional() })
  .refine(fromNotAfterTo, fromNotAfterToError)
  .transform((parsed): ItemQuery => renamed(parsed));

/** The known parameters of `params` as the schemas read them: `actor` repeated, the others once. */
function knownParams(params: URLSearchParams, names: readonly string[]) {
  return Object.fromEntries(names.flatMap((name) => (!params.has(name) ? [] : [[name, name === 'actor' ? params.getAll(name) : params.get(name)]])));
}

export function parseItemQuery(params: URLSearchParams): ItemQuery {
  return itemQuerySchema.parse(knownParams(params, [...ITEM_FILTER_PARAMS, 'bbox', 'limit']));
}

export function parseItemFilters(params: URLSearchParams): ItemFilterQuery {
  return itemFilterSchema.parse(knownParams(params, ITEM_FILTER_PARAMS));
}

/** True when the filters leave every item in: tiles can then use the precomputed cluster counts. */
export function hasNoFilter(filters: ItemFilterQuery): boolean {
  return Object.values(filters).every((value) => value === undefined);
}

/**
 * An ISO 8601 instant, or a calendar day standing for its first or last millisecond (UTC): `asof` and
 * the bounds of a comparison (lib/changes) read dates this way.
 */
export function instantSchema(name: string, day: 'start' | 'end') {
  return z
    .string({ error: `${name} is required: a date or an ISO 8601 instant` })
    .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/, `${name} must be a date or an ISO 8601 instant, e.g. 2026-11-25T15:00:00Z`)
    .refine((value) => isCalendarDay(value.slice(0, 10)), `${name} is not a real date`)
    .transform((value) => (day === 'end' ? instantOrEndOfDay(value) : isDayForm(value) ? startOfDay(value) : new Date(value)))
    .refine((date) => !Number.isNaN(date.getTime()), `${name} is not a real date`);
}

/** `asof`: an ISO 8601 instant (or a day, meaning its end) at which to rebuild the map from history. */
export const asOfSchema = instantSchema('asof', 'end');
