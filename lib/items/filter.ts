// The dashboard's filters, applied in the browser to the items it has (pure): the map, the list, the
// table and the region context all show the same subset.
import { dayMs, itemSpan, spanOverlaps } from '@/lib/dates';
import type { SupportLevel } from '@/lib/sources/support';
import type { ItemKind, ItemStatus } from './kinds';
import type { ItemFeature } from './types';

export interface ItemFilters {
  hiddenKinds: ItemKind[];
  statuses: ItemStatus[];
  actors: string[];
  countries: string[];
  /** Items citing any of these articles; empty: all. */
  sources: number[];
  /** Only items of this support level (lib/sources/support.ts); null: all. */
  support: SupportLevel | null;
  from: string | null;
  to: string | null;
}

const anyOf = <T>(wanted: T[], values: T[]) => wanted.length === 0 || values.some((value) => wanted.includes(value));

/** Filters by everything but kind: the legend's counts come from this, so hidden kinds still count. */
export function filterItemsExceptKind(items: ItemFeature[], filters: ItemFilters): ItemFeature[] {
  const [from, to] = [filters.from ? dayMs(filters.from) : null, filters.to ? dayMs(filters.to) : null];
  return items.filter(({ properties: p }) => {
    return (
      anyOf(filters.statuses, [p.status]) &&
      anyOf(filters.actors, p.actors) &&
      anyOf(filters.countries, p.countries) &&
      anyOf(filters.sources, p.sourceIds) &&
      (filters.support === null || p.support.level === filters.support) &&
      spanOverlaps(itemSpan(p), from, to)
    );
  });
}

export function filterItems(items: ItemFeature[], filters: ItemFilters): ItemFeature[] {
  return filterItemsExceptKind(items, filters).filter((item) => !filters.hiddenKinds.includes(item.properties.kind));
}

/** The actors and countries the items mention, sorted, for the filter menus. */
export function facets(items: ItemFeature[]): { actors: string[]; countries: string[] } {
  const actors = new Set<string>();
  const countries = new Set<string>();
  for (const { properties } of items) {
    properties.actors.forEach((actor) => actors.add(actor));
    properties.countries.forEach((country) => countries.add(country));
  }
  return { actors: [...actors].sort(), countries: [...countries].sort() };
}
