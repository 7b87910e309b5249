// What the dashboard's side panel shows (pure): one answer per state of the data and the selection,
// in the order they take precedence, so the panel is a lookup instead of nested conditions.

export type PanelView =
  | { show: 'loading' }
  | { show: 'itemsFailed' }
  | { show: 'item' }
  | { show: 'missingItem'; id: number }
  | { show: 'regionFailed' }
  | { show: 'region' }
  | { show: 'regionLoading' }
  | { show: 'list' };

export interface PanelInputs {
  /** False until the URL has been read in the browser. */
  urlRead: boolean;
  /** False until the item source (whole collection or pages) is chosen. */
  sourceKnown: boolean;
  paged: boolean;
  items: { loaded: boolean; loading: boolean; failed: boolean };
  /** The selected item is being asked for alone (not in the page). */
  selectedItemLoading: boolean;
  selectedItemId: number | null;
  selectedItemFound: boolean;
  selectedRegionId: string | null;
  region: { loaded: boolean; failed: boolean };
}

export function panelView(inputs: PanelInputs): PanelView {
  const { items, region } = inputs;
  const waitingForPage = inputs.paged && !items.loaded && !items.failed;
  if (!inputs.urlRead || !inputs.sourceKnown || waitingForPage || (items.loading && !items.loaded) || inputs.selectedItemLoading) return { show: 'loading' };
  if (items.failed) return { show: 'itemsFailed' };
  if (inputs.selectedItemId !== null) return inputs.selectedItemFound ? { show: 'item' } : { show: 'missingItem', id: inputs.selectedItemId };
  if (inputs.selectedRegionId !== null) return region.failed ? { show: 'regionFailed' } : region.loaded ? { show: 'region' } : { show: 'regionLoading' };
  return { show: 'list' };
}

/** Why the item list is empty, as a key of the `list` messages. */
export type EmptyListReason = 'noneInView' | 'emptyAsOf' | 'empty' | 'allHidden' | 'noneMatch';

export function emptyListReason(inputs: { paged: boolean; loadedCount: number; query: string; asOf: string | null; shownCount: number; visibleCount: number }): EmptyListReason {
  if (inputs.paged) return 'noneInView';
  if (inputs.loadedCount === 0 && !inputs.query) return inputs.asOf ? 'emptyAsOf' : 'empty';
  // Items pass the filters but the legend hides every kind they have.
  return inputs.shownCount && !inputs.visibleCount ? 'allHidden' : 'noneMatch';
}
