// The drafter's one entry point: an article's text in, the places, dates and proposed items it
// reports out (types.ts). Used by `npm run draft`, POST /api/sources/{id}/draft and the benchmark.
import { recogniseDates } from './dates';
import { assertDraftSize, draftInputSchema, draftLanguage } from './input';
import { proposeItems, type ExistingItem } from './propose';
import { recognisePlaces } from './recognise';
import type { Draft, DraftLanguage } from './types';

export interface DraftOptions {
  /** Publication day (YYYY-MM-DD): relative dates ("mardi", "yesterday") are resolved against it. */
  published: string;
  /** French or English; detected from the text when left out. */
  lang?: DraftLanguage;
  /** Items already on the map: a proposal for the same event points at the item instead of repeating it. */
  existingItems?: ExistingItem[];
}

/**
 * Drafts an article. Bad input throws an ApiError (413 for too much text, 400 with a clear message
 * for empty text, HTML, control characters, a bad date or a language other than French or English);
 * nothing is ever written.
 */
export function draftArticle(text: string, { published, lang, existingItems }: DraftOptions): Draft {
  assertDraftSize(text);
  const input = draftInputSchema.parse({ text, published, lang });
  const language = draftLanguage(input.text, input.lang);
  const places = recognisePlaces(input.text, language);
  const dates = recogniseDates(input.text, language, input.published);
  const proposals = proposeItems(input.text, { lang: language, published: input.published, places, dates, existingItems });
  return { lang: language, places, dates, proposals };
}
