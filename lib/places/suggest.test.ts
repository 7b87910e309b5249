import { describe, expect, it } from 'vitest';
import type { PlaceMention } from '@/lib/draft/types';
import { suggestPlaces } from './suggest';

function mention(text: string, start: number, name: string, overrides: Partial<PlaceMention> = {}): PlaceMention {
  return { text, start, end: start + text.length, name, lat: 50.45, lon: 30.52, kind: 'city', iso3: 'UKR', confidence: 0.9, via: 'name', alternatives: [], ...overrides };
}

describe('suggestPlaces', () => {
  it('suggests each place once, with every form the text used and its count', () => {
    const mentions = [mention('Kyiv', 0, 'Kyiv'), mention('Kiev', 10, 'Kyiv'), mention('Kiev', 20, 'Kyiv')];
    expect(suggestPlaces(mentions)).toEqual([
      { kind: 'city', iso3: 'UKR', name: 'Kyiv', found: ['Kyiv', 'Kiev'], occurrences: 3, geometry: { type: 'Point', coordinates: [30.52, 50.45] } },
    ]);
  });

  it('lists places first mentioned first, whatever order the mentions come in', () => {
    const mentions = [mention('Ukraine', 30, 'Ukraine', { kind: 'country', lat: 49, lon: 32 }), mention('russe', 5, 'Russia', { kind: 'country', iso3: 'RUS', lat: 60, lon: 100, via: 'demonym' })];
    expect(suggestPlaces(mentions).map((suggestion) => suggestion.name)).toEqual(['Russia', 'Ukraine']);
  });

  it('keeps two places of one name apart when the recogniser read them apart', () => {
    const mentions = [mention('Kursk region', 0, 'Kursk', { kind: 'admin1', lat: 51.7, lon: 36.3 }), mention('Kursk', 20, 'Kursk', { lat: 51.74, lon: 36.19 })];
    expect(suggestPlaces(mentions).map((suggestion) => suggestion.kind)).toEqual(['admin1', 'city']);
  });
});
