import { describe, expect, it } from 'vitest';
import { capitalPlaces, countryPlaces, gazetteer } from './gazetteer';
import { suggestPlaces } from './suggest';

const found = (text: string) => suggestPlaces(text, gazetteer()).map((p) => `${p.kind} ${p.iso3} ${p.name}`);

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

describe('capitalPlaces', () => {
  it('knows capitals by their French names', () => {
    expect(found('Moscou, Londres, Varsovie, Bruxelles, Damas, Beyrouth, Le Caire')).toEqual([
      'capital RUS Moscow',
      'capital GBR London',
      'capital POL Warsaw',
      'capital BEL Brussels',
      'capital SYR Damascus',
      'capital LBN Beirut',
      'capital EGY Cairo',
    ]);
  });

  it('knows capitals by their English names', () => {
    expect(found('Moscow, London, Warsaw, Kyiv, Tehran, Beijing')).toEqual([
      'capital RUS Moscow',
      'capital GBR London',
      'capital POL Warsaw',
      'capital UKR Kyiv',
      'capital IRN Tehran',
      'capital CHN Beijing',
    ]);
  });

  it('knows Kyiv also as Kiev, the name French CLDR gives it', () => {
    expect(found('Kiev')).toEqual(['capital UKR Kyiv']);
  });

  it('knows Washington without its "D.C.", at the capital, not the state', () => {
    const [washington] = suggestPlaces('Washington', gazetteer());
    expect(washington).toMatchObject({ kind: 'capital', iso3: 'USA', name: 'Washington D.C.' });
    const [longitude, latitude] = washington.geometry.coordinates;
    expect([Math.round(longitude), Math.round(latitude)]).toEqual([-77, 39]);
  });

  it('does not know French names that no CLDR time zone carries (Pékin, Berne)', () => {
    expect(found('Pékin, Berne')).toEqual([]);
  });

  it('leaves a city-state’s name to the country', () => {
    expect(found('Singapour, Luxembourg')).toEqual(['country SGP Singapore', 'country LUX Luxembourg']);
  });

  it('reads "Mexico City" as the capital, not the country Mexico', () => {
    expect(found('Mexico City')).toEqual(['capital MEX Mexico City']);
  });

  it('gives each capital name to one capital only', () => {
    const owners = new Map<string, string[]>();
    for (const capital of capitalPlaces()) for (const name of capital.names) owners.set(name, [...(owners.get(name) ?? []), capital.name]);
    expect([...owners].filter(([, capitals]) => capitals.length > 1)).toEqual([]);
  });
});
