import { describe, expect, it } from 'vitest';
import { dayMs, fromUtcMinutes, instantOrEndOfDay, isCalendarDay, isoDay, itemSpan, spanOverlaps, storedSpan, toDateField, toDay, toStoredDate, toUtcMinutes, type DatedItem } from './dates';

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


describe('storedSpan', () => {
  it('stores midnight UTC of the first and of the last day of the span', () => {
    const { spanStart, spanEnd } = storedSpan(dated({ startDate: '2024-02-10T15:30:00Z', datePrecision: 'month' }));
    expect([spanStart.toISOString(), spanEnd.toISOString()]).toEqual(['2024-02-10T00:00:00.000Z', '2024-02-29T00:00:00.000Z']);
  });
});

describe('toStoredDate and toDateField', () => {
  it('stores a calendar day as its midnight UTC and gives it back as the day', () => {
    expect(toDateField(toStoredDate('2024-11-27'))).toBe('2024-11-27');
  });

  it('keeps a full instant as that instant', () => {
    expect(toDateField(toStoredDate('2024-11-27T15:00:00+02:00'))).toBe('2024-11-27T13:00:00.000Z');
  });
});

describe('toDay', () => {
  it('is the UTC calendar day of an instant', () => {
    expect(toDay(new Date('2024-11-27T23:30:00-02:00'))).toBe('2024-11-28');
  });
});

describe('instantOrEndOfDay', () => {
  it('takes a calendar day as its last millisecond', () => {
    expect(instantOrEndOfDay('2024-11-27').toISOString()).toBe('2024-11-27T23:59:59.999Z');
  });
});

describe('isCalendarDay', () => {
  it('refuses a day that does not exist', () => {
    expect([isCalendarDay('2024-02-29'), isCalendarDay('2023-02-29')]).toEqual([true, false]);
  });
});

describe('dayMs', () => {
  it('reads the day of a full instant', () => {
    expect(isoDay(dayMs('2024-11-27T22:00:00Z'))).toBe('2024-11-27');
  });
});

describe('toUtcMinutes and fromUtcMinutes', () => {
  it('shows the end of a calendar day as its last minute and reads it back as that UTC instant', () => {
    const shown = toUtcMinutes(instantOrEndOfDay('2024-11-27'));
    expect([shown, fromUtcMinutes(shown)]).toEqual(['2024-11-27T23:59', '2024-11-27T23:59:00Z']);
  });
});
