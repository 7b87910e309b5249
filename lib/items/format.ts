// Human-readable dates that say how precise they are (pure, shared by panels and list).
import type { DatePrecision } from './kinds';

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

const parse = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`);

function formatOne(isoDay: string, precision: DatePrecision): string {
  const date = parse(isoDay);
  if (precision === 'month') return MONTH.format(date);
  if (precision === 'week') return `week of ${DAY.format(date)}`;
  return DAY.format(date);
}

export interface DatedItem {
  startDate: string;
  endDate: string | null;
  datePrecision: DatePrecision;
  announcedAt: string | null;
}

export function formatItemDate(item: DatedItem): string {
  if (item.datePrecision === 'unknown') {
    const announced = item.announcedAt ?? item.startDate;
    return `Exact dates unknown (announced ${DAY.format(parse(announced))})`;
  }
  const start = formatOne(item.startDate, item.datePrecision);
  const range = item.endDate && item.endDate !== item.startDate ? `${start} – ${formatOne(item.endDate, item.datePrecision)}` : start;
  return item.announcedAt && item.announcedAt !== item.startDate
    ? `${range} (made public ${DAY.format(parse(item.announcedAt))})`
    : range;
}

export const DATE_PRECISION_LABELS: Record<DatePrecision, string> = {
  day: 'to the day',
  week: 'to the week',
  month: 'to the month',
  unknown: 'dates unknown',
};
