import type { RegionContextDto } from '@/lib/items/types';
import { ExcerptQuote } from './ExcerptQuote';
import { ItemList } from './ItemList';

interface RegionPanelProps {
  context: RegionContextDto;
  onSelectItem: (id: number) => void;
  returnTo: string;
}

/** What happened in a country or theatre: the article's context, then the items in or touching it. */
export function RegionPanel({ context, onSelectItem, returnTo }: RegionPanelProps) {
  const { region, excerpts, items } = context;
  return (
    <article className="detail" aria-labelledby="detail-title">
      <p className="detail-kind">{region.kind === 'theatre' ? 'Theatre' : `Country${region.isoA3 ? ` · ${region.isoA3}` : ''}`}</p>
      <h2 id="detail-title" tabIndex={-1}>
        {region.name}
      </h2>
      {region.summary ? (
        <p className="summary">{region.summary}</p>
      ) : (
        <p className="summary muted">The article says nothing about {region.name} directly.</p>
      )}
      {excerpts.length > 0 && (
        <>
          <h3>From the article</h3>
          {excerpts.map((excerpt) => (
            <ExcerptQuote key={excerpt.id} excerpt={excerpt} returnTo={returnTo} />
          ))}
        </>
      )}
      <h3>Items here ({items.length})</h3>
      <ItemList items={items} selectedId={null} onSelect={onSelectItem} emptyMessage="No item lies in or touches this region." />
    </article>
  );
}
