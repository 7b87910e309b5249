import { describe, expect, it } from 'vitest';
import { emptyListReason, panelView, type PanelInputs } from './panel-view';

/** The list of a small database, everything loaded and nothing selected; tests change one thing. */
function listInputs(change: Partial<PanelInputs> = {}): PanelInputs {
  return {
    urlRead: true,
    sourceKnown: true,
    paged: false,
    items: { loaded: true, loading: false, failed: false },
    selectedItemLoading: false,
    selectedItemId: null,
    selectedItemFound: false,
    selectedRegionId: null,
    region: { loaded: false, failed: false },
    ...change,
  };
}

describe('panelView', () => {
  it('shows the list when everything is loaded and nothing is selected', () => {
    expect(panelView(listInputs())).toEqual({ show: 'list' });
  });

  it('waits for the URL to be read', () => {
    expect(panelView(listInputs({ urlRead: false }))).toEqual({ show: 'loading' });
  });

  it('waits for the item source to be chosen', () => {
    expect(panelView(listInputs({ sourceKnown: false }))).toEqual({ show: 'loading' });
  });

  it('waits for the first page when paged', () => {
    expect(panelView(listInputs({ paged: true, items: { loaded: false, loading: false, failed: false } }))).toEqual({ show: 'loading' });
  });

  it('waits while the first items load', () => {
    expect(panelView(listInputs({ items: { loaded: false, loading: true, failed: false } }))).toEqual({ show: 'loading' });
  });

  it('keeps showing loaded items while newer ones load', () => {
    expect(panelView(listInputs({ items: { loaded: true, loading: true, failed: false } }))).toEqual({ show: 'list' });
  });

  it('waits for a selected item asked for alone', () => {
    expect(panelView(listInputs({ selectedItemId: 7, selectedItemLoading: true }))).toEqual({ show: 'loading' });
  });

  it('reports failed items before any selection', () => {
    expect(panelView(listInputs({ items: { loaded: false, loading: false, failed: true }, selectedItemId: 7 }))).toEqual({ show: 'itemsFailed' });
  });

  it('shows the selected item when it is found', () => {
    expect(panelView(listInputs({ selectedItemId: 7, selectedItemFound: true }))).toEqual({ show: 'item' });
  });

  it('says which selected item is missing', () => {
    expect(panelView(listInputs({ selectedItemId: 7 }))).toEqual({ show: 'missingItem', id: 7 });
  });

  it('prefers the selected item to the selected region', () => {
    expect(panelView(listInputs({ selectedItemId: 7, selectedItemFound: true, selectedRegionId: 'FRA', region: { loaded: true, failed: false } }))).toEqual({
      show: 'item',
    });
  });

  it('shows the selected region once loaded', () => {
    expect(panelView(listInputs({ selectedRegionId: 'FRA', region: { loaded: true, failed: false } }))).toEqual({ show: 'region' });
  });

  it('waits for the selected region', () => {
    expect(panelView(listInputs({ selectedRegionId: 'FRA' }))).toEqual({ show: 'regionLoading' });
  });

  it('reports a region that failed to load', () => {
    expect(panelView(listInputs({ selectedRegionId: 'FRA', region: { loaded: false, failed: true } }))).toEqual({ show: 'regionFailed' });
  });
});

/** A list of 3 loaded items, all visible; tests change one thing. */
function listCounts(change: Partial<Parameters<typeof emptyListReason>[0]> = {}) {
  return { paged: false, loadedCount: 3, query: '', asOf: null, shownCount: 3, visibleCount: 0, ...change };
}

describe('emptyListReason', () => {
  it('asks to move the map when a page of the view is empty', () => {
    expect(emptyListReason(listCounts({ paged: true, loadedCount: 0 }))).toBe('noneInView');
  });

  it('says nothing is recorded when the database is empty', () => {
    expect(emptyListReason(listCounts({ loadedCount: 0, shownCount: 0 }))).toBe('empty');
  });

  it('says nothing was recorded yet at an "as of" instant before the first item', () => {
    expect(emptyListReason(listCounts({ loadedCount: 0, shownCount: 0, asOf: '2020-01-01' }))).toBe('emptyAsOf');
  });

  it('blames the search, not the database, when a search finds nothing', () => {
    expect(emptyListReason(listCounts({ loadedCount: 0, shownCount: 0, query: 'nothing' }))).toBe('noneMatch');
  });

  it('points at the legend when every matching kind is hidden', () => {
    expect(emptyListReason(listCounts())).toBe('allHidden');
  });

  it('blames the filters when no item matches them', () => {
    expect(emptyListReason(listCounts({ shownCount: 0 }))).toBe('noneMatch');
  });
});
