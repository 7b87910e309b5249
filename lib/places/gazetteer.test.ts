import { describe, expect, it } from 'vitest';
import { capitalPlaces } from './gazetteer';

const capitalNamed = (name: string) => capitalPlaces().find((capital) => capital.names.includes(name));

describe('capitalPlaces', () => {
  it('knows capitals by their French names', () => {
    expect(['Moscou', 'Londres', 'Varsovie', 'Bruxelles', 'Damas', 'Beyrouth', 'Le Caire'].map((name) => capitalNamed(name)?.iso3)).toEqual([
      'RUS',
      'GBR',
      'POL',
      'BEL',
      'SYR',
      'LBN',
      'EGY',
    ]);
  });

  it('knows Kyiv also as Kiev, the name French CLDR gives it', () => {
    expect(capitalNamed('Kiev')?.name).toBe('Kyiv');
  });

  it('puts Washington at the capital, not the state, in GeoJSON order (longitude first)', () => {
    const [longitude, latitude] = capitalNamed('Washington')!.center;
    expect([Math.round(longitude), Math.round(latitude)]).toEqual([-77, 39]);
  });

  it('gives each capital name to one capital only', () => {
    const owners = new Map<string, string[]>();
    for (const capital of capitalPlaces()) for (const name of capital.names) owners.set(name, [...(owners.get(name) ?? []), capital.name]);
    expect([...owners].filter(([, capitals]) => capitals.length > 1)).toEqual([]);
  });
});
