'use client';
// The side panel's body: the list of items (or the table switch) and theatres, an item's detail or a
// region's, or what is loading or failed (see panel-view.ts). Opening a detail moves keyboard focus
// to its title so screen readers read it.
import { useEffect, useRef } from 'react';
import { useI18n } from '@/components/i18n';
import { ExportButtons } from '@/components/panels/ExportButtons';
import { FollowLinks } from '@/components/panels/FollowLinks';
import { ComparePanel } from '@/components/changes/ComparePanel';
import type { useChanges } from '@/lib/swr/use-changes';
import { ItemList } from '@/components/panels/ItemList';
import { ItemPanel } from '@/components/panels/ItemPanel';
import { RegionPanel } from '@/components/panels/RegionPanel';
import { SourcesPanel } from '@/components/panels/SourcesPanel';
import { VIEWPORT_PAGE_SIZE } from '@/lib/items/viewport';
import { EMPTY_STATE, type DashboardState } from '@/lib/url-state';
import { panelView } from './panel-view';
import type { DashboardActions } from './useDashboardUrlState';
import type { DashboardItems } from './useDashboardItems';
import type { useDashboardRegions } from './useDashboardRegions';

interface DetailPanelProps {
  state: DashboardState | null;
  data: DashboardItems;
  regions: ReturnType<typeof useDashboardRegions>;
  actions: DashboardActions;
  /** The title of the selected item or region ('' if none): focus moves when it changes. */
  selectedName: string;
  /** The dashboard's URL, for links that come back to it. */
  returnTo: string;
  /** What an empty list says (the table says the same). */
  emptyMessage: string;
  /** The comparison of two moments in the URL, if any (components/changes). */
  changes: ReturnType<typeof useChanges>;
}

const StatusLine = ({ text }: { text: string }) => (
  <p className="status-line" role="status">
    {text}
  </p>
);

const ErrorLine = ({ text }: { text: string }) => (
  <p className="error" role="alert">
    {text}
  </p>
);

export function DetailPanel({ state, data, regions, actions, selectedName, returnTo, emptyMessage, changes }: DetailPanelProps) {
  const { t } = useI18n();
  const panelBody = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (selectedName) panelBody.current?.querySelector<HTMLElement>('#detail-title')?.focus();
  }, [selectedName]);

  const { items, paged, visible, selectedItem } = data;
  const { region, theatres } = regions;
  const view = panelView({
    urlRead: state !== null,
    sourceKnown: data.sourceMode !== null,
    paged,
    items: { loaded: !!items.data, loading: items.isLoading, failed: !!items.error },
    selectedItemLoading: data.selectedItemLoading,
    selectedItemId: state?.item ?? null,
    selectedItemFound: !!selectedItem,
    selectedRegionId: state?.region ?? null,
    region: { loaded: !!region.data, failed: !!region.error },
  });

  let panel: React.ReactNode;
  switch (view.show) {
    case 'loading':
      panel = <StatusLine text={t.states.loading} />;
      break;
    case 'itemsFailed':
      panel = (
        <div className="error" role="alert">
          <p>{t.states.itemsFailed(items.error.message)}</p>
          <button type="button" onClick={() => void items.mutate()}>
            {t.states.retry}
          </button>
        </div>
      );
      break;
    case 'item':
      panel = <ItemPanel item={selectedItem!} returnTo={returnTo} countryName={regions.countryName} />;
      break;
    case 'missingItem':
      panel = <ErrorLine text={t.states.missingItem(view.id)} />;
      break;
    case 'regionFailed':
      panel = <ErrorLine text={region.error.message} />;
      break;
    case 'region':
      panel = <RegionPanel context={region.data!} items={regions.regionItems} onSelectItem={actions.selectItem} returnTo={returnTo} />;
      break;
    case 'regionLoading':
      panel = <StatusLine text={t.states.loadingRegion} />;
      break;
    case 'list': {
      const table = state?.table ?? false;
      const tab = state?.tab ?? 'items';
      const tabs = (
        <div className="panel-tabs" role="group" aria-label={t.sources.tabsLabel}>
          {(['items', 'sources'] as const).map((name) => (
            <button key={name} type="button" aria-pressed={tab === name} onClick={() => actions.changeTab(name)}>
              {name === 'items' ? t.sources.tabItems : t.sources.tabSources}
            </button>
          ))}
        </div>
      );
      if (tab === 'sources') {
        panel = (
          <>
            {tabs}
            <SourcesPanel
              selected={state?.sources ?? []}
              onFilter={(sources) => actions.changeFilters({ sources })}
              onSelectItem={actions.selectItem}
              items={data.all}
              returnTo={returnTo}
            />
          </>
        );
        break;
      }
      panel = (
        <>
          {tabs}
          <div className="list-header">
            <h2 className="list-title">{paged ? t.list.inView(visible.length, items.data?.numberMatched ?? visible.length, items.data?.numberMatchedEstimated === true) : t.list.title(visible.length)}</h2>
            <button type="button" className="link-button" aria-pressed={table} onClick={actions.toggleTable}>
              {table ? t.list.list : t.list.table}
            </button>
          </div>
          {paged && <p className="page-note">{t.list.pageNote(VIEWPORT_PAGE_SIZE)}</p>}
          <ExportButtons items={visible} />
          <FollowLinks filters={state ?? EMPTY_STATE} />
          <ComparePanel key={JSON.stringify(state?.compare ?? null)} compare={state?.compare ?? null} changes={changes} onChange={actions.changeCompare} onSelectItem={actions.selectItem} />
          {!table && <ItemList items={visible} selectedId={null} onSelect={actions.selectItem} emptyMessage={emptyMessage} />}
          {theatres && theatres.length > 0 && (
            <>
              <h2 className="list-title">{t.list.theatres}</h2>
              <ul className="theatre-list">
                {theatres.map((theatre) => (
                  <li key={theatre.id}>
                    <button type="button" className="link-button" onClick={() => actions.selectRegion(theatre.id)}>
                      {theatre.name}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      );
      break;
    }
  }

  return (
    <div className="panel-body" ref={panelBody}>
      {(state?.item != null || state?.region != null) && (
        <button type="button" className="back-button" onClick={actions.clearSelection}>
          {t.list.allItems}
        </button>
      )}
      <div aria-live="polite">{panel}</div>
    </div>
  );
}
