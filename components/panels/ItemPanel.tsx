import { DATE_PRECISION_LABELS, formatItemDate } from '@/lib/items/format';
import { KIND_STYLES, LOCATION_PRECISION_LABELS, STATUS_LABELS } from '@/lib/items/kinds';
import type { ItemFeature } from '@/lib/items/types';
import { ExcerptQuote } from './ExcerptQuote';

export function ItemPanel({ item, returnTo }: { item: ItemFeature; returnTo: string }) {
  const p = item.properties;
  return (
    <article className="detail" aria-labelledby="detail-title">
      <p className="detail-kind" style={{ color: KIND_STYLES[p.kind].color }}>
        <span className={`swatch swatch-${p.kind}`} aria-hidden="true" /> {KIND_STYLES[p.kind].label}
      </p>
      <h2 id="detail-title" tabIndex={-1}>
        {p.title}
      </h2>
      <dl className="facts">
        <dt>When</dt>
        <dd>
          {formatItemDate(p)} <span className="muted">({DATE_PRECISION_LABELS[p.datePrecision]})</span>
        </dd>
        <dt>Status</dt>
        <dd>
          <span className={`status status-${p.status}`}>{p.status}</span> <span className="muted">{STATUS_LABELS[p.status]}</span>
        </dd>
        <dt>Where</dt>
        <dd>{LOCATION_PRECISION_LABELS[p.locationPrecision]}</dd>
        {p.actors.length > 0 && (
          <>
            <dt>Actors</dt>
            <dd>{p.actors.join(' · ')}</dd>
          </>
        )}
      </dl>
      <p className="summary">{p.summary}</p>
      <h3>From the article</h3>
      {p.excerpts.map((excerpt) => (
        <ExcerptQuote key={excerpt.id} excerpt={excerpt} returnTo={returnTo} />
      ))}
    </article>
  );
}
