// Places named in an article's text, as starting geometries for the editor (pure).
import type { Point } from 'geojson';

export const PLACE_KINDS = ['country', 'capital'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export interface Place {
  kind: PlaceKind;
  /** ISO 3166-1 alpha-3 code of the country (for a capital: of its state). */
  iso3: string;
  /** English name, shown to the editor. */
  name: string;
  /** Every name it may be written under (English and French). */
  names: string[];
  /** [longitude, latitude]: the capital itself, or a point inside or near the country. */
  center: [number, number];
}

export interface PlaceSuggestion {
  kind: PlaceKind;
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

/** Typographic apostrophes read as straight ones: "Côte d’Ivoire" is world-countries' "Côte d'Ivoire". Keeps every offset. */
function foldApostrophes(text: string): string {
  return text.replace(/[’‘ʼ]/g, "'");
}

/**
 * Places whose names occur in the text as whole words, case-sensitively (names are proper nouns:
 * "turkey" is not Turkey), in order of first mention, each once. French elisions count ("l’Ukraine",
 * "d’Athènes"); a name inside a longer word does not ("Niger" in "Nigeria", "Paris" in "Parisien").
 * Each stretch of text names one place, the longest name there: "Soudan du Sud" is South Sudan, not
 * Sudan, and "Mexico City" the capital, not the country. A form that names several places belongs to
 * the first of them in `places`.
 */
export function suggestPlaces(text: string, places: readonly Place[]): PlaceSuggestion[] {
  const placeByForm = new Map<string, Place>();
  for (const place of places) {
    for (const name of place.names) {
      const form = foldApostrophes(name.normalize('NFC'));
      if (!placeByForm.has(form)) placeByForm.set(form, place);
    }
  }
  if (placeByForm.size === 0) return [];
  const forms = [...placeByForm.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

  const normalized = text.normalize('NFC');
  const mentions = new Map<Place, { found: Set<string>; occurrences: number }>();
  for (const match of foldApostrophes(normalized).matchAll(pattern)) {
    const place = placeByForm.get(match[0])!;
    const mention = mentions.get(place) ?? { found: new Set<string>(), occurrences: 0 };
    mention.found.add(normalized.slice(match.index, match.index + match[0].length));
    mention.occurrences += 1;
    mentions.set(place, mention);
  }
  // A Map iterates in insertion order, which is the order of first mention.
  return [...mentions].map(([place, { found, occurrences }]) => ({
    kind: place.kind,
    iso3: place.iso3,
    name: place.name,
    found: [...found],
    occurrences,
    geometry: { type: 'Point', coordinates: place.center },
  }));
}
