import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, parseDashboardState, serializeDashboardState, type DashboardState } from './url-state';

const state = (overrides: Partial<DashboardState> = {}): DashboardState => ({ ...EMPTY_STATE, ...overrides });
const roundTrip = (s: DashboardState) => parseDashboardState(new URLSearchParams(serializeDashboardState(s)));

describe('dashboard URL state', () => {
  it('round-trips a selected item, hidden kinds and the view', () => {
    const original = state({ item: 3, hiddenKinds: ['strike', 'front_line'], view: { lng: 35, lat: 48.4366, zoom: 6 } });
    expect(roundTrip(original)).toEqual(original);
  });

  it('round-trips the articles and the support level filtered by', () => {
    const original = state({ sources: [2, 3], support: 'corroborated' });
    expect(serializeDashboardState(original)).toBe('?source=2,3&support=corroborated');
    expect(roundTrip(original)).toEqual(original);
  });

  it('drops malformed article ids and unknown support levels', () => {
    expect(parseDashboardState(new URLSearchParams('source=0,x,4&support=strong'))).toEqual(state({ sources: [4] }));
  });

  it('round-trips a selected region', () => {
    expect(roundTrip(state({ region: 'eastern-mediterranean' }))).toEqual(state({ region: 'eastern-mediterranean' }));
  });

  it('round-trips filters, search, time range, as-of, language and table view', () => {
    const original = state({
      statuses: ['claimed', 'confirmed'],
      actors: ['Vladimir Putin', 'Gen. Charles Q. Brown Jr. (United States)'],
      countries: ['RUS', 'UKR'],
      query: 'Guérassimov & co',
      from: '2024-11-20',
      to: '2024-12-05',
      asOf: '2024-12-01T12:00:00Z',
      locale: 'fr',
      table: true,
    });
    expect(roundTrip(original)).toEqual(original);
  });

  it('round-trips the source filter, the support filter and the sources tab', () => {
    const original = state({ sources: [4, 12], support: 'corroborated', tab: 'sources' });
    expect(roundTrip(original)).toEqual(original);
  });

  it('keeps commas readable in the query string', () => {
    expect(serializeDashboardState(state({ view: { lng: 1, lat: 2, zoom: 3 } }))).toBe('?view=1.0000,2.0000,3.00');
  });

  it('ignores malformed values instead of failing', () => {
    const parsed = parseDashboardState(
      new URLSearchParams('item=abc&region=<script>&hide=bogus,strike&view=1,nope,3&from=2024-13-45&lang=de&status=maybe&country=russia&source=0,x,-2&support=maybe&tab=bogus'),
    );
    expect(parsed).toEqual(state({ hiddenKinds: ['strike'] }));
  });

  it('swaps a reversed time range', () => {
    const parsed = parseDashboardState(new URLSearchParams('from=2024-12-05&to=2024-11-20'));
    expect([parsed.from, parsed.to]).toEqual(['2024-11-20', '2024-12-05']);
  });

  it('serialises the empty state as an empty string', () => {
    expect(serializeDashboardState(EMPTY_STATE)).toBe('');
  });
});
