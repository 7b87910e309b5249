import { useI18n } from '@/components/i18n';
import { formatItemDate } from '@/lib/items/format';
import type { ItemFeature } from '@/lib/items/types';
import { ExcerptQuote } from './ExcerptQuote';
import { KindSwatch } from './KindSwatch';

export function ItemPanel({ item, returnTo, countryName }: { item: ItemFeature; returnTo: string; countryName: (iso: string) => string }) {
  const { t } = useI18n();
  const p = item.properties;
  return (
    <article className="detail" aria-labelledby="detail-title">
      <p className="detail-kind">
        <KindSwatch kind={p.kind} /> {t.kinds[p.kind].label}
      </p>
      <h2 id="detail-title" tabIndex={-1}>
        {p.title}
      </h2>
      <dl className="facts">
        <dt>{t.detail.when}</dt>
        <dd>
          {formatItemDate(p, t)} <span className="muted">({t.datePrecisions[p.datePrecision]})</span>
        </dd>
        <dt>{t.detail.status}</dt>
        <dd>
          <span className={`status status-${p.status}`}>{t.statuses[p.status].label}</span>{' '}
          <span className="muted">{t.statuses[p.status].description}</span>
        </dd>
        <dt>{t.detail.where}</dt>
        <dd>{t.locationPrecisions[p.locationPrecision]}</dd>
        {p.actors.length > 0 && (
          <>
            <dt>{t.detail.actors}</dt>
            <dd>{p.actors.join(' · ')}</dd>
          </>
        )}
        {p.countries.length > 0 && (
          <>
            <dt>{t.detail.countries}</dt>
            <dd>{p.countries.map(countryName).join(' · ')}</dd>
          </>
        )}
      </dl>
      <p className="summary" lang="en">
        {p.summary}
      </p>
      <h3>{t.detail.fromArticle}</h3>
      {p.excerpts.map((excerpt) => (
        <ExcerptQuote key={excerpt.id} excerpt={excerpt} returnTo={returnTo} />
      ))}
    </article>
  );
}
