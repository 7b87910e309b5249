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

/**
 * Cyrillic (and Caucasian) names are romanised one way in English and another in French: English "sh",
 * "ch", "zh", "kh", "y", "u" are French "ch", "tch", "j", "kh", "ï/i", "ou" ("Heniches'k" / "Henitchesk",
 * "Ust-Luga" / "Oust-Louga"). A skeleton key folds both onto one spelling, marked with a leading "~" so
 * that it never meets an ordinary key.
 */
export function romanisationKey(key: string, lang: 'en' | 'fr'): string {
  let skeleton = key;
  if (lang === 'fr') {
    skeleton = skeleton.replace(/chtch/g, 'Σ').replace(/tch/g, 'Ç').replace(/dj/g, 'J').replace(/ch/g, 'S').replace(/j/g, 'J').replace(/ou/g, 'u').replace(/gu(?=[ei])/g, 'g');
  } else {
    skeleton = skeleton.replace(/shch/g, 'Σ').replace(/dzh/g, 'J').replace(/zh/g, 'J').replace(/sh/g, 'S').replace(/ch/g, 'Ç').replace(/j/g, 'J');
  }
  skeleton = skeleton.replace(/kh/g, 'h').replace(/y/g, 'i').replace(/([a-z])\1/g, '$1');
  return `~${skeleton}`;
}

/** Countries whose place names are romanised from Cyrillic or Caucasian scripts (ISO 3166-1 alpha-2). */
export const ROMANISED_COUNTRIES = new Set('RU UA BY KZ KG TJ UZ TM AM AZ GE MN MD BG'.split(' '));
