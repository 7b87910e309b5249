import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, parseDashboardState, serializeDashboardState } from '@/lib/url-state';
import { isOrdered, parseCompareState } from './url-state';

describe('the comparison in the URL', () => {
  it('round-trips through the dashboard state', () => {
    const compare = { since: '2024-11-01', until: '2026-11-29T08:00:00.000Z', time: 'event' as const };
    const query = serializeDashboardState({ ...EMPTY_STATE, compare });
    expect(query).toBe('?since=2024-11-01&until=2026-11-29T08%3A00%3A00.000Z&time=event');
    expect(parseDashboardState(new URLSearchParams(query)).compare).toEqual(compare);
  });

  it('needs both moments and defaults to knowledge time', () => {
    expect(parseCompareState(new URLSearchParams('since=2024-11-01'))).toBeNull();
    expect(parseCompareState(new URLSearchParams('since=2024-11-01&until=2024-11-30&time=soon'))?.time).toBe('knowledge');
  });

  it('drops a malformed moment', () => {
    expect(parseCompareState(new URLSearchParams('since=last+week&until=2024-11-30'))).toBeNull();
  });

  it('orders two days as the API reads them: the same day is a whole day', () => {
    expect(isOrdered({ since: '2024-11-01', until: '2024-11-01' })).toBe(true);
    expect(isOrdered({ since: '2024-11-02', until: '2024-11-01' })).toBe(false);
  });
});
