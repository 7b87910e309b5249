import { describe, expect, it } from 'vitest';
import { countryPlaces } from './gazetteer';
import { suggestPlaces, type Place } from './suggest';

const places = (): Place[] => [
  { iso3: 'NER', name: 'Niger', names: ['Niger'], center: [8, 16] },
  { iso3: 'NGA', name: 'Nigeria', names: ['Nigeria', 'Nigéria'], center: [8, 10] },
  { iso3: 'UKR', name: 'Ukraine', names: ['Ukraine'], center: [32, 49] },
  { iso3: 'TUR', name: 'Turkey', names: ['Turkey', 'Turquie'], center: [35, 39] },
];

describe('suggestPlaces', () => {
  it('finds whole names only, in order of first mention', () => {
    expect(suggestPlaces('Le Nigéria et l’Ukraine.', places()).map((p) => p.iso3)).toEqual(['NGA', 'UKR']);
  });

  it('counts every mention and lists the forms found', () => {
    const [ukraine] = suggestPlaces('la crise ukrainienne, l’Ukraine, d’Ukraine', places());
    expect(ukraine).toMatchObject({ iso3: 'UKR', found: ['Ukraine'], occurrences: 2 });
  });

  it('ignores a lower-case common word', () => {
    expect(suggestPlaces('roast turkey', places())).toEqual([]);
  });

  it('offers a point as the starting geometry', () => {
    expect(suggestPlaces('Niger', places())[0].geometry).toEqual({ type: 'Point', coordinates: [8, 16] });
  });
});

describe('countryPlaces', () => {
  it('knows the countries of the seeded article by their French names', () => {
    const text = 'la Russie, l’Ukraine, la Syrie de Bachar al-Assad, les États-Unis, la Corée du Sud';
    expect(suggestPlaces(text, countryPlaces()).map((p) => p.iso3)).toEqual(['RUS', 'UKR', 'SYR', 'USA', 'KOR']);
  });

  it('gives points within range in GeoJSON order (longitude first)', () => {
    const russia = countryPlaces().find((p) => p.iso3 === 'RUS')!;
    expect(russia.center).toEqual([100, 60]);
  });
});
