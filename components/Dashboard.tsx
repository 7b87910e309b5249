'use client';
import Link from 'next/link';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { I18nProvider } from '@/components/i18n';
import { MESSAGES } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
import { facets, filterItems, filterItemsExceptKind } from '@/lib/items/filter';
import { formatInstant } from '@/lib/items/format';
import { ITEM_KINDS, type ItemKind } from '@/lib/items/kinds';
import type { BBox } from '@/lib/items/types';
import { useItemCount } from '@/lib/swr/use-item-count';
import { itemFilterParams } from '@/lib/items/query-params';
import { VIEWPORT_PAGE_SIZE, viewportBBox, viewportItemsUrl } from '@/lib/items/viewport';
import { useItem, useItems, useViewportItems } from '@/lib/swr/use-items';
import { useRegion, useRegions } from '@/lib/swr/use-region';
import { EMPTY_STATE, parseDashboardState, serializeDashboardState, type DashboardState, type MapView } from '@/lib/url-state';
import { itemSourceMode } from './map/item-source';
import { SituationMap } from './map/SituationMap';
import { ExportButtons } from './panels/ExportButtons';
import { Filters, type FilterValues } from './panels/Filters';
import { ItemList } from './panels/ItemList';
import { ItemPanel } from './panels/ItemPanel';
import { ItemTable } from './panels/ItemTable';
import { Legend } from './panels/Legend';
import { RegionPanel } from './panels/RegionPanel';
import { Timeline } from './timeline/Timeline';
import { ChangeLegend } from './changes/ChangeLegend';
import { ComparePanel } from './changes/ComparePanel';
import { FollowLinks } from './panels/FollowLinks';
import { useChanges } from '@/lib/swr/use-changes';
import type { CompareState } from '@/lib/changes/url-state';

interface DashboardProps {
  sourceTitle: string | null;
  sourceLanguage: string | null;
  sourceId: number | null;
  /** The language the browser asked for, used until the URL says otherwise. */
  browserLocale: Locale;
}

const readUrlState = () => parseDashboardState(new URLSearchParams(window.location.search));

