'use client';
import { useEffect, useRef } from 'react';
import { segmentText } from '@/lib/sources/excerpts';
import type { SourceDto } from '@/lib/items/types';

interface ArticleTextProps {
  text: string;
  language: string;
  excerpts: SourceDto['excerpts'];
  highlightedId: number | null;
}

/** The article's text, paragraph by paragraph, with cited spans marked and the chosen one scrolled to. */
export function ArticleText({ text, language, excerpts, highlightedId }: ArticleTextProps) {
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
        const local = excerpts
          .filter((e) => e.end > paragraph.start && e.start < paragraph.start + paragraph.text.length)
          .map((e) => ({ id: e.id, start: e.start - paragraph.start, end: e.end - paragraph.start }));
        const targetStart = local.find((e) => e.id === highlightedId)?.start;
        return (
          <p key={paragraph.start}>
            {segmentText(paragraph.text, local).map((segment) => {
              if (segment.excerptIds.length === 0) return <span key={segment.start}>{segment.text}</span>;
              const isTarget = highlightedId !== null && segment.excerptIds.includes(highlightedId);
              // The target excerpt may span several segments (overlaps): anchor on its first one.
              const firstOfTarget = isTarget && Math.max(0, targetStart ?? -1) === segment.start;
              return (
                <mark
                  key={segment.start}
                  id={firstOfTarget ? `excerpt-${highlightedId}` : undefined}
                  ref={firstOfTarget ? highlighted : undefined}
                  tabIndex={firstOfTarget ? -1 : undefined}
                  className={isTarget ? 'excerpt excerpt-target' : 'excerpt'}
                  data-excerpt-ids={segment.excerptIds.join(' ')}
                >
                  {segment.text}
                </mark>
              );
            })}
          </p>
        );
      })}
    </div>
  );
}
