// Items' dates of every precision and shape, for tests that compare a span computed elsewhere (a
// migration's backfill in SQL) with lib/dates.ts itemSpan. Built fresh each time.
import type { DatedItem } from '@/lib/dates';

export function datedItems(): DatedItem[] {
  const item = (overrides: Partial<DatedItem>): DatedItem => ({ startDate: '2024-11-21', endDate: null, datePrecision: 'day', announcedAt: null, ...overrides });
  return [
    item({}),
    item({ startDate: '2024-11-27', endDate: '2024-12-05' }),
    item({ startDate: '2024-03-15T22:30:00.000Z' }),
    item({ startDate: '2024-11-19', datePrecision: 'week' }),
    item({ startDate: '2024-12-30', endDate: '2025-01-02', datePrecision: 'week' }),
    item({ startDate: '2024-02-10', datePrecision: 'month' }),
    item({ startDate: '2024-12-01', datePrecision: 'month' }),
    item({ startDate: '2024-10-01', endDate: '2024-11-03', datePrecision: 'month' }),
    item({ startDate: '2024-12-03', announcedAt: '2024-12-03', datePrecision: 'unknown' }),
    item({ startDate: '2024-12-03', datePrecision: 'unknown' }),
    item({ startDate: '2024-11-01', announcedAt: '2024-12-10', datePrecision: 'unknown' }),
  ];
}
