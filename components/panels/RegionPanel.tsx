import { useI18n } from '@/components/i18n';
import type { ItemFeature, RegionContextDto } from '@/lib/items/types';
import { ExcerptQuote } from './ExcerptQuote';
import { ItemList } from './ItemList';

interface RegionPanelProps {
  context: RegionContextDto;
  /** The region's items that pass the dashboard's filters. */
  items: ItemFeature[];
  onSelectItem: (id: number) => void;
  returnTo: string;
}

/** What happened in a country or theatre: the article's context, then the items in or touching it. */
export function RegionPanel({ context, items, onSelectItem, returnTo }: RegionPanelProps) {
  const { t } = useI18n();
  const { region, excerpts } = context;
  return (
    <article className="detail" aria-labelledby="detail-title">
      <p className="detail-kind">{region.kind === 'theatre' ? t.detail.theatre : `${t.detail.country}${region.isoA3 ? ` · ${region.isoA3}` : ''}`}</p>
      <h2 id="detail-title" tabIndex={-1}>
        {region.name}
      </h2>
      {region.summary ? (
        <p className="summary" lang="en">
          {region.summary}
        </p>
      ) : (
        <p className="summary muted">{t.detail.silent(region.name)}</p>
      )}
      {excerpts.length > 0 && (
        <>
          <h3>{t.detail.fromArticle}</h3>
          {excerpts.map((excerpt) => (
            <ExcerptQuote key={excerpt.id} excerpt={excerpt} returnTo={returnTo} />
          ))}
        </>
      )}
      <h3>{t.detail.itemsHere(items.length)}</h3>
      {context.itemCount > context.items.length && <p className="muted">{t.detail.firstItemsOf(context.items.length, context.itemCount)}</p>}
      <ItemList items={items} selectedId={null} onSelect={onSelectItem} emptyMessage={t.detail.noItemsHere} />
    </article>
  );
}
