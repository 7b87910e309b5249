// Places named in an article, as starting geometries for the editor: the drafter's mentions
// (lib/draft/recognise.ts, the one place matcher), one suggestion a place (pure).
import type { Point } from 'geojson';
import type { PlaceKind, PlaceMention } from '@/lib/draft/types';

/** A national capital as lib/generated/capitals.ts lists it (lib/places/capital-table.ts). */
export interface Place {
  kind: 'capital';
  /** ISO 3166-1 alpha-3 code of its state. */
  iso3: string;
  /** English name. */
  name: string;
  /** Every name it may be written under (English and French). */
  names: string[];
  /** [longitude, latitude] of the city. */
  center: [number, number];
}

export interface PlaceSuggestion {
  kind: PlaceKind;
  /** ISO 3166-1 alpha-3 code of the country (the country itself for a country). */
  iso3?: string;
  name: string;
  /** The forms found in the text, e.g. ["Syrie", "syrienne"]. */
  found: string[];
  occurrences: number;
  geometry: Point;
}

/** One suggestion for each place the mentions name, first mentioned first, with every form the text used and its count. */
export function suggestPlaces(mentions: readonly PlaceMention[]): PlaceSuggestion[] {
  const suggestions = new Map<string, PlaceSuggestion>();
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    const key = `${mention.kind} ${mention.name} ${mention.lat} ${mention.lon}`;
    const suggestion = suggestions.get(key);
    if (suggestion) {
      if (!suggestion.found.includes(mention.text)) suggestion.found.push(mention.text);
      suggestion.occurrences += 1;
    } else {
      suggestions.set(key, {
        kind: mention.kind,
        iso3: mention.iso3,
        name: mention.name,
        found: [mention.text],
        occurrences: 1,
        geometry: { type: 'Point', coordinates: [mention.lon, mention.lat] },
      });
    }
  }
  // A Map iterates in insertion order, which is the order of first mention.
  return [...suggestions.values()];
}
