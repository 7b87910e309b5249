// Query parameters of the OGC API – Features endpoints (Part 1: Core), parsed with zod so that every
// bad value, and every parameter the API definition does not declare, answers 400 naming it.
import { z } from 'zod';
import { ApiError } from '@/lib/api/errors';
import { parseParam } from '@/lib/api/handler';
import { isCalendarDay, startOfDay, truncateToDay } from '@/lib/dates';
import { bboxSchema, sourcesParamSchema, supportParamSchema, type ItemQuery } from '@/lib/items/query';

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 1000;

/** The only output format is JSON (GeoJSON for features); `f=json` is accepted for clients that send it. */
export const formatSchema = z.enum(['json'], { error: 'f must be json (the only format this API serves)' });

const limitSchema = z
  .string()
  .regex(/^\d+$/, 'limit must be a whole number')
  .transform(Number)
  .pipe(z.number().min(1, 'limit must be at least 1').max(MAX_LIMIT, `limit must be at most ${MAX_LIMIT}`));

const offsetSchema = z.string().regex(/^\d+$/, 'offset must be a whole number >= 0').transform(Number);

/** OGC bbox: 4 numbers, or 6 with heights (minLon,minLat,minZ,maxLon,maxLat,maxZ) whose heights we ignore. */
const ogcBboxSchema = z
  .string()
  .transform((value) => {
    const parts = value.split(',');
    return parts.length === 6 ? [parts[0], parts[1], parts[3], parts[4]].join(',') : value;
  })
  .pipe(bboxSchema);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** An RFC 3339 date-time (or a full-date, taken as that day at 00:00 UTC); undefined for an open end. */
function parseInstant(value: string): Date | undefined | null {
  if (value === '' || value === '..') return undefined;
  if (!(DATE.test(value) || DATE_TIME.test(value)) || !isCalendarDay(value.slice(0, 10))) return null;
  const date = DATE.test(value) ? startOfDay(value) : new Date(value.toUpperCase());
  return Number.isNaN(date.getTime()) ? null : date;
}

export interface TimeInterval {
  start?: Date;
  end?: Date;
}

/** `datetime`: an instant, or an interval `start/end` where either end may be open (`..` or empty). */
export const datetimeSchema = z.string().transform((value, ctx): TimeInterval => {
  const ends = value.split('/');
  if (ends.length > 2 || (ends.length === 1 && (value === '' || value === '..'))) {
    ctx.addIssue({ code: 'custom', message: 'datetime must be an RFC 3339 instant or an interval start/end (open ends as ..)' });
    return z.NEVER;
  }
  const [start, end] = ends.map(parseInstant);
  if (start === null || end === null) {
    ctx.addIssue({ code: 'custom', message: 'datetime must use RFC 3339 dates such as 2024-11-27T00:00:00Z (or 2024-11-27)' });
    return z.NEVER;
  }
  if (ends.length === 1) return { start, end: start };
  if (start && end && start > end) {
    ctx.addIssue({ code: 'custom', message: 'datetime interval must not end before it starts' });
    return z.NEVER;
  }
  return { start, end };
});

export interface ItemsParams {
  query: ItemQuery;
  limit: number;
  offset: number;
}

/** Throws 400 for any parameter outside `allowed` (OGC API Features /req/core/query-param-unknown). */
export function rejectUnknownParams(params: URLSearchParams, allowed: readonly string[]): void {
  for (const name of new Set(params.keys())) {
    if (!allowed.includes(name)) {
      throw new ApiError('bad_request', `${name}: unknown parameter (allowed: ${allowed.join(', ') || 'none'})`, {
        [name]: [`Unknown parameter; this endpoint accepts ${allowed.join(', ') || 'no parameters'}`],
      });
    }
  }
}

export const ITEMS_PARAMS = ['bbox', 'datetime', 'source', 'support', 'limit', 'offset', 'f'] as const;
export const FORMAT_ONLY_PARAMS = ['f'] as const;

/** Parameters of endpoints that take none but `f` (landing page, conformance, collections, one feature). */
export function parseFormatOnly(params: URLSearchParams): void {
  rejectUnknownParams(params, FORMAT_ONLY_PARAMS);
  if (params.has('f')) parseParam(formatSchema, params.get('f'), 'f');
}

/** Parameters of /collections/{collectionId}/items. */
export function parseItemsParams(params: URLSearchParams): ItemsParams {
  rejectUnknownParams(params, ITEMS_PARAMS);
  const get = <S extends z.ZodType>(schema: S, name: (typeof ITEMS_PARAMS)[number]) =>
    params.has(name) ? (parseParam(schema, params.get(name), name) as z.output<S>) : undefined;
  get(formatSchema, 'f');
  const bbox = get(ogcBboxSchema, 'bbox');
  const time = get(datetimeSchema, 'datetime');
  const sources = get(sourcesParamSchema, 'source');
  const support = get(supportParamSchema, 'support');
  // Items cover whole UTC days (lib/dates.ts itemSpan), so an instant matches every item whose days include it.
  return {
    query: {
      ...(bbox && { bbox }),
      ...(time?.start && { from: truncateToDay(time.start) }),
      ...(time?.end && { to: truncateToDay(time.end) }),
      ...(sources && { sources }),
      ...(support && { support }),
    },
    limit: get(limitSchema, 'limit') ?? DEFAULT_LIMIT,
    offset: get(offsetSchema, 'offset') ?? 0,
  };
}
