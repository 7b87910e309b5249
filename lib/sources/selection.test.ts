import { describe, expect, it } from 'vitest';
import { isVerbatim } from './excerpts';
import { snapSpan } from './selection';

describe('snapSpan', () => {
  it('keeps an exact selection', () => {
    expect(snapSpan('Moscou avait annoncé', 0, 6)).toEqual({ start: 0, end: 6 });
  });

  it('trims spaces and line breaks at the ends', () => {
    const text = 'un.\n  Moscou avait  ';
    const span = snapSpan(text, 3, text.length)!;
    expect(text.slice(span.start, span.end)).toBe('Moscou avait');
  });

  it('orders a selection made backwards', () => {
    expect(snapSpan('abcdef', 4, 1)).toEqual({ start: 1, end: 4 });
  });

  it('never cuts an emoji in half', () => {
    const text = 'tir 🚀 le 21';
    const rocket = text.indexOf('🚀');
    const span = snapSpan(text, rocket + 1, rocket + 2)!;
    expect(text.slice(span.start, span.end)).toBe('🚀');
    expect(isVerbatim(text, { ...span, text: '🚀' })).toBe(true);
  });

  it('gives null for a selection of white space only', () => {
    expect(snapSpan('a   b', 1, 4)).toBeNull();
  });
});