export function Dashboard({ sourceTitle, sourceLanguage, sourceId, browserLocale }: DashboardProps) {
  // The URL is the source of truth; `state` mirrors it once the page is in the browser.
  const [state, setState] = useState<DashboardState | null>(null);
  const [mapError, setMapError] = useState(false);
  const locale = state?.locale ?? browserLocale;
  const t = MESSAGES[locale];
  const itemCount = useItemCount();
  // Not part of the dashboard's URL state: a switch for the browser benchmark (docs/benchmarks.md).
  const [requestedItemSource] = useState(() => (typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get('itemSource')));
  // Known once /api/health answered (or the page forced it): no item is loaded before, so a large
  // database is never downloaded whole. docs/scale.md, "The dashboard above the threshold".
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
  const changes = useChanges(state?.compare ?? null, filters);
  const regions = useRegions();
  const region = useRegion(state?.item === null ? (state?.region ?? null) : null);
  const panelBody = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the URL is only readable in the browser
    setState(readUrlState());
    const onPopState = () => setState(readUrlState());
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  /** Selection and filter changes push a history entry (back works); the camera and dragging replace it. */
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
  const changeFilters = useCallback((change: Partial<FilterValues>) => update(change, 'push'), [update]);
  const changeAsOf = useCallback((asOf: string | null) => update({ asOf }, 'push'), [update]);
  const changeCompare = useCallback((compare: CompareState | null) => update({ compare }, 'push'), [update]);
  const changeRange = useCallback((range: { from: string | null; to: string | null }) => update(range, 'replace'), [update]);
  const toggleKind = useCallback(
    (kind: ItemKind) =>
      setState((current) => {
        const hidden = current?.hiddenKinds ?? [];
        const next = { ...(current ?? EMPTY_STATE), hiddenKinds: hidden.includes(kind) ? hidden.filter((k) => k !== kind) : [...hidden, kind] };
        window.history.replaceState(null, '', `${window.location.pathname}${serializeDashboardState(next)}`);
        return next;
      }),
    [],
  );

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
  const countryNames = useMemo(
    () => new Map((regions.data?.regions ?? []).filter((r) => r.isoA3).map((r) => [r.isoA3!, r.name])),
    [regions.data],
  );
  const countryName = useCallback((iso: string) => countryNames.get(iso) ?? iso, [countryNames]);
  const theatres = useMemo(() => regions.data?.regions.filter((r) => r.kind === 'theatre'), [regions.data]);

  const inList = state?.item != null ? all.find((f) => f.id === state.item) : undefined;
  // A page may not hold the item picked on the map: it is then asked for alone.
  const single = useItem(paged && state?.item != null && !inList && items.data ? state.item : null);
  const selectedItem = inList ?? single.data;
  const regionItems = useMemo(() => (region.data ? filterItems(region.data.items, filters) : []), [region.data, filters]);
  const focus: BBox | null = selectedItem?.bbox ?? region.data?.region.bbox ?? null;
  const returnTo = state ? `/${serializeDashboardState(state)}` : '/';
  const selectedName = selectedItem?.properties.title ?? region.data?.region.name ?? '';

  // Move keyboard focus to an opened detail so screen readers read it.
  useEffect(() => {
    if (selectedName) panelBody.current?.querySelector<HTMLElement>('#detail-title')?.focus();
  }, [selectedName]);

  const emptyMessage = paged
    ? t.list.noneInView
    : all.length === 0 && !state?.query
      ? state?.asOf
        ? t.list.emptyAsOf
        : t.list.empty
      : shown.length && !visible.length
        ? t.list.allHidden
        : t.list.noneMatch;

  let panel: React.ReactNode;
  if (state === null || sourceMode === null || (paged && !items.data && !items.error) || (items.isLoading && !items.data) || single.isLoading) {
    panel = (
      <p className="status-line" role="status">
        {t.states.loading}
      </p>
    );
  } else if (items.error) {
    panel = (
      <div className="error" role="alert">
        <p>{t.states.itemsFailed(items.error.message)}</p>
        <button type="button" onClick={() => void items.mutate()}>
          {t.states.retry}
        </button>
      </div>
    );
  } else if (state.item !== null) {
    panel = selectedItem ? (
      <ItemPanel item={selectedItem} returnTo={returnTo} countryName={countryName} />
    ) : (
      <p className="error" role="alert">
        {t.states.missingItem(state.item)}
      </p>
    );
  } else if (state.region !== null) {
    panel = region.error ? (
      <p className="error" role="alert">
        {region.error.message}
      </p>
    ) : region.data ? (
      <RegionPanel context={region.data} items={regionItems} onSelectItem={selectItem} returnTo={returnTo} />
    ) : (
      <p className="status-line" role="status">
        {t.states.loadingRegion}
      </p>
    );
  } else {
    panel = (
      <>
        <div className="list-header">
          <h2 className="list-title">{paged ? t.list.inView(visible.length, items.data?.numberMatched ?? visible.length) : t.list.title(visible.length)}</h2>
          <button type="button" className="link-button" aria-pressed={state.table} onClick={() => update({ table: !state.table }, 'push')}>
            {state.table ? t.list.list : t.list.table}
          </button>
        </div>
        {paged && <p className="page-note">{t.list.pageNote(VIEWPORT_PAGE_SIZE)}</p>}
        <ExportButtons items={visible} />
        <FollowLinks filters={filters} />
        <ComparePanel key={JSON.stringify(state.compare)} compare={state.compare} changes={changes} onChange={changeCompare} onSelectItem={selectItem} />
        {!state.table && <ItemList items={visible} selectedId={null} onSelect={selectItem} emptyMessage={emptyMessage} />}
        {theatres && theatres.length > 0 && (
          <>
            <h2 className="list-title">{t.list.theatres}</h2>
            <ul className="theatre-list">
              {theatres.map((theatre) => (
                <li key={theatre.id}>
                  <button type="button" className="link-button" onClick={() => selectRegion(theatre.id)}>
                    {theatre.name}
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
    <I18nProvider locale={locale}>
      <div className="dashboard">
        <header className="topbar">
          <h1>
            {/* A full load on purpose: it resets selection, filters and view, which live outside the router. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/">Sitmap</a>
          </h1>
          {sourceTitle && sourceId !== null && (
            <Link className="source-link" href={`/article/${sourceId}?lang=${locale}`} lang={sourceLanguage ?? undefined}>
              {sourceTitle}
            </Link>
          )}
          <button
            type="button"
            className="language-switch"
            lang={locale === 'en' ? 'fr' : 'en'}
            aria-label={t.header.switchLabel}
            onClick={() => update({ locale: locale === 'en' ? 'fr' : 'en' }, 'push')}
          >
            {t.header.switchTo}
          </button>
        </header>
        <main className="map-area">
          <div className="map-frame">
            {state && (
              <SituationMap
                items={shownCollection}
                itemSource={sourceMode}
                tileFilters={tileFilters}
                theatres={theatres}
                hiddenKinds={filters.hiddenKinds}
                selectedItemId={state.item}
                selectedRegionId={state.item === null ? state.region : null}
                focus={focus}
                initialView={state.view}
                label={t.states.map}
                onSelectItem={selectItem}
                onSelectRegion={selectRegion}
                onViewChange={changeView}
                onBoundsChange={setViewport}
                onError={() => setMapError(true)}
                changes={state.compare ? changes.data : null}
              />
            )}
            <p className="visually-hidden" aria-live="polite">
              {selectedName && t.detail.selected(selectedName)}
            </p>
            {state?.asOf && (
              <p className="as-of-banner" role="status">
                {t.filters.asOfBanner(formatInstant(state.asOf, t))}{' '}
                {sourceMode === 'tiles' && <strong>{t.filters.asOfNotOnMap} </strong>}
                <button type="button" className="link-button" onClick={() => changeAsOf(null)}>
                  {t.filters.backToNow}
                </button>
              </p>
            )}
            {state?.compare && <ChangeLegend compare={state.compare} onStop={() => changeCompare(null)} />}
            {mapError && (
              <p className="map-error" role="alert">
                {t.states.mapFailed}
              </p>
            )}
            {state?.table && (
              <div className="table-overlay">
                <ItemTable items={visible} selectedId={state.item} onSelect={selectItem} countryName={countryName} emptyMessage={emptyMessage} />
              </div>
            )}
          </div>
          {state && (
            <Timeline allItems={all} items={withoutTime} from={state.from} to={state.to} onChange={changeRange} />
          )}
        </main>
        <aside className="panel" aria-label={t.states.details}>
          {state && (
            <Filters
              values={{ query: state.query, statuses: state.statuses, actors: state.actors, countries: state.countries }}
              asOf={state.asOf}
              onAsOfChange={changeAsOf}
              actors={actors}
              countries={countries}
              countryName={countryName}
              onChange={changeFilters}
            />
          )}
          <Legend counts={counts} hiddenKinds={filters.hiddenKinds} onToggle={toggleKind} />
          <div className="panel-body" ref={panelBody}>
            {(state?.item != null || state?.region != null) && (
              <button type="button" className="back-button" onClick={clearSelection}>
                {t.list.allItems}
              </button>
            )}
            <div aria-live="polite">{panel}</div>
          </div>
        </aside>
      </div>
    </I18nProvider>
  );
}
