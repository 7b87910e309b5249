// Turns what a person types into a full-text query (pure): every word must match, as a prefix,
// accents folded by the index (SQLite FTS5's tokenizer, PostgreSQL's unaccent); the input's own
// query syntax is never interpreted, as only letters and digits reach the query.

/** The words searched for, or `null` when there is nothing to search for. */
function searchWords(input: string): string[] | null {
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
