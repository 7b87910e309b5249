// The timeline's drawing of item spans (pure): a per-day histogram, the days shown, rows without overlaps.
// What span an item covers is lib/dates.ts's itemSpan, the rule the server's filters store too.
import { DAY_MS, type Span } from '@/lib/dates';

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
