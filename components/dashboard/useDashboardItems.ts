'use client';
// Which items the dashboard shows, and from where: the whole collection filtered in the browser while
// the database is small, a page of the items in view filtered by the server above the threshold
// (docs/scale.md, "The dashboard above the threshold"), plus the facets and counts the panels show.
import { useMemo, useState } from 'react';
import { facets, filterItems, filterItemsExceptKind } from '@/lib/items/filter';
import { ITEM_KINDS, type ItemKind } from '@/lib/items/kinds';
import { itemFilterParams } from '@/lib/items/query-params';
import type { BBox } from '@/lib/items/types';
import { viewportBBox, viewportItemsUrl } from '@/lib/items/viewport';
import { itemSourceMode } from '@/lib/map/item-source';
import { useItemCount } from '@/lib/swr/use-item-count';
import { useItem, useItems, useViewportItems } from '@/lib/swr/use-items';
import { EMPTY_STATE, type DashboardState } from '@/lib/url-state';

/** `?itemSource=tiles|geojson`, read once: not dashboard state but a switch for the browser benchmark (docs/benchmarks.md). */
function useRequestedItemSource() {
  const [requested] = useState(() => (typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get('itemSource')));
  return requested;
}

export function useDashboardItems(state: DashboardState | null) {
  const itemCount = useItemCount();
  const requestedItemSource = useRequestedItemSource();
  // Known once /api/health answered (or the page forced it): no item is loaded before, so a large
  // database is never downloaded whole.
  const forcedSource = requestedItemSource === 'tiles' || requestedItemSource === 'geojson';
  const sourceMode = forcedSource || itemCount.data || itemCount.error ? itemSourceMode(itemCount.data?.items ?? 0, requestedItemSource) : null;
  // Above the threshold the list is a page of the items in view (the past, "as of", is still rebuilt whole).
  const paged = sourceMode === 'tiles' && !state?.asOf;
  const [viewport, setViewport] = useState<BBox | null>(null);
  const filters = state ?? EMPTY_STATE;
  const pageUrl = paged && viewport ? viewportItemsUrl(filters, viewportBBox(viewport)) : null;
  const fullItems = useItems(state?.query ?? '', state?.asOf ?? null, state !== null && sourceMode !== null && !paged);
  const viewportItems = useViewportItems(pageUrl);
  const items = paged ? viewportItems : fullItems;

  const all = useMemo(() => items.data?.features ?? [], [items.data]);
  // A page comes filtered by the server; the whole collection is filtered here.
  const shown = useMemo(() => (paged ? all : filterItemsExceptKind(all, filters)), [all, filters, paged]);
  const visible = useMemo(() => (paged ? all : filterItems(all, filters)), [all, filters, paged]);
  const withoutTime = useMemo(() => (paged ? all : filterItems(all, { ...filters, from: null, to: null })), [all, filters, paged]);
  const tileFilters = useMemo(() => itemFilterParams(filters).toString(), [filters]);
  const shownCollection = useMemo(() => items.data && { ...items.data, features: shown }, [items.data, shown]);
  const counts = useMemo(() => {
    const byKind = Object.fromEntries(ITEM_KINDS.map((k) => [k, 0])) as Record<ItemKind, number>;
    for (const f of shown) byKind[f.properties.kind] += 1;
    return byKind;
  }, [shown]);
  const { actors, countries } = useMemo(() => facets(all), [all]);

  const inList = state?.item != null ? all.find((f) => f.id === state.item) : undefined;
  // A page may not hold the item picked on the map: it is then asked for alone.
  const single = useItem(paged && state?.item != null && !inList && items.data ? state.item : null);

  return {
    /** null until known: no item is drawn or listed before. */
    sourceMode,
    paged,
    /** The SWR answer the items come from (whole collection or page): loading, error, retry. */
    items,
    /** Every item loaded, before the dashboard's filters. */
    all,
    /** What the map draws: filtered except by kind (the legend hides kinds by layer visibility). */
    shown,
    shownCollection,
    /** What the list, table and exports show: every filter applied. */
    visible,
    /** The timeline's items: every filter but the time range it sets. */
    withoutTime,
    /** The filters as a query string, for the item tiles. */
    tileFilters,
    counts,
    actors,
    countries,
    selectedItem: inList ?? single.data,
    selectedItemLoading: single.isLoading,
    onBoundsChange: setViewport,
  };
}

export type DashboardItems = ReturnType<typeof useDashboardItems>;
