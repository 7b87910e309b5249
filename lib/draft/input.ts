// What the drafter accepts, shared by draftArticle, the command line and POST /api/sources/{id}/draft:
// plain text in French or English, not empty, not HTML, no control characters, at most MAX_DRAFT_BYTES.
import { z } from 'zod';
import { ApiError } from '@/lib/api/errors';
import { tooLargeMessage } from '@/lib/api/body-size';
import { DRAFT_LANGUAGES, type DraftLanguage } from './types';

/** Longer texts answer 413: a news article is a few kilobytes; this is a hundred of them. */
export const MAX_DRAFT_BYTES = 500_000;

/** C0 controls but tab, line feed and carriage return, DEL and C1 controls. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/**
 * Markup is refused rather than stripped: excerpts are offsets into the stored text, and stripping
 * tags would make the text the editor sees differ from the one the offsets point into.
 */
const HTML_MARKUP = /<!doctype\s|<\/?(?:html|head|body|div|p|span|a|br|script|style|meta|article|section|header|footer|h[1-6]|ul|ol|li|table|tr|td|img|iframe)(?:\s[^>]*)?\/?>/i;

const day = z
  .string({ error: 'The publication date is required (YYYY-MM-DD)' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'The publication date must look like 2024-12-05')
  .refine((value) => !Number.isNaN(Date.parse(value)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'The publication date is not a real date');

export const draftInputSchema = z.object({
  text: z
    .string({ error: 'The article text is required' })
    .refine((text) => text.trim().length > 0, 'The article text is empty')
    .refine((text) => !HTML_MARKUP.test(text), 'The text looks like HTML (it has tags such as <p>): paste the article’s plain text instead')
    .refine((text) => !CONTROL_CHARACTER.test(text), {
      error: (issue) => {
        const text = issue.input as string;
        const at = text.search(CONTROL_CHARACTER);
        const code = text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0');
        return `The text contains a control character (U+${code} at offset ${at}): remove it or paste the text again`;
      },
    }),
  published: day,
  lang: z.enum(DRAFT_LANGUAGES, { error: 'The language must be fr or en' }).optional(),
});
export type DraftInput = z.infer<typeof draftInputSchema>;

/** Too much text answers 413 before anything else reads it. */
export function assertDraftSize(text: string): void {
  if (Buffer.byteLength(text, 'utf8') > MAX_DRAFT_BYTES) throw new ApiError('payload_too_large', tooLargeMessage('The article text', MAX_DRAFT_BYTES));
}

// --- Language ---------------------------------------------------------------------------------

/** Frequent short words of each language the drafter may meet; scripts other than Latin are told apart first. */
const FUNCTION_WORDS: Record<string, { name: string; words: string[] }> = {
  fr: { name: 'French', words: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'du', 'dans', 'que', 'qui', 'pour', 'pas', 'sur', 'au', 'aux', 'avec', 'ce', 'cette', 'il', 'à', 'ont', 'par', 'été', 'selon'] },
  en: { name: 'English', words: ['the', 'and', 'of', 'to', 'is', 'that', 'for', 'on', 'with', 'was', 'as', 'by', 'at', 'it', 'from', 'said', 'has', 'have', 'are', 'were', 'this', 'which', 'after'] },
  de: { name: 'German', words: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'dem', 'sich', 'auf', 'für', 'eine', 'auch', 'wurde'] },
  es: { name: 'Spanish', words: ['el', 'los', 'las', 'y', 'que', 'por', 'con', 'para', 'una', 'del', 'se', 'su', 'como', 'pero', 'según', 'fue'] },
  it: { name: 'Italian', words: ['il', 'di', 'che', 'è', 'e', 'per', 'non', 'della', 'gli', 'sono', 'anche', 'alla', 'nel', 'delle', 'stato'] },
  pt: { name: 'Portuguese', words: ['o', 'os', 'não', 'em', 'um', 'uma', 'com', 'do', 'da', 'dos', 'ao', 'foi', 'segundo', 'mais', 'pelo'] },
  nl: { name: 'Dutch', words: ['de', 'het', 'een', 'van', 'en', 'niet', 'op', 'zijn', 'voor', 'met', 'dat', 'werd', 'ook'] },
};

const SCRIPTS: { name: string; pattern: RegExp }[] = [
  { name: 'Russian or another Cyrillic-script language', pattern: /\p{Script=Cyrillic}/gu },
  { name: 'Arabic', pattern: /\p{Script=Arabic}/gu },
  { name: 'Hebrew', pattern: /\p{Script=Hebrew}/gu },
  { name: 'Greek', pattern: /\p{Script=Greek}/gu },
  { name: 'Chinese or Japanese', pattern: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu },
  { name: 'Korean', pattern: /\p{Script=Hangul}/gu },
];

/** French, English, or the name of the language the text seems to be in (null when there is too little to tell). */
export function detectLanguage(text: string): DraftLanguage | { other: string } | null {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  for (const script of SCRIPTS) {
    if ((text.match(script.pattern) ?? []).length > letters / 2) return { other: script.name };
  }
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const [code, { words }] of Object.entries(FUNCTION_WORDS)) if (words.includes(word)) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!best || best[1] < 2) return null;
  return best[0] === 'fr' || best[0] === 'en' ? best[0] : { other: FUNCTION_WORDS[best[0]].name };
}

/** The language to draft in: the detected one, or the one given when the text is too short to tell; anything else is refused. */
export function draftLanguage(text: string, given?: DraftLanguage): DraftLanguage {
  const detected = detectLanguage(text);
  if (detected && typeof detected === 'object') {
    throw new ApiError('bad_request', `This text seems to be in ${detected.other}: the drafter reads only French and English, so it proposes nothing.`, {
      text: [`The drafter reads only French and English; this text seems to be in ${detected.other}`],
    });
  }
  const lang = given ?? detected;
  if (!lang) throw new ApiError('bad_request', 'The text is too short to tell its language: give the language (fr or en).', { lang: ['Give the language: fr or en'] });
  return lang;
}
