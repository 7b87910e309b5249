import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/lib/i18n/messages';
import type { DatedItem } from '@/lib/dates';
import { formatItemDate as format } from './format';

const formatItemDate = (item: DatedItem) => format(item, MESSAGES.en);

const dated = (overrides: Partial<DatedItem> = {}): DatedItem => ({
  startDate: '2024-11-27',
  endDate: null,
  datePrecision: 'day',
  announcedAt: null,
  ...overrides,
});

describe('formatItemDate', () => {
  it('prints a day-precise date', () => {
    expect(formatItemDate(dated())).toBe('27 Nov 2024');
  });

  it('says when a fact was made public later', () => {
    expect(formatItemDate(dated({ announcedAt: '2024-12-05' }))).toBe('27 Nov 2024 (made public 5 Dec 2024)');
  });

  it('prints only the month for month precision', () => {
    expect(formatItemDate(dated({ startDate: '2024-11-01', datePrecision: 'month' }))).toBe('November 2024');
  });

  it('marks week precision', () => {
    expect(formatItemDate(dated({ startDate: '2024-11-19', datePrecision: 'week' }))).toBe('week of 19 Nov 2024');
  });

  it('says the dates are unknown and when it was announced', () => {
    expect(formatItemDate(dated({ startDate: '2024-12-03', announcedAt: '2024-12-03', datePrecision: 'unknown' }))).toBe(
      'Exact dates unknown (announced 3 Dec 2024)',
    );
  });

  it('prints a range', () => {
    expect(formatItemDate(dated({ endDate: '2024-12-08' }))).toBe('27 Nov 2024 – 8 Dec 2024');
  });

  it('speaks French with French dates', () => {
    expect(format(dated({ startDate: '2024-12-03', announcedAt: '2024-12-03', datePrecision: 'unknown' }), MESSAGES.fr)).toBe(
      'Dates exactes inconnues (annoncé le 3 déc. 2024)',
    );
  });
});
