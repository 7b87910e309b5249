import 'server-only';
import { countryPlaces } from '@/lib/places/gazetteer';
import { suggestPlaces, type PlaceSuggestion } from '@/lib/places/suggest';
import { getSource } from './repository';

/** The countries an article names, as starting geometries for its items. */
export async function placesInSource(id: number): Promise<PlaceSuggestion[]> {
  return suggestPlaces((await getSource(id)).text, countryPlaces());
}
