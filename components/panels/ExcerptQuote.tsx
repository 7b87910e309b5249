import Link from 'next/link';
import { useI18n } from '@/components/i18n';
import type { ExcerptDto } from '@/lib/items/types';

/** An excerpt as a quotation in its source language, with a link to read it in the article. */
export function ExcerptQuote({ excerpt, returnTo }: { excerpt: ExcerptDto; returnTo: string }) {
  const { t, locale } = useI18n();
  const href = `/article/${excerpt.sourceId}?excerpt=${excerpt.id}&lang=${locale}&from=${encodeURIComponent(returnTo)}#excerpt-${excerpt.id}`;
  return (
    <figure className="quote">
      <blockquote lang={excerpt.language}>{excerpt.text}</blockquote>
      <figcaption>
        {excerpt.attribution && <span className="quote-attribution">{t.sources.according(excerpt.attribution)} · </span>}
        <cite className="quote-source" lang={excerpt.language}>
          {excerpt.sourceTitle}
        </cite>{' '}
        <Link href={href} className="quote-link">
          {t.detail.readInArticle}
        </Link>
      </figcaption>
    </figure>
  );
}
