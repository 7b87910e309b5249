// Query parameters of GET /api/changes: the two moments, which time they are on, and the dashboard's
// filters (parsed as /api/items parses them). Reversed or malformed moments and unknown parameters
// answer 400.
import { z } from 'zod';
import { assertKnownParams } from '@/lib/api/known-params';
import { instantSchema, parseItemFilters, type ItemFilterQuery } from '@/lib/items/query';
import { ITEM_FILTER_PARAMS } from '@/lib/items/query-params';
import type { ChangeWindow } from './diff';
import { CHANGE_TIMES, type ChangeTime } from './times';

export const CHANGE_PARAMS = ['since', 'until', 'time', ...ITEM_FILTER_PARAMS] as const;

export interface ChangeQuery extends ChangeWindow {
  time: ChangeTime;
  filters: ItemFilterQuery;
}

const momentsSchema = z
  .object({
    // A day means its start for A and its end for B: "from 1 to 30 November" takes in both days.
    since: instantSchema('since', 'start'),
    until: instantSchema('until', 'end'),
    time: z.enum(CHANGE_TIMES, { message: `time must be one of ${CHANGE_TIMES.join(', ')}` }).default('knowledge'),
  })
  .refine(({ since, until }) => since < until, { message: 'since must be before until', path: ['since'] });

export function parseChangeQuery(params: URLSearchParams): ChangeQuery {
  assertKnownParams(params, CHANGE_PARAMS);
  const moments = momentsSchema.parse({
    since: params.get('since') ?? undefined,
    until: params.get('until') ?? undefined,
    time: params.get('time') ?? undefined,
  });
  return { ...moments, filters: parseItemFilters(params) };
}
