import { describe, expect, it } from 'vitest';
import { suggestPlaces, type Place } from './suggest';

const places = (): Place[] => [
  { kind: 'country', iso3: 'NER', name: 'Niger', names: ['Niger'], center: [8, 16] },
  { kind: 'country', iso3: 'NGA', name: 'Nigeria', names: ['Nigeria', 'Nigéria'], center: [8, 10] },
  { kind: 'country', iso3: 'UKR', name: 'Ukraine', names: ['Ukraine'], center: [32, 49] },
  { kind: 'country', iso3: 'TUR', name: 'Turkey', names: ['Turkey', 'Turquie'], center: [35, 39] },
  { kind: 'country', iso3: 'SDN', name: 'Sudan', names: ['Sudan', 'Soudan'], center: [30, 15] },
  { kind: 'country', iso3: 'SSD', name: 'South Sudan', names: ['South Sudan', 'Soudan du Sud'], center: [30, 7] },
  { kind: 'country', iso3: 'CIV', name: 'Ivory Coast', names: ['Ivory Coast', "Côte d'Ivoire"], center: [-5, 8] },
  { kind: 'country', iso3: 'LUX', name: 'Luxembourg', names: ['Luxembourg'], center: [6.17, 49.75] },
  { kind: 'capital', iso3: 'LUX', name: 'Luxembourg', names: ['Luxembourg'], center: [6.13, 49.61] },
  { kind: 'capital', iso3: 'UKR', name: 'Kyiv', names: ['Kyiv', 'Kiev'], center: [30.5238, 50.45466] },
  { kind: 'capital', iso3: 'FRA', name: 'Paris', names: ['Paris'], center: [2.3488, 48.85341] },
];

const names = (text: string) => suggestPlaces(text, places()).map((p) => p.name);

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

  it('reads the longest name at a place in the text: South Sudan is not also Sudan', () => {
    expect(names('le Soudan du Sud')).toEqual(['South Sudan']);
  });

  it('matches typographic apostrophes to straight ones and reports the text’s own form', () => {
    expect(suggestPlaces('en Côte d’Ivoire', places())[0]).toMatchObject({ iso3: 'CIV', found: ['Côte d’Ivoire'] });
  });

  it('says whether a place is a country or a capital', () => {
    expect(suggestPlaces('l’Ukraine et Kiev', places()).map((p) => [p.name, p.kind])).toEqual([
      ['Ukraine', 'country'],
      ['Kyiv', 'capital'],
    ]);
  });

  it('suggests a capital once, whichever of its names the text uses', () => {
    expect(suggestPlaces('Kyiv, ou Kiev, puis Kiev', places())).toEqual([
      { kind: 'capital', iso3: 'UKR', name: 'Kyiv', found: ['Kyiv', 'Kiev'], occurrences: 3, geometry: { type: 'Point', coordinates: [30.5238, 50.45466] } },
    ]);
  });

  it('gives a name borne by a country and its capital to the place listed first', () => {
    expect(suggestPlaces('Luxembourg', places()).map((p) => p.kind)).toEqual(['country']);
  });

  it('does not read a capital inside a longer word ("Parisien"), but does before a hyphen', () => {
    expect(names('Le Parisien, Parisiens')).toEqual([]);
    expect(names('à Paris, Paris-Nord')).toEqual(['Paris']);
  });
});
