'use client';
// The dashboard's state lives in the URL (lib/url-state.ts), so a link reopens the same view; this
// hook mirrors it once the page is in the browser and names each way the dashboard changes it.
import type { CompareState } from '@/lib/changes/url-state';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ItemKind } from '@/lib/items/kinds';
import { EMPTY_STATE, parseDashboardState, serializeDashboardState, type DashboardState, type MapView, type PanelTab } from '@/lib/url-state';
import type { Locale } from '@/lib/i18n/locales';

/** What a change does to the browser history: a new entry (back undoes it) or the current one replaced. */
type HistoryMode = 'push' | 'replace';

const readUrlState = () => parseDashboardState(new URLSearchParams(window.location.search));

function writeUrlState(state: DashboardState, mode: HistoryMode) {
  const url = `${window.location.pathname}${serializeDashboardState(state)}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

export interface DashboardActions {
  selectItem: (id: number) => void;
  selectRegion: (id: string) => void;
  clearSelection: () => void;
  changeView: (view: MapView) => void;
  changeFilters: (change: Partial<Pick<DashboardState, 'query' | 'statuses' | 'actors' | 'countries' | 'sources' | 'support'>>) => void;
  changeAsOf: (asOf: string | null) => void;
  changeCompare: (compare: CompareState | null) => void;
  changeRange: (range: { from: string | null; to: string | null }) => void;
  toggleKind: (kind: ItemKind) => void;
  toggleTable: () => void;
  changeTab: (tab: PanelTab) => void;
  changeLocale: (locale: Locale) => void;
}

/**
 * The URL's dashboard state (null until the page runs in the browser, where the URL is readable) and
 * the actions changing it. Selection and filter changes push a history entry (back works); the camera,
 * the time range being dragged and the legend toggles replace it.
 */
export function useDashboardUrlState(): { state: DashboardState | null; actions: DashboardActions } {
  const [state, setState] = useState<DashboardState | null>(null);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the URL is only readable in the browser
    setState(readUrlState());
    const onPopState = () => setState(readUrlState());
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const update = useCallback((change: (current: DashboardState) => Partial<DashboardState>, mode: HistoryMode) => {
    setState((current) => {
      const base = current ?? EMPTY_STATE;
      const next = { ...base, ...change(base) };
      writeUrlState(next, mode);
      return next;
    });
  }, []);

  const actions = useMemo(
    (): DashboardActions => ({
      selectItem: (id) => update(() => ({ item: id, region: null }), 'push'),
      selectRegion: (id) => update(() => ({ item: null, region: id }), 'push'),
      clearSelection: () => update(() => ({ item: null, region: null }), 'push'),
      changeView: (view) => update(() => ({ view }), 'replace'),
      changeFilters: (change) => update(() => change, 'push'),
      changeAsOf: (asOf) => update(() => ({ asOf }), 'push'),
      changeCompare: (compare) => update(() => ({ compare }), 'push'),
      changeRange: (range) => update(() => range, 'replace'),
      toggleKind: (kind) =>
        update(({ hiddenKinds }) => ({ hiddenKinds: hiddenKinds.includes(kind) ? hiddenKinds.filter((k) => k !== kind) : [...hiddenKinds, kind] }), 'replace'),
      toggleTable: () => update(({ table }) => ({ table: !table }), 'push'),
      changeTab: (tab) => update(() => ({ tab }), 'push'),
      changeLocale: (locale) => update(() => ({ locale }), 'push'),
    }),
    [update],
  );

  return { state, actions };
}
