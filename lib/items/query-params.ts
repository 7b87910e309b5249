// The dashboard's filters as query parameters of /api/items and /api/tiles (pure, no zod: the browser
// builds them, the server parses them with lib/items/query.ts).
import { ITEM_KINDS } from './kinds';
import type { ItemFilters } from './filter';

/** The filter parameters the item and tile APIs read (`actor` may repeat). */
export const ITEM_FILTER_PARAMS = ['q', 'kind', 'status', 'actor', 'country', 'source', 'support', 'from', 'to'] as const;

/** The dashboard's filters and search; hidden kinds become the list of the kinds shown. */
export function itemFilterParams(filters: ItemFilters & { query: string }): URLSearchParams {
  const params = new URLSearchParams();
  const q = filters.query.trim();
  if (q) params.set('q', q);
  if (filters.hiddenKinds.length) params.set('kind', ITEM_KINDS.filter((kind) => !filters.hiddenKinds.includes(kind)).join(','));
  if (filters.statuses.length) params.set('status', filters.statuses.join(','));
  for (const actor of filters.actors) params.append('actor', actor);
  if (filters.countries.length) params.set('country', filters.countries.join(','));
  if (filters.sources.length) params.set('source', filters.sources.join(','));
  if (filters.support) params.set('support', filters.support);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  return params;
}
