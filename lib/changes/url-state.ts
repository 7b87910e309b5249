// The comparison of two moments in the dashboard's URL (pure): `since` (A), `until` (B), `time`.
import { CHANGE_TIMES, type ChangeTime } from './times';

export interface CompareState {
  /** YYYY-MM-DD or an ISO 8601 instant (UTC). */
  since: string;
  until: string;
  time: ChangeTime;
}

const MOMENT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z)?$/;
const validMoment = (value: string | null) => (value && MOMENT.test(value) && !Number.isNaN(Date.parse(value)) ? value : null);

/** A comparison needs both moments; a URL with only one, or a malformed one, shows none. */
export function parseCompareState(params: URLSearchParams): CompareState | null {
  const [since, until] = [validMoment(params.get('since')), validMoment(params.get('until'))];
  if (!since || !until) return null;
  const time = (CHANGE_TIMES as readonly string[]).includes(params.get('time') ?? '') ? (params.get('time') as ChangeTime) : 'knowledge';
  return { since, until, time };
}

export function writeCompareState(compare: CompareState | null, params: URLSearchParams): void {
  if (!compare) return;
  params.set('since', compare.since);
  params.set('until', compare.until);
  params.set('time', compare.time);
}

/** The moment a value stands for: a day is its start for A and its end for B, as the API reads them. */
export function momentMs(value: string, edge: 'start' | 'end'): number {
  return Date.parse(value.length === 10 ? `${value}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}Z` : value);
}

/** A comparison the API accepts: A strictly before B. */
export function isOrdered({ since, until }: Pick<CompareState, 'since' | 'until'>): boolean {
  return momentMs(since, 'start') < momentMs(until, 'end');
}
