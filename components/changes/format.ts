// How a comparison's moments and sizes read in the interface language (pure).
import type { Messages } from '@/lib/i18n/messages';
import { formatDay, formatInstant } from '@/lib/items/format';

export function formatMoment(value: string, t: Messages): string {
  return value.length === 10 ? formatDay(value, t) : formatInstant(value, t);
}

export function formatKm2(km2: number, t: Messages): string {
  return t.following.km2(new Intl.NumberFormat(t.dateLocale, { maximumFractionDigits: km2 < 10 ? 1 : 0 }).format(km2));
}
