'use client';
import Link from 'next/link';
import { Fragment, useEffect, useRef } from 'react';
import { segmentText } from '@/lib/sources/excerpts';
import type { SourceDto } from '@/lib/items/types';

interface ArticleTextProps {
  text: string;
  language: string;
  excerpts: SourceDto['excerpts'];
  highlightedId: number | null;
  /** Each cited item's title, where it is on the map, the link's name and its visible text, for the links after its excerpts. */
  itemLinks: Record<number, { title: string; href: string; label: string; text: string }>;
  /** The interface's language (the links' names are in it, not in the article's). */
  locale: string;
}

/**
 * The article's text, paragraph by paragraph, with cited spans marked and the chosen one scrolled to;
 * after each cited excerpt, one link per item citing it opens that item on the map.
 */
export function ArticleText({ text, language, excerpts, highlightedId, itemLinks, locale }: ArticleTextProps) {
  const highlighted = useRef<HTMLElement>(null);
  useEffect(() => {
    highlighted.current?.scrollIntoView({ block: 'center' });
    highlighted.current?.focus();
  }, [highlightedId]);

  // Paragraphs keep their offsets into the whole text so excerpt spans still line up.
  const paragraphs: { start: number; text: string }[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) paragraphs.push({ start: offset, text: line });
    offset += line.length + 1;
  }

  return (
    <div className="article-text" lang={language}>
      {paragraphs.map((paragraph) => {
        const paragraphEnd = paragraph.start + paragraph.text.length;
        const inParagraph = excerpts.filter((e) => e.end > paragraph.start && e.start < paragraphEnd);
        const local = inParagraph.map((e) => ({ id: e.id, start: e.start - paragraph.start, end: e.end - paragraph.start }));
        const targetStart = local.find((e) => e.id === highlightedId)?.start;
        return (
          <p key={paragraph.start}>
            {segmentText(paragraph.text, local).map((segment) => {
              if (segment.excerptIds.length === 0) return <span key={segment.start}>{segment.text}</span>;
              const isTarget = highlightedId !== null && segment.excerptIds.includes(highlightedId);
              // The target excerpt may span several segments (overlaps): anchor on its first one.
              const firstOfTarget = isTarget && Math.max(0, targetStart ?? -1) === segment.start;
              const segmentEnd = segment.start + segment.text.length;
              // Links come once per excerpt, after the segment where it ends (or where the paragraph does).
              const endingHere = local.filter((e) => segment.excerptIds.includes(e.id) && Math.min(e.end, paragraph.text.length) === segmentEnd);
              const itemIds = [...new Set(endingHere.flatMap((e) => inParagraph.find((x) => x.id === e.id)?.itemIds ?? []))].filter((id) => itemLinks[id]);
              return (
                <Fragment key={segment.start}>
                  <mark
                    id={firstOfTarget ? `excerpt-${highlightedId}` : undefined}
                    ref={firstOfTarget ? highlighted : undefined}
                    tabIndex={firstOfTarget ? -1 : undefined}
                    className={isTarget ? 'excerpt excerpt-target' : 'excerpt'}
                    data-excerpt-ids={segment.excerptIds.join(' ')}
                  >
                    {segment.text}
                  </mark>
                  {itemIds.map((id) => (
                    <Link key={id} href={itemLinks[id].href} className="excerpt-item-link" lang={locale} aria-label={itemLinks[id].label} title={itemLinks[id].title}>
                      <span aria-hidden="true">↗</span> {itemLinks[id].text}
                    </Link>
                  ))}
                </Fragment>
              );
            })}
          </p>
        );
      })}
    </div>
  );
}
