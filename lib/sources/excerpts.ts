// Excerpts are spans of a source's text in JS string offsets (UTF-16 code units, as String.slice).
import { InvalidInputError } from '@/lib/errors';

export interface Span {
  start: number;
  end: number;
}

/** A quote or span that is not a verbatim, unique slice of its source. */
export class ExcerptError extends InvalidInputError {
  constructor(message: string) {
    super(message, { excerpt: [message] });
  }
}

/** True when `text` is exactly `sourceText.slice(start, end)` and the span is a real, non-empty range. */
export function isVerbatim(sourceText: string, span: Span & { text: string }): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.end > span.start &&
    span.end <= sourceText.length &&
    sourceText.slice(span.start, span.end) === span.text
  );
}

/** Finds the one place a quote occurs in a source; refuses missing or ambiguous quotes. */
export function locateQuote(sourceText: string, quote: string): Span {
  const start = sourceText.indexOf(quote);
  if (quote.length === 0 || start < 0) {
    throw new ExcerptError(`Quote not found verbatim in the source: «${quote.slice(0, 80)}»`);
  }
  if (sourceText.indexOf(quote, start + 1) >= 0) {
    throw new ExcerptError(`Quote occurs more than once in the source: «${quote.slice(0, 80)}»`);
  }
  return { start, end: start + quote.length };
}

export interface TextSegment {
  /** Offset of the segment in the text. */
  start: number;
  text: string;
  /** Ids of the excerpts that cover this segment (empty for plain text). */
  excerptIds: number[];
}

/**
 * Cuts a text into consecutive segments at every excerpt boundary, so a reader can wrap the covered
 * segments in <mark> without ever injecting HTML. Overlapping excerpts are handled.
 */
export function segmentText(text: string, excerpts: ReadonlyArray<Span & { id: number }>): TextSegment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const excerpt of excerpts) {
    cuts.add(Math.max(0, Math.min(text.length, excerpt.start)));
    cuts.add(Math.max(0, Math.min(text.length, excerpt.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    if (from === to) continue;
    segments.push({
      start: from,
      text: text.slice(from, to),
      excerptIds: excerpts.filter((e) => e.start <= from && e.end >= to).map((e) => e.id),
    });
  }
  return segments;
}
