// Calendar days, instants and the span of days an item covers: the only module that converts between
// them (pure, shared by the server and the browser). A calendar day is `YYYY-MM-DD` and means that day
// in UTC; stored, it is its midnight UTC. Every reader sees the same days whatever its time zone.
import type { DatePrecision } from '@/lib/items/kinds';

export const DAY_MS = 86_400_000;

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True for `YYYY-MM-DD` (the form), false for a full instant. */
export function isDayForm(value: string): boolean {
  return CALENDAR_DAY.test(value);
}

/** True for a real calendar day (2024-02-30 is not). */
export function isCalendarDay(day: string): boolean {
  const date = startOfDay(day);
  return isDayForm(day) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}

/** The UTC calendar day of an instant. */
export function toDay(instant: Date): string;
export function toDay(instant: Date | null): string | null;
export function toDay(instant: Date | null): string | null {
  return instant ? instant.toISOString().slice(0, 10) : null;
}

/** Midnight UTC of a calendar day (or of the day of an ISO instant). */
export function startOfDay(day: string): Date {
  return new Date(`${day.slice(0, 10)}T00:00:00Z`);
}

/** The last millisecond of a calendar day, UTC. */
export function endOfDay(day: string): Date {
  return new Date(`${day.slice(0, 10)}T23:59:59.999Z`);
}

/** Midnight UTC of the instant's own day. */
export function truncateToDay(instant: Date): Date {
  return startOfDay(toDay(instant));
}

/** Milliseconds at midnight UTC of a calendar day (or of the day of an ISO instant). */
export function dayMs(day: string): number {
  return startOfDay(day).getTime();
}

/** The calendar day at `ms` (UTC). */
export function isoDay(ms: number): string {
  return toDay(new Date(ms));
}

/** An item's date field (a calendar day or a full ISO instant) as stored: a day is its midnight UTC. */
export function toStoredDate(value: string): Date;
export function toStoredDate(value: string | null): Date | null;
export function toStoredDate(value: string | null): Date | null {
  if (value === null) return null;
  return isDayForm(value) ? startOfDay(value) : new Date(value);
}

/** A stored date field as the form writes it: a calendar day when it is midnight UTC, else the full instant. */
export function toDateField(date: Date): string;
export function toDateField(date: Date | null): string | null;
export function toDateField(date: Date | null): string | null {
  if (!date) return null;
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** A point in time asked for as a calendar day (meaning its end: everything known that day) or an ISO instant. */
export function instantOrEndOfDay(value: string): Date {
  return isDayForm(value) ? endOfDay(value) : new Date(value);
}

/** An instant as a `datetime-local` value (minutes, no zone), read in UTC. */
export function toUtcMinutes(instant: Date): string {
  return instant.toISOString().slice(0, 16);
}

/** A `datetime-local` value (minutes, no zone) taken as UTC, as an ISO instant. */
export function fromUtcMinutes(value: string): string {
  return `${value}:00Z`;
}

/** The dates that say when an item happened (calendar days or instants, as the API answers them). */
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
 * The one meaning of time: stored at write time (spanStart, spanEnd) for the server's filters, and
 * computed by the browser from the same dates, so every mode shows the same items for a range.
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

/** The item's span as stored: midnight UTC of its first and of its last day. */
export function storedSpan(item: DatedItem): { spanStart: Date; spanEnd: Date } {
  const { from, to } = itemSpan(item);
  return { spanStart: new Date(from), spanEnd: new Date(to) };
}

/** True when the span overlaps the inclusive range [from, to] of days (null ends are open). */
export function spanOverlaps(span: Span, from: number | null, to: number | null): boolean {
  return (to === null || span.from <= to) && (from === null || span.to >= from);
}
