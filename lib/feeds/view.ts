// The dashboard state showing the view a set of API filters describes (pure): the way back from a
// feed, a webhook or a comparison to the map.
import { ITEM_KINDS } from '@/lib/items/kinds';
import type { ItemFilterQuery } from '@/lib/items/query';
import { EMPTY_STATE, type DashboardState } from '@/lib/url-state';

const day = (date: Date | undefined) => (date ? date.toISOString().slice(0, 10) : null);

export function dashboardFilters(filters: ItemFilterQuery): DashboardState {
  return {
    ...EMPTY_STATE,
    query: filters.q ?? '',
    hiddenKinds: filters.kinds ? ITEM_KINDS.filter((kind) => !filters.kinds!.includes(kind)) : [],
    statuses: filters.statuses ?? [],
    actors: filters.actors ?? [],
    countries: filters.countries ?? [],
    sources: filters.sources ?? [],
    support: filters.support ?? null,
    from: day(filters.from),
    to: day(filters.to),
  };
}
