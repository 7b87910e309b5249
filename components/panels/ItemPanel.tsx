import { useI18n } from '@/components/i18n';
import { formatDay, formatItemDate } from '@/lib/items/format';
import type { ExcerptDto, ItemFeature } from '@/lib/items/types';
import { ExcerptQuote } from './ExcerptQuote';
import { KindSwatch } from './KindSwatch';
import { SupportBadge } from './SupportBadge';

/** The cited excerpts by article, in the order the item cites them. */
function bySource(excerpts: ExcerptDto[]): ExcerptDto[][] {
  const groups = new Map<number, ExcerptDto[]>();
  for (const excerpt of excerpts) groups.set(excerpt.sourceId, [...(groups.get(excerpt.sourceId) ?? []), excerpt]);
  return [...groups.values()];
}

export function ItemPanel({ item, returnTo, countryName }: { item: ItemFeature; returnTo: string; countryName: (iso: string) => string }) {
  const { t } = useI18n();
  const p = item.properties;
  const party = p.support.level === 'one-party' ? (p.excerpts[0]?.attribution ?? null) : null;
  return (
    <article className="detail" aria-labelledby="detail-title">
      <p className="detail-kind">
        <KindSwatch kind={p.kind} /> {t.kinds[p.kind].label}
      </p>
      <h2 id="detail-title" tabIndex={-1}>
        {p.title}
      </h2>
      <p className={`support-line support-${p.support.level}`}>
        <SupportBadge level={p.support.level} /> {t.sources.support(p.support.level, p.support.outlets, party)}
      </p>
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
      {bySource(p.excerpts).map((group) => {
        const [first] = group;
        return (
          <section key={first.sourceId} className="source-group" aria-labelledby={`cited-source-${first.sourceId}`}>
            <h4 id={`cited-source-${first.sourceId}`} className="source-group-title">
              {first.outlet}
              {first.publishedAt && <> · {formatDay(first.publishedAt, t)}</>} · {t.sources.language(first.language)}
            </h4>
            {group.map((excerpt) => (
              <ExcerptQuote key={excerpt.id} excerpt={excerpt} returnTo={returnTo} />
            ))}
          </section>
        );
      })}
    </article>
  );
}
