import 'server-only';
import { gazetteer } from '@/lib/places/gazetteer';
import { suggestPlaces, type PlaceSuggestion } from '@/lib/places/suggest';
import { getSource } from './repository';

/** The countries and capitals an article names, as starting geometries for its items. */
export async function placesInSource(id: number): Promise<PlaceSuggestion[]> {
  return suggestPlaces((await getSource(id)).text, gazetteer());
}
