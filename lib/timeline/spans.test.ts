import { describe, expect, it } from 'vitest';
import { DAY_MS, dayMs, histogram, isoDay, itemSpan, packLanes, spanOverlaps, timelineDomain, type DatedItem } from './spans';

const dated = (overrides: Partial<DatedItem> = {}): DatedItem => ({
  startDate: '2024-11-21',
  endDate: null,
  datePrecision: 'day',
  announcedAt: null,
  ...overrides,
});
const spanDays = (item: DatedItem) => {
  const span = itemSpan(item);
  return [isoDay(span.from), isoDay(span.to)];
};

describe('itemSpan', () => {
  it('is one day for a day-precise item', () => {
    expect(spanDays(dated())).toEqual(['2024-11-21', '2024-11-21']);
  });

  it('covers a week for week precision', () => {
    expect(spanDays(dated({ startDate: '2024-11-19', datePrecision: 'week' }))).toEqual(['2024-11-19', '2024-11-25']);
  });

  it('covers the whole month for month precision', () => {
    expect(spanDays(dated({ startDate: '2024-11-01', datePrecision: 'month' }))).toEqual(['2024-11-01', '2024-11-30']);
  });

  it('runs from start to end for a date range', () => {
    expect(spanDays(dated({ startDate: '2024-11-27', endDate: '2024-12-05' }))).toEqual(['2024-11-27', '2024-12-05']);
  });

  it('spans the week up to the announcement when dates are unknown', () => {
    const item = dated({ startDate: '2024-12-03', announcedAt: '2024-12-03', datePrecision: 'unknown' });
    expect(spanDays(item)).toEqual(['2024-11-27', '2024-12-03']);
  });
});

describe('spanOverlaps', () => {
  const span = () => itemSpan(dated({ startDate: '2024-11-19', datePrecision: 'week' }));

  it('keeps a span that overlaps the range on one side', () => {
    expect(spanOverlaps(span(), dayMs('2024-11-25'), dayMs('2024-12-31'))).toBe(true);
  });

  it('drops a span that ends before the range', () => {
    expect(spanOverlaps(span(), dayMs('2024-11-26'), null)).toBe(false);
  });

  it('treats null ends as open', () => {
    expect(spanOverlaps(span(), null, null)).toBe(true);
  });
});

describe('histogram', () => {
  it('counts every item on every day it covers', () => {
    const spans = [itemSpan(dated()), itemSpan(dated({ startDate: '2024-11-20', endDate: '2024-11-22' }))];
    expect(histogram(spans, dayMs('2024-11-19'), dayMs('2024-11-23'))).toEqual([0, 1, 2, 1, 0]);
  });
});

describe('timelineDomain', () => {
  it('pads the spans by a few days', () => {
    const domain = timelineDomain([itemSpan(dated())], 2)!;
    expect(domain.to - domain.from).toBe(4 * DAY_MS);
  });

  it('is null without items', () => {
    expect(timelineDomain([])).toBeNull();
  });
});

describe('packLanes', () => {
  it('puts overlapping spans on different rows and reuses a row once it is free', () => {
    const spans = [
      { from: dayMs('2024-11-01'), to: dayMs('2024-11-30') },
      { from: dayMs('2024-11-21'), to: dayMs('2024-11-21') },
      { from: dayMs('2024-12-03'), to: dayMs('2024-12-03') },
    ];
    expect(packLanes(spans)).toEqual([0, 1, 0]);
  });
});
