import { describe, expect, it } from 'vitest';
import { loadGazetteer, type GazetteerPlace } from './gazetteer';
import { FORM } from './gazetteer-format';
import { nameKey } from './names';
import type { PlaceKind } from './types';

/** The places a name may stand for, with the flags of that form. */
function readingsOf(name: string): (GazetteerPlace & { flags: number })[] {
  const gazetteer = loadGazetteer();
  return (gazetteer.lookup(nameKey(name)) ?? []).map((form) => ({ ...gazetteer.place(form.place), flags: form.flags }));
}

function kindsOf(name: string): PlaceKind[] {
  return readingsOf(name).map((place) => place.kind);
}

describe('the generated gazetteer', () => {
  it('holds more than 100 000 populated places', () => {
    const gazetteer = loadGazetteer();
    let towns = 0;
    for (let id = 0; id < gazetteer.size.places; id++) if (gazetteer.place(id).kind === 'city') towns++;
    expect(towns).toBeGreaterThan(100_000);
  });

  it('gives a town its population, country and admin-1 code', () => {
    const [kharkiv] = readingsOf('Kharkiv').filter((place) => place.kind === 'city');
    expect(kharkiv).toMatchObject({ iso3: 'UKR', admin1: 'UA.07' });
    expect(kharkiv.population).toBeGreaterThan(1_000_000);
  });

  it('names countries in English and French, with short forms', () => {
    for (const name of ['Germany', 'Allemagne', 'États-Unis', 'US', 'Royaume-Uni', 'Corée du Nord']) expect(kindsOf(name), name).toContain('country');
  });

  it('has every French form of a country adjective, plurals included', () => {
    for (const form of ['russe', 'russes', 'finlandais', 'finlandaises', 'nord-coréens', 'suédoise', 'burkinabè']) {
      expect(readingsOf(form).some((place) => place.kind === 'country' && (place.flags & FORM.demonym) !== 0), form).toBe(true);
    }
  });

  it('has English adjectives and demonyms', () => {
    const countries = ['Russian', 'Azerbaijani', 'Kazakh', 'Liberian', 'Finns'].map((form) => readingsOf(form).find((place) => place.kind === 'country')?.iso3);
    expect(countries).toEqual(['RUS', 'AZE', 'KAZ', 'LBR', 'FIN']);
  });

  it('names first-level subdivisions in English and French at a point inside them', () => {
    const [oblast] = readingsOf('Zaporijjia').filter((place) => place.kind === 'admin1');
    expect(oblast.name).toBe('Zaporizhzhia');
    expect(oblast.lat).toBeCloseTo(47.3, 0);
  });

  it('gives French names of large cities from CLDR', () => {
    expect(readingsOf('Varsovie').map((place) => place.name)).toContain('Warsaw');
  });

  it('names seas, gulfs, straits and islands in both languages', () => {
    expect(kindsOf('golfe de Finlande')).toEqual(['gulf']);
    expect(kindsOf('Kerch Strait')).toEqual(['strait']);
    expect(kindsOf('île aux Serpents')).toEqual(['island']);
    expect(kindsOf('mer de Barents')).toEqual(['sea']);
  });

  it('maps seats of power to their building, as metonyms', () => {
    const [pentagon] = readingsOf('Pentagone');
    expect(pentagon).toMatchObject({ kind: 'landmark', iso3: 'USA' });
    expect(pentagon.flags & FORM.metonym).toBe(FORM.metonym);
  });

  it('marks a town named like a common word as such', () => {
    const [split] = readingsOf('Split').filter((place) => place.iso3 === 'HRV');
    expect(split.flags & FORM.commonEn).toBe(FORM.commonEn);
  });

  it('does not mark a capital of millions as a common word', () => {
    const [paris] = readingsOf('Paris').filter((place) => place.iso3 === 'FRA' && place.kind === 'city');
    expect(paris.flags & (FORM.commonEn | FORM.commonFr)).toBe(0);
  });
});
