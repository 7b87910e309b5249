'use client';
// The dashboard's layout: header, map with its overlays and timeline, side panel. State comes from
// the URL (useDashboardUrlState), items from useDashboardItems, regions from useDashboardRegions.
import { useEffect, useState } from 'react';
import { I18nProvider } from '@/components/i18n';
import { SituationMap } from '@/components/map/SituationMap';
import { Filters } from '@/components/panels/Filters';
import { ItemTable } from '@/components/panels/ItemTable';
import { Legend } from '@/components/panels/Legend';
import { SourceFilterNote } from '@/components/panels/SourcesPanel';
import { Timeline } from '@/components/timeline/Timeline';
import { MESSAGES } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
import { formatInstant } from '@/lib/items/format';
import type { BBox } from '@/lib/items/types';
import { EMPTY_STATE, serializeDashboardState } from '@/lib/url-state';
import { DetailPanel } from './DetailPanel';
import { emptyListReason } from './panel-view';
import { useDashboardItems } from './useDashboardItems';
import { useDashboardRegions } from './useDashboardRegions';
import { useDashboardUrlState } from './useDashboardUrlState';
import { ChangeLegend } from '@/components/changes/ChangeLegend';
import { useChanges } from '@/lib/swr/use-changes';

interface DashboardProps {
  /** What the map is about (lib/situation), named in the header. */
  situation: { name: string; description: string };
  /** The language the browser asked for, used until the URL says otherwise. */
  browserLocale: Locale;
}

export function Dashboard({ situation, browserLocale }: DashboardProps) {
  const { state, actions } = useDashboardUrlState();
  const data = useDashboardItems(state);
  const regions = useDashboardRegions(state);
  const [mapError, setMapError] = useState(false);
  const locale = state?.locale ?? browserLocale;
  const t = MESSAGES[locale];

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const { selectedItem, visible } = data;
  const region = regions.region.data;
  const filters = state ?? EMPTY_STATE;
  const changes = useChanges(state?.compare ?? null, filters);
  const focus: BBox | null = selectedItem?.bbox ?? region?.region.bbox ?? null;
  const returnTo = state ? `/${serializeDashboardState(state)}` : '/';
  const selectedName = selectedItem?.properties.title ?? region?.region.name ?? '';
  const emptyMessage =
    t.list[
      emptyListReason({
        paged: data.paged,
        loadedCount: data.all.length,
        query: filters.query,
        asOf: filters.asOf,
        shownCount: data.shown.length,
        visibleCount: visible.length,
      })
    ];

  return (
    <I18nProvider locale={locale}>
      <div className="dashboard">
        <header className="topbar">
          {/* A full load on purpose: it resets selection, filters and view, which live outside the router. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a className="brand" href="/">
            Sitmap
          </a>
          <div className="situation">
            <h1>{situation.name}</h1>
            {situation.description && <p className="situation-description">{situation.description}</p>}
          </div>
          <button
            type="button"
            className="language-switch"
            lang={locale === 'en' ? 'fr' : 'en'}
            aria-label={t.header.switchLabel}
            onClick={() => actions.changeLocale(locale === 'en' ? 'fr' : 'en')}
          >
            {t.header.switchTo}
          </button>
        </header>
        <main className="map-area">
          <div className="map-frame">
            {state && (
              <SituationMap
                items={data.shownCollection}
                itemSource={data.sourceMode}
                tileFilters={data.tileFilters}
                theatres={regions.theatres}
                hiddenKinds={filters.hiddenKinds}
                selectedItemId={state.item}
                selectedRegionId={state.item === null ? state.region : null}
                focus={focus}
                initialView={state.view}
                label={t.states.map}
                locale={locale}
                onSelectItem={actions.selectItem}
                onSelectRegion={actions.selectRegion}
                onViewChange={actions.changeView}
                onBoundsChange={data.onBoundsChange}
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
                {data.sourceMode === 'tiles' && <strong>{t.filters.asOfNotOnMap} </strong>}
                <button type="button" className="link-button" onClick={() => actions.changeAsOf(null)}>
                  {t.filters.backToNow}
                </button>
              </p>
            )}
            {state?.compare && <ChangeLegend compare={state.compare} onStop={() => actions.changeCompare(null)} />}
            {mapError && (
              <p className="map-error" role="alert">
                {t.states.mapFailed}
              </p>
            )}
            {state?.table && (
              <div className="table-overlay">
                <ItemTable items={visible} selectedId={state.item} onSelect={actions.selectItem} countryName={regions.countryName} emptyMessage={emptyMessage} />
              </div>
            )}
          </div>
          {state && <Timeline allItems={data.all} items={data.withoutTime} from={state.from} to={state.to} onChange={actions.changeRange} />}
        </main>
        <aside className="panel" aria-label={t.states.details}>
          {state && (
            <Filters
              values={{ query: state.query, statuses: state.statuses, actors: state.actors, countries: state.countries, support: state.support, sources: state.sources }}
              asOf={state.asOf}
              onAsOfChange={actions.changeAsOf}
              actors={data.actors}
              countries={data.countries}
              countryName={regions.countryName}
              onChange={actions.changeFilters}
            />
          )}
          {state && <SourceFilterNote selected={state.sources} onClear={() => actions.changeFilters({ sources: [] })} />}
          <Legend counts={data.counts} hiddenKinds={filters.hiddenKinds} onToggle={actions.toggleKind} />
          <DetailPanel
            state={state}
            data={data}
            regions={regions}
            actions={actions}
            selectedName={selectedName}
            returnTo={returnTo}
            emptyMessage={emptyMessage}
            changes={changes}
          />
        </aside>
      </div>
    </I18nProvider>
  );
}
