// A webhook's view: the dashboard's address (or just its query) turned into the filter parameters of
// /api/items, validated as that API validates them; and whether an item state lies in it (pure).
import { assertKnownParams } from '@/lib/api/known-params';
import { dashboardFilters } from '@/lib/feeds/view';
import { bboxOf } from '@/lib/geo/bbox';
import { filterItems } from '@/lib/items/filter';
import { toItemFeature } from '@/lib/items/feature';
import { ITEM_KINDS } from '@/lib/items/kinds';
import { parseItemFilters, type ItemFilterQuery } from '@/lib/items/query';
import type { ExcerptDto, ItemState } from '@/lib/items/schema';
import { ITEM_FILTER_PARAMS } from '@/lib/items/query-params';

/** Dashboard parameters that say how the view is shown, not which items are in it. */
const PRESENTATION_PARAMS = ['item', 'region', 'lang', 'view', 'table'];

/** The filter parameters of a view given as a dashboard address, a query string, or nothing (every item). */
export function viewFilterParams(view: string): URLSearchParams {
  const query = view.includes('?') ? view.slice(view.indexOf('?') + 1) : view.includes('=') ? view : '';
  const given = new URLSearchParams(query.replace(/^\?/, ''));
  assertKnownParams(given, [...ITEM_FILTER_PARAMS, 'hide', ...PRESENTATION_PARAMS]);
  const filters = new URLSearchParams();
  for (const name of ITEM_FILTER_PARAMS) for (const value of given.getAll(name)) filters.append(name, value);
  // The dashboard hides kinds; the API lists the kinds shown.
  const hidden = (given.get('hide') ?? '').split(',');
  if (given.has('hide') && !given.has('kind')) filters.set('kind', ITEM_KINDS.filter((kind) => !hidden.includes(kind)).join(','));
  parseItemFilters(filters);
  return filters;
}

/**
 * Whether a state of item `id` (deleted or not: a deletion is news to the view it left) is in the
 * view, by every filter but the full-text search (`q` needs the search index: the caller asks it).
 * `excerpts` holds (at least) the excerpts the state cites, which the source and support filters read.
 */
export function stateInView(id: number, state: ItemState | null, filters: ItemFilterQuery, excerpts: ReadonlyMap<number, ExcerptDto>): boolean {
  if (!state) return false;
  const cited = state.input.excerptIds.flatMap((excerptId) => excerpts.get(excerptId) ?? []);
  const feature = toItemFeature(id, state.version, state.input, bboxOf(state.input.geometry)!, cited);
  return filterItems([feature], dashboardFilters(filters)).length === 1;
}
