import Link from 'next/link';
import type { ExcerptDto } from '@/lib/items/types';

/** An excerpt as a quotation in its source language, with a link to read it in the article. */
export function ExcerptQuote({ excerpt, returnTo }: { excerpt: ExcerptDto; returnTo: string }) {
  const href = `/article/${excerpt.sourceId}?excerpt=${excerpt.id}&from=${encodeURIComponent(returnTo)}#excerpt-${excerpt.id}`;
  return (
    <figure className="quote">
      <blockquote lang={excerpt.language}>{excerpt.text}</blockquote>
      <figcaption>
        <span className="quote-source">{excerpt.sourceTitle}</span>{' '}
        <Link href={href} className="quote-link">
          Read in the article
        </Link>
      </figcaption>
    </figure>
  );
}
