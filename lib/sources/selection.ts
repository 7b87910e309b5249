// Turning a text selection into an excerpt span (pure). Offsets are JS string offsets (UTF-16 code
// units), which is also what DOM Range offsets in a text node count, so the two agree exactly.
import type { Span } from './excerpts';

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Trims white space at both ends and widens a span that cuts a surrogate pair (an emoji, a rare
 * character) so the excerpt never holds half a character. Null when nothing but white space is left.
 */
export function snapSpan(text: string, start: number, end: number): Span | null {
  let [from, to] = [Math.max(0, Math.min(start, end)), Math.min(text.length, Math.max(start, end))];
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  if (from >= to) return null;
  if (isLowSurrogate(text.charCodeAt(from)) && from > 0 && isHighSurrogate(text.charCodeAt(from - 1))) from--;
  if (isHighSurrogate(text.charCodeAt(to - 1)) && to < text.length && isLowSurrogate(text.charCodeAt(to))) to++;
  return { start: from, end: to };
}
