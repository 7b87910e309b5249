import { describe, expect, it } from 'vitest';
import { facets, filterItems, filterItemsExceptKind, type ItemFilters } from './filter';
import { makeItemFeature } from '@/lib/testing/item-feature';
import type { ItemFeature } from './types';

const item = (id: number, overrides: Partial<ItemFeature['properties']> = {}) => makeItemFeature({ id, ...overrides });

const noFilters = (overrides: Partial<ItemFilters> = {}): ItemFilters => ({
  hiddenKinds: [],
  statuses: [],
  actors: [],
  countries: [],
  sources: [],
  support: null,
  from: null,
  to: null,
  ...overrides,
});
const ids = (items: ItemFeature[]) => items.map((i) => i.id);

describe('filterItems', () => {
  it('keeps everything without filters', () => {
    expect(ids(filterItems([item(1), item(2)], noFilters()))).toEqual([1, 2]);
  });

  it('drops hidden kinds', () => {
    const items = [item(1), item(2, { kind: 'front_line' })];
    expect(ids(filterItems(items, noFilters({ hiddenKinds: ['strike'] })))).toEqual([2]);
  });

  it('keeps only the chosen statuses', () => {
    const items = [item(1, { status: 'claimed' }), item(2)];
    expect(ids(filterItems(items, noFilters({ statuses: ['claimed'] })))).toEqual([1]);
  });

  it('keeps items with any of the chosen actors', () => {
    const items = [item(1, { actors: ['A', 'B'] }), item(2, { actors: ['C'] })];
    expect(ids(filterItems(items, noFilters({ actors: ['B', 'X'] })))).toEqual([1]);
  });

  it('keeps items concerning any of the chosen countries', () => {
    const items = [item(1, { countries: ['RUS'] }), item(2, { countries: ['USA'] })];
    expect(ids(filterItems(items, noFilters({ countries: ['USA'] })))).toEqual([2]);
  });

  it('keeps items whose span overlaps the time range', () => {
    const items = [item(1), item(2, { startDate: '2024-11-01', datePrecision: 'month' }), item(3, { startDate: '2025-01-20' })];
    expect(ids(filterItems(items, noFilters({ from: '2024-11-25', to: '2024-12-31' })))).toEqual([2]);
  });
});

describe('filterItems by source and support', () => {
  const excerpt = (sourceId: number, outlet: string, attribution: string | null = null) => ({
    ...makeItemFeature().properties.excerpts[0],
    sourceId,
    outlet,
    attribution,
  });
  const single = makeItemFeature({ id: 1, excerpts: [excerpt(1, 'Le Monde')] });
  const corroborated = makeItemFeature({ id: 2, excerpts: [excerpt(1, 'Le Monde'), excerpt(2, 'Reuters')] });
  const oneParty = makeItemFeature({ id: 3, excerpts: [excerpt(2, 'Reuters', 'Kremlin'), excerpt(3, 'AFP', 'Kremlin')] });
  const items = [single, corroborated, oneParty];

  it('keeps items citing any of the chosen articles', () => {
    expect(ids(filterItems(items, noFilters({ sources: [3] })))).toEqual([3]);
    expect(ids(filterItems(items, noFilters({ sources: [2, 3] })))).toEqual([2, 3]);
  });

  it('keeps only corroborated items (by the rule of lib/sources/support.ts)', () => {
    expect(ids(filterItems(items, noFilters({ support: 'corroborated' })))).toEqual([2]);
  });

  it('keeps only one party’s statements, however many outlets repeat them', () => {
    expect(ids(filterItems(items, noFilters({ support: 'one-party' })))).toEqual([3]);
  });
});

describe('filterItemsExceptKind', () => {
  it('ignores hidden kinds so the legend can count them', () => {
    expect(ids(filterItemsExceptKind([item(1)], noFilters({ hiddenKinds: ['strike'] })))).toEqual([1]);
  });
});

describe('facets', () => {
  it('lists each actor and country once, sorted', () => {
    const items = [item(1, { actors: ['B', 'A'], countries: ['UKR'] }), item(2, { actors: ['A'], countries: ['RUS', 'UKR'] })];
    expect(facets(items)).toEqual({ actors: ['A', 'B'], countries: ['RUS', 'UKR'] });
  });
});
