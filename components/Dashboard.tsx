'use client';
import Link from 'next/link';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ITEM_KINDS, type ItemKind } from '@/lib/items/kinds';
import type { BBox } from '@/lib/items/types';
import { useItemCount } from '@/lib/swr/use-item-count';
import { useItems } from '@/lib/swr/use-items';
import { useRegion, useRegions } from '@/lib/swr/use-region';
import { EMPTY_STATE, parseDashboardState, serializeDashboardState, type DashboardState, type MapView } from '@/lib/url-state';
import { itemSourceMode } from './map/item-source';
import { SituationMap } from './map/SituationMap';
import { ItemList } from './panels/ItemList';
import { ItemPanel } from './panels/ItemPanel';
import { Legend } from './panels/Legend';
import { RegionPanel } from './panels/RegionPanel';

function readUrlState(): DashboardState {
  return parseDashboardState(new URLSearchParams(window.location.search));
}

export function Dashboard({ sourceTitle, sourceId }: { sourceTitle: string | null; sourceId: number | null }) {
  // The URL is the source of truth; `state` mirrors it once the page is in the browser.
  const [state, setState] = useState<DashboardState | null>(null);
  const [mapError, setMapError] = useState<string | null>(null);
  const items = useItems();
  const itemCount = useItemCount();
  const regions = useRegions();
  const region = useRegion(state?.item === null ? (state?.region ?? null) : null);
  const detailHeading = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the URL is only readable in the browser
    setState(readUrlState());
    const onPopState = () => setState(readUrlState());
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  /** Selection changes push a history entry (back works); view changes replace it. */
  const update = useCallback((change: Partial<DashboardState>, mode: 'push' | 'replace') => {
    setState((current) => {
      const next = { ...(current ?? EMPTY_STATE), ...change };
      const url = `${window.location.pathname}${serializeDashboardState(next)}`;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      return next;
    });
  }, []);

  const selectItem = useCallback((id: number) => update({ item: id, region: null }, 'push'), [update]);
  const selectRegion = useCallback((id: string) => update({ item: null, region: id }, 'push'), [update]);
  const clearSelection = useCallback(() => update({ item: null, region: null }, 'push'), [update]);
  const changeView = useCallback((view: MapView) => update({ view }, 'replace'), [update]);
  const toggleKind = useCallback(
    (kind: ItemKind) =>
      setState((current) => {
        const hidden = current?.hiddenKinds ?? [];
        const next = hidden.includes(kind) ? hidden.filter((k) => k !== kind) : [...hidden, kind];
        const nextState = { ...(current ?? EMPTY_STATE), hiddenKinds: next };
        window.history.replaceState(null, '', `${window.location.pathname}${serializeDashboardState(nextState)}`);
        return nextState;
      }),
    [],
  );

  const features = useMemo(() => items.data?.features ?? [], [items.data]);
  const selectedItem = state?.item != null ? features.find((f) => f.id === state.item) : undefined;
  const hiddenKinds = useMemo(() => state?.hiddenKinds ?? [], [state?.hiddenKinds]);
  const visibleItems = features.filter((f) => !hiddenKinds.includes(f.properties.kind));
  const counts = useMemo(() => {
    const byKind = Object.fromEntries(ITEM_KINDS.map((k) => [k, 0])) as Record<ItemKind, number>;
    for (const f of features) byKind[f.properties.kind] += 1;
    return byKind;
  }, [features]);
  const theatres = useMemo(() => regions.data?.regions.filter((r) => r.kind === 'theatre'), [regions.data]);

  const focus: BBox | null = selectedItem?.bbox ?? region.data?.region.bbox ?? null;
  const returnTo = state ? `/${serializeDashboardState(state)}` : '/';
  const selectionKey = `${state?.item ?? ''}|${state?.region ?? ''}`;

  // Move keyboard focus to the opened detail so screen readers announce it.
  useEffect(() => {
    if (state?.item != null || state?.region != null) detailHeading.current?.querySelector('h2')?.focus();
  }, [selectionKey, selectedItem, region.data, state?.item, state?.region]);

  let panel: React.ReactNode;
  if (state === null || items.isLoading) {
    panel = <p className="status-line" role="status">Loading the situation…</p>;
  } else if (items.error) {
    panel = (
      <div className="error" role="alert">
        <p>The items could not be loaded: {items.error.message}</p>
        <button type="button" onClick={() => void items.mutate()}>
          Try again
        </button>
      </div>
    );
  } else if (state.item !== null) {
    panel = selectedItem ? (
      <ItemPanel item={selectedItem} returnTo={returnTo} />
    ) : (
      <p className="error" role="alert">
        Item {state.item} does not exist (any more).
      </p>
    );
  } else if (state.region !== null) {
    panel = region.error ? (
      <p className="error" role="alert">
        {region.error.message}
      </p>
    ) : region.data ? (
      <RegionPanel context={region.data} onSelectItem={selectItem} returnTo={returnTo} />
    ) : (
      <p className="status-line" role="status">Loading the region’s context…</p>
    );
  } else {
    panel = (
      <>
        <h2 className="list-title">Items by date ({visibleItems.length})</h2>
        <ItemList
          items={visibleItems}
          selectedId={null}
          onSelect={selectItem}
          emptyMessage={features.length ? 'Every kind is hidden: turn one on in the legend.' : 'No item has been recorded yet.'}
        />
        {theatres && theatres.length > 0 && (
          <>
            <h2 className="list-title">Theatres</h2>
            <ul className="theatre-list">
              {theatres.map((t) => (
                <li key={t.id}>
                  <button type="button" className="link-button" onClick={() => selectRegion(t.id)}>
                    {t.name}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </>
    );
  }

  return (
    <div className="dashboard">
      <header className="topbar">
        <h1>
          {/* A full load on purpose: it resets selection, filters and view, which live outside the router. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/">Sitmap</a>
        </h1>
        {sourceTitle && sourceId !== null && (
          <Link className="source-link" href={`/article/${sourceId}`}>
            {sourceTitle}
          </Link>
        )}
      </header>
      <div className="map-area">
        {state && (
          <SituationMap
            items={items.data}
            itemSource={itemSourceMode(itemCount.data?.items ?? 0)}
            theatres={theatres}
            hiddenKinds={hiddenKinds}
            selectedItemId={state.item}
            selectedRegionId={state.item === null ? state.region : null}
            focus={focus}
            initialView={state.view}
            onSelectItem={selectItem}
            onSelectRegion={selectRegion}
            onViewChange={changeView}
            onError={setMapError}
          />
        )}
        {mapError && (
          <p className="map-error" role="alert">
            {mapError}
          </p>
        )}
      </div>
      <aside className="panel" aria-label="Details">
        <Legend counts={counts} hiddenKinds={hiddenKinds} onToggle={toggleKind} />
        <div className="panel-body" ref={detailHeading}>
          {(state?.item != null || state?.region != null) && (
            <button type="button" className="back-button" onClick={clearSelection}>
              ← All items
            </button>
          )}
          <div aria-live="polite">{panel}</div>
        </div>
      </aside>
    </div>
  );
}
