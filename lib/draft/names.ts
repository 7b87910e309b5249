// How names are compared, in the gazetteer and in the text: one folding for both (pure).

/** Letters NFD does not decompose, written as news without them writes them ("Bodø" is "Bodo"). */
const LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', ı: 'i', ħ: 'h' };

/** One word as compared: no accents, lower case, "Zaporijjia" = "zaporijjia", "Bodø" = "bodo". */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øæœłđðþßıħ]/g, (letter) => LETTERS[letter]);
}

/** The words of a name: letters and digits, split at spaces, hyphens, apostrophes and dots. */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** A name's key: its folded words joined by one space ("Mer d’Azov" → "mer d azov", "Bab el-Mandeb" → "bab el mandeb"). */
export function nameKey(name: string): string {
  return Array.from(name.matchAll(WORD), (match) => foldWord(match[0])).join(' ');
}
