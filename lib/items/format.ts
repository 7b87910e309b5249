// Human-readable dates that say how precise they are, in the interface language (pure).
import type { Messages } from '@/lib/i18n/messages';
import { instantOrEndOfDay, startOfDay, type DatedItem } from '@/lib/dates';
import type { DatePrecision } from './kinds';

export function formatDay(isoDay: string, messages: Messages): string {
  return new Intl.DateTimeFormat(messages.dateLocale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    startOfDay(isoDay),
  );
}

function formatOne(isoDay: string, precision: DatePrecision, messages: Messages): string {
  if (precision === 'month') {
    return new Intl.DateTimeFormat(messages.dateLocale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(startOfDay(isoDay));
  }
  if (precision === 'week') return `${messages.dates.weekOf} ${formatDay(isoDay, messages)}`;
  return formatDay(isoDay, messages);
}

export function formatItemDate(item: DatedItem, messages: Messages): string {
  if (item.datePrecision === 'unknown') return messages.dates.unknown(formatDay(item.announcedAt ?? item.startDate, messages));
  const start = formatOne(item.startDate, item.datePrecision, messages);
  const range =
    item.endDate && item.endDate !== item.startDate ? `${start} – ${formatOne(item.endDate, item.datePrecision, messages)}` : start;
  return item.announcedAt && item.announcedAt !== item.startDate
    ? `${range} (${messages.dates.madePublic(formatDay(item.announcedAt, messages))})`
    : range;
}

/** An instant (ISO 8601) in the interface language, in UTC so every reader sees the same moment. */
export function formatInstant(iso: string, messages: Messages): string {
  return new Intl.DateTimeFormat(messages.dateLocale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  }).format(instantOrEndOfDay(iso));
}
