// Places named in an article's text, as starting geometries for the editor (pure).
import type { Point } from 'geojson';

export interface Place {
  /** ISO 3166-1 alpha-3 code. */
  iso3: string;
  /** English common name, shown to the editor. */
  name: string;
  /** Every name it may be written under (English and French, common and official). */
  names: string[];
  /** [longitude, latitude] of a point inside or near the country. */
  center: [number, number];
}

export interface PlaceSuggestion {
  iso3: string;
  name: string;
  /** The forms found in the text, e.g. ["Syrie"]. */
  found: string[];
  occurrences: number;
  geometry: Point;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Countries whose names occur in the text as whole words (so "Niger" is not found in "Nigeria"; French
 * elisions such as "l’Ukraine" count), case-sensitively (names are proper nouns: "turkey" is not
 * Turkey), in order of first mention.
 */
export function suggestPlaces(text: string, places: readonly Place[]): PlaceSuggestion[] {
  const normalized = text.normalize('NFC');
  const found: { first: number; suggestion: PlaceSuggestion }[] = [];
  for (const place of places) {
    const forms = [...new Set(place.names.map((name) => name.normalize('NFC')))].sort((a, b) => b.length - a.length);
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${forms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    const matches = [...normalized.matchAll(pattern)];
    if (matches.length === 0) continue;
    found.push({
      first: matches[0].index,
      suggestion: {
        iso3: place.iso3,
        name: place.name,
        found: [...new Set(matches.map((match) => match[1]))],
        occurrences: matches.length,
        geometry: { type: 'Point', coordinates: place.center },
      },
    });
  }
  return found.sort((a, b) => a.first - b.first).map(({ suggestion }) => suggestion);
}
