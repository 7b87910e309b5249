// The places the editor may be offered: countries, then capitals (a name both bear, such as
// "Luxembourg" or French "Mexico", is the country's; see suggestPlaces).
import countries from 'world-countries';
import { capitals } from '@/lib/generated/capitals';
import type { Place } from './suggest';

let cachedCountries: Place[] | undefined;

/**
 * Country names in English and French with a point for each, from the world-countries package
 * (mledoze/countries, ODbL; ISO codes, translations and coordinates, updated regularly).
 */
export function countryPlaces(): Place[] {
  return (cachedCountries ??= countries.map((country) => ({
    kind: 'country',
    iso3: country.cca3,
    name: country.name.common,
    names: [country.name.common, country.name.official, country.translations.fra?.common, country.translations.fra?.official].filter(
      (name): name is string => !!name,
    ),
    center: [country.latlng[1], country.latlng[0]],
  })));
}

/** National capitals in English and French at their GeoNames points, generated on npm install (lib/places/capital-table.ts). */
export function capitalPlaces(): readonly Place[] {
  return capitals;
}

export function gazetteer(): Place[] {
  return [...countryPlaces(), ...capitalPlaces()];
}
