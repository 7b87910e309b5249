import { describe, expect, it } from 'vitest';
import { EMPTY_STATE } from '@/lib/url-state';
import { ITEM_KINDS } from './kinds';
import { hasNoFilter, parseItemFilters } from './query';
import { itemFilterParams } from './query-params';

describe('itemFilterParams', () => {
  it('writes nothing for the unfiltered dashboard, which the tiles read as no filter', () => {
    const params = itemFilterParams(EMPTY_STATE);

    expect(params.toString()).toBe('');
    expect(hasNoFilter(parseItemFilters(params))).toBe(true);
  });

  it('round-trips every filter through the tiles’ schema', () => {
    const params = itemFilterParams({
      ...EMPTY_STATE,
      query: ' missile ',
      hiddenKinds: ['strike', 'front_line'],
      statuses: ['confirmed', 'assessed'],
      actors: ['Vladimir Putin', 'Armed Forces of Ukraine'],
      countries: ['UKR', 'RUS'],
      from: '2024-11-01',
      to: '2024-11-30',
    });

    const filters = parseItemFilters(params);

    expect(filters).toEqual({
      q: 'missile',
      kinds: ITEM_KINDS.filter((kind) => kind !== 'strike' && kind !== 'front_line'),
      statuses: ['confirmed', 'assessed'],
      actors: ['Vladimir Putin', 'Armed Forces of Ukraine'],
      countries: ['UKR', 'RUS'],
      from: new Date('2024-11-01T00:00:00Z'),
      to: new Date('2024-11-30T00:00:00Z'),
    });
  });

  it('writes an empty kind list when every kind is hidden, which matches nothing', () => {
    const params = itemFilterParams({ ...EMPTY_STATE, hiddenKinds: [...ITEM_KINDS] });

    expect(parseItemFilters(params).kinds).toEqual([]);
  });
});
