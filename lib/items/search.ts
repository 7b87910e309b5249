// Turns what a person types into a full-text query (pure): every word must match, as a prefix,
// accents folded by the index (SQLite FTS5's tokenizer, PostgreSQL's unaccent); the input's own
// query syntax is never interpreted, as only letters and digits reach the query.

/** The words searched for, or `null` when there is nothing to search for. */
export function searchWords(input: string): string[] | null {
  const words = input.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length === 0 ? null : words.slice(0, 12);
}

/** An FTS5 query (SQLite). */
export function toFtsQuery(input: string): string | null {
  return searchWords(input)?.map((word) => `"${word}"*`).join(' ') ?? null;
}

/** A tsquery (PostgreSQL), for to_tsquery('simple', unaccent(...)). */
export function toTsQuery(input: string): string | null {
  return searchWords(input)?.map((word) => `${word}:*`).join(' & ') ?? null;
}

/** Letters folded as the indexes fold them: lower case, accents removed. */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Whether `texts` match a search the way the indexes match it (every word, as a prefix of a word,
 * accents folded), for text not in the index yet: a write being made, in its own transaction.
 */
export function matchesSearch(input: string, texts: string[]): boolean {
  const words = searchWords(input);
  if (words === null) return true;
  const known = texts.flatMap((text) => folded(text).match(/[\p{L}\p{N}]+/gu) ?? []);
  return words.every((word) => known.some((candidate) => candidate.startsWith(folded(word))));
}
