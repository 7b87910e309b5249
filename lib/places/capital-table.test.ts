import countries from 'world-countries';
import { beforeAll, describe, expect, it } from 'vitest';
import { capitals } from '@/lib/generated/capitals';
import { buildCapitalTable, frenchCityNames, nameKey } from './capital-table';
import type { Place } from './suggest';

let table: Place[];
beforeAll(() => {
  table = buildCapitalTable();
});

const capital = (name: string) => table.find((row) => row.name === name);

describe('nameKey', () => {
  it('ignores accents, case, spaces and punctuation', () => {
    expect(nameKey('Chișinău')).toBe(nameKey('Chisinau'));
    expect(nameKey('Saint John’s')).toBe(nameKey("Saint John's"));
    expect(nameKey('Washington, D.C.')).toBe(nameKey('Washington D.C.'));
  });
});

describe('frenchCityNames', () => {
  it('takes French names from CLDR exemplar cities, English ones from the zone id or CLDR', () => {
    const french = frenchCityNames();
    expect(french.get(nameKey('Moscow'))).toBe('Moscou');
    expect(french.get(nameKey('Kyiv'))).toBe('Kiev');
    expect(french.get(nameKey('Cairo'))).toBe('Le Caire');
  });
});

describe('buildCapitalTable', () => {
  it('is what lib/generated/capitals.ts holds (run npm install after changing a package or the table)', () => {
    expect(capitals).toEqual(table);
  });

  it('has a capital for every state world-countries counts as independent, and none for dependencies', () => {
    const states = countries.filter((country) => country.independent !== false).map((country) => country.cca3);
    expect(new Set(table.map((row) => row.iso3))).toEqual(new Set(states));
    expect(table.some((row) => row.name === 'Hamilton' || row.name === 'Saint-Denis')).toBe(false);
  });

  it('lists every capital of a country with several', () => {
    expect(table.filter((row) => row.iso3 === 'ZAF').map((row) => row.name)).toEqual(['Pretoria', 'Bloemfontein', 'Cape Town']);
  });

  it('finds a capital GeoNames does not mark as the capital (Jerusalem)', () => {
    expect(capital('Jerusalem')).toMatchObject({ iso3: 'ISR', names: ['Jerusalem', 'Jérusalem'] });
  });

  it('places a renamed capital at GeoNames’ capital, under both names', () => {
    expect(capital('Astana')).toMatchObject({ names: ['Astana', 'Nur-Sultan'], center: [71.44598, 51.1801] });
  });

  it('prefers GeoNames’ capital to another place of the same name (Panama City)', () => {
    expect(capital('Panama City')!.center).toEqual([-79.51973, 8.9936]);
  });

  it('places a seat of government GeoNames codes PPLG there, not at the capital it marks (Lobamba, not Mbabane)', () => {
    expect(capital('Lobamba')!.center).toEqual([31.2, -26.46667]);
  });
});
