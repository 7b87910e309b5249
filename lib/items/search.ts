// Turns what a person types into an FTS5 query (pure): every word must match, as a prefix, accents
// folded by the index's tokenizer; FTS5 syntax in the input is never interpreted.

/** `null` when there is nothing to search for. */
export function toFtsQuery(input: string): string | null {
  const words = input.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words
    .slice(0, 12)
    .map((word) => `"${word}"*`)
    .join(' ');
}
