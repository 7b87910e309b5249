'use client';
// The articles the map is built from: each with its outlet, date, language and how many items cite it,
// a link to read it, a toggle filtering the map by it and, opened on demand, what it added to the map.
import Link from 'next/link';
import { useState } from 'react';
import { useI18n } from '@/components/i18n';
import { formatDay } from '@/lib/items/format';
import type { ItemFeature } from '@/lib/items/types';
import type { SourceSummary } from '@/lib/sources/schema';
import { useSource } from '@/lib/swr/use-source';
import { useSources } from '@/lib/swr/use-sources';

interface SourcesPanelProps {
  /** The articles the map is filtered by (empty: none). */
  selected: number[];
  onFilter: (sources: number[]) => void;
  onSelectItem: (id: number) => void;
  /** The items loaded, to name the items an article added. */
  items: ItemFeature[];
  /** The dashboard's URL, for the reader's way back. */
  returnTo: string;
}

export function SourcesPanel({ selected, onFilter, onSelectItem, items, returnTo }: SourcesPanelProps) {
  const { t } = useI18n();
  const sources = useSources();
  if (sources.error) {
    return (
      <div className="error" role="alert">
        <p>{t.sources.failed(sources.error.message)}</p>
        <button type="button" onClick={() => void sources.mutate()}>
          {t.states.retry}
        </button>
      </div>
    );
  }
  if (!sources.data) return <p className="status-line" role="status">{t.sources.loading}</p>;
  const list = sources.data.sources;
  const titles = new Map(items.map((item) => [item.properties.id, item.properties.title]));
  return (
    <section className="sources" aria-labelledby="sources-title">
      <h2 id="sources-title" className="list-title">
        {t.sources.title(list.length)}
      </h2>
      {list.length === 0 ? (
        <p className="empty">{t.sources.empty}</p>
      ) : (
        <ul className="source-list">
          {list.map((source) => (
            <SourceEntry
              key={source.id}
              source={source}
              filtering={selected.includes(source.id)}
              onToggleFilter={() => onFilter(selected.includes(source.id) ? selected.filter((id) => id !== source.id) : [...selected, source.id])}
              onSelectItem={onSelectItem}
              itemTitle={(id) => titles.get(id) ?? `#${id}`}
              returnTo={returnTo}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

interface SourceEntryProps {
  source: SourceSummary;
  filtering: boolean;
  onToggleFilter: () => void;
  onSelectItem: (id: number) => void;
  itemTitle: (id: number) => string;
  returnTo: string;
}

function SourceEntry({ source, filtering, onToggleFilter, onSelectItem, itemTitle, returnTo }: SourceEntryProps) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const titleId = `source-${source.id}-title`;
  return (
    <li className="source-entry" aria-labelledby={titleId}>
      <h3 id={titleId} lang={source.language}>
        {source.title}
      </h3>
      <p className="source-meta">
        {source.outlet}
        {source.publishedAt && <> · {formatDay(source.publishedAt, t)}</>} · {t.sources.language(source.language)} · {t.sources.citedBy(source.itemCount)}
      </p>
      <p className="source-actions">
        <Link href={`/article/${source.id}?lang=${locale}&from=${encodeURIComponent(returnTo)}`} aria-describedby={titleId}>
          {t.sources.read}
        </Link>
        <button type="button" className="toggle-button" aria-pressed={filtering} aria-describedby={titleId} onClick={onToggleFilter}>
          {t.sources.showOnMap}
        </button>
      </p>
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{t.sources.added}</summary>
        {open && <SourceContribution id={source.id} onSelectItem={onSelectItem} itemTitle={itemTitle} />}
      </details>
    </li>
  );
}

/** The items an article created and those it corroborated, each selecting its item on the map. */
function SourceContribution({ id, onSelectItem, itemTitle }: { id: number; onSelectItem: (id: number) => void; itemTitle: (id: number) => string }) {
  const { t } = useI18n();
  const source = useSource(id);
  if (source.error) return <p className="error" role="alert">{t.sources.failed(source.error.message)}</p>;
  if (!source.data) return <p className="status-line" role="status">{t.sources.loading}</p>;
  const groups = [
    { title: t.sources.created(source.data.added.length), ids: source.data.added, none: t.sources.noneCreated },
    { title: t.sources.corroborated(source.data.corroborated.length), ids: source.data.corroborated, none: t.sources.noneCorroborated },
  ];
  return (
    <div className="source-contribution">
      {groups.map((group) => (
        <div key={group.title}>
          <h4>{group.title}</h4>
          {group.ids.length === 0 ? (
            <p className="muted">{group.none}</p>
          ) : (
            <ul>
              {group.ids.map((itemId) => (
                <li key={itemId}>
                  <button type="button" className="link-button" onClick={() => onSelectItem(itemId)}>
                    {itemTitle(itemId)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}

/** Which articles the map is filtered by, with the way back to all of them (shown in either tab). */
export function SourceFilterNote({ selected, onClear }: { selected: number[]; onClear: () => void }) {
  const { t } = useI18n();
  const sources = useSources(selected.length > 0);
  if (selected.length === 0) return null;
  const byId = new Map((sources.data?.sources ?? []).map((source) => [source.id, source.title]));
  return (
    <p className="source-filter-note" role="status">
      <span>{t.sources.filteredBy(selected.map((id) => byId.get(id) ?? `#${id}`).join(' · '))}</span>
      <button type="button" className="link-button" onClick={onClear}>
        {t.sources.clearSource}
      </button>
    </p>
  );
}
