// When an item happened, as a span of days: coarse dates and ranges are spans, not false points in time.
import type { DatePrecision } from '@/lib/items/kinds';

export const DAY_MS = 86_400_000;

export interface DatedItem {
  startDate: string;
  endDate: string | null;
  datePrecision: DatePrecision;
  announcedAt: string | null;
}

/** Inclusive span in UTC days (ms at midnight). */
export interface Span {
  from: number;
  to: number;
}

export const dayMs = (isoDay: string) => Date.parse(`${isoDay.slice(0, 10)}T00:00:00Z`);
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function endOfPrecision(startMs: number, precision: DatePrecision): number {
  if (precision === 'week') return startMs + 6 * DAY_MS;
  if (precision === 'month') {
    const start = new Date(startMs);
    return Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1) - DAY_MS;
  }
  return startMs;
}

/**
 * The days an item covers: its start..end, widened to the whole week or month for coarse precision.
 * "Unknown" dates span the week up to the announcement: the event happened then or shortly before.
 */
export function itemSpan(item: DatedItem): Span {
  if (item.datePrecision === 'unknown') {
    const announced = dayMs(item.announcedAt ?? item.startDate);
    return { from: announced - 6 * DAY_MS, to: announced };
  }
  const from = dayMs(item.startDate);
  const end = item.endDate ? dayMs(item.endDate) : from;
  return { from, to: Math.max(from, endOfPrecision(end, item.datePrecision)) };
}

/** True when the item's span overlaps the inclusive range [from, to] (null ends are open). */
export function spanOverlaps(span: Span, from: number | null, to: number | null): boolean {
  return (to === null || span.from <= to) && (from === null || span.to >= from);
}

/** Number of items whose span covers each day of [from, to]. */
export function histogram(spans: Span[], from: number, to: number): number[] {
  const days = Math.max(0, Math.round((to - from) / DAY_MS) + 1);
  const counts = new Array<number>(days).fill(0);
  for (const span of spans) {
    const first = Math.max(0, Math.round((span.from - from) / DAY_MS));
    const last = Math.min(days - 1, Math.round((span.to - from) / DAY_MS));
    for (let day = first; day <= last; day++) counts[day] += 1;
  }
  return counts;
}

/** The days the timeline shows: every item's span, padded by a few days on each side. */
export function timelineDomain(spans: Span[], paddingDays = 3): { from: number; to: number } | null {
  if (spans.length === 0) return null;
  const from = Math.min(...spans.map((s) => s.from)) - paddingDays * DAY_MS;
  const to = Math.max(...spans.map((s) => s.to)) + paddingDays * DAY_MS;
  return { from, to };
}

/** Packs spans into as few rows as possible without overlaps (greedy by start); returns each span's row. */
export function packLanes(spans: Span[]): number[] {
  const order = spans.map((span, index) => ({ span, index })).sort((a, b) => a.span.from - b.span.from);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(spans.length);
  for (const { span, index } of order) {
    let lane = laneEnds.findIndex((end) => end < span.from);
    if (lane < 0) lane = laneEnds.push(span.to) - 1;
    else laneEnds[lane] = span.to;
    lanes[index] = lane;
  }
  return lanes;
}
