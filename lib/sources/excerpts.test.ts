import { describe, expect, it } from 'vitest';
import { ExcerptError, isVerbatim, locateQuote, segmentText } from './excerpts';

const text = () => 'Moscou avait annoncé mardi des manœuvres. L’échange n’avait pas été rendu public.';

describe('isVerbatim', () => {
  it('accepts an exact slice', () => {
    expect(isVerbatim(text(), { start: 0, end: 6, text: 'Moscou' })).toBe(true);
  });

  it('refuses a quote whose offsets point elsewhere', () => {
    expect(isVerbatim(text(), { start: 1, end: 7, text: 'Moscou' })).toBe(false);
  });

  it('refuses a straight apostrophe where the source has a typographic one', () => {
    const quote = "L'échange";
    const start = text().indexOf('L’échange');
    expect(isVerbatim(text(), { start, end: start + quote.length, text: quote })).toBe(false);
  });

  it('refuses empty and out-of-range spans', () => {
    expect(isVerbatim(text(), { start: 3, end: 3, text: '' })).toBe(false);
    expect(isVerbatim(text(), { start: 0, end: 10_000, text: text() })).toBe(false);
    expect(isVerbatim(text(), { start: -1, end: 5, text: 'Mosco' })).toBe(false);
  });
});

describe('locateQuote', () => {
  it('returns the offsets of a unique quote', () => {
    const span = locateQuote(text(), 'des manœuvres');
    expect(text().slice(span.start, span.end)).toBe('des manœuvres');
  });

  it('throws when the quote is missing', () => {
    expect(() => locateQuote(text(), 'Zirkon')).toThrow(ExcerptError);
  });

  it('throws when the quote is ambiguous', () => {
    expect(() => locateQuote(text(), 'avait')).toThrow(/more than once/);
  });
});

describe('segmentText', () => {
  it('joins back to the original text', () => {
    const segments = segmentText(text(), [{ id: 1, start: 7, end: 20 }, { id: 2, start: 15, end: 30 }]);
    expect(segments.map((s) => s.text).join('')).toBe(text());
  });

  it('marks overlapping excerpts on the shared segment', () => {
    const segments = segmentText(text(), [{ id: 1, start: 7, end: 20 }, { id: 2, start: 15, end: 30 }]);
    const shared = segments.find((s) => s.excerptIds.length === 2);
    expect(shared?.text).toBe(text().slice(15, 20));
  });

  it('leaves text outside excerpts unmarked', () => {
    const segments = segmentText(text(), [{ id: 1, start: 7, end: 20 }]);
    expect(segments[0]).toEqual({ start: 0, text: 'Moscou ', excerptIds: [] });
  });
});
