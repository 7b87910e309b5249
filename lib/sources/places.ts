import 'server-only';
import { recognisePlaces } from '@/lib/draft/recognise';
import { DRAFT_LANGUAGES, type DraftLanguage } from '@/lib/draft/types';
import { suggestPlaces, type PlaceSuggestion } from '@/lib/places/suggest';
import { getSource } from './repository';

const isDraftLanguage = (language: string): language is DraftLanguage => (DRAFT_LANGUAGES as readonly string[]).includes(language);

/** The places an article names, as starting geometries for its items: none when it is in neither French nor English. */
export async function placesInSource(id: number): Promise<PlaceSuggestion[]> {
  const { text, language } = await getSource(id);
  if (!isDraftLanguage(language)) return [];
  return suggestPlaces(recognisePlaces(text, language));
}
