import { describe, expect, it } from 'vitest';
import { DAY_MS, dayMs, itemSpan, type DatedItem } from '@/lib/dates';
import { histogram, packLanes, timelineDomain } from './spans';

const dated = (overrides: Partial<DatedItem> = {}): DatedItem => ({
  startDate: '2024-11-21',
  endDate: null,
  datePrecision: 'day',
  announcedAt: null,
  ...overrides,
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
