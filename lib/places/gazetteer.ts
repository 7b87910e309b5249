// Country names in English and French with a point for each, from the world-countries package
// (mledoze/countries, ODbL; ISO codes, translations and coordinates, updated regularly).
import countries from 'world-countries';
import type { Place } from './suggest';

let cached: Place[] | undefined;

export function countryPlaces(): Place[] {
  return (cached ??= countries.map((country) => ({
    iso3: country.cca3,
    name: country.name.common,
    names: [country.name.common, country.name.official, country.translations.fra?.common, country.translations.fra?.official].filter(
      (name): name is string => !!name,
    ),
    center: [country.latlng[1], country.latlng[0]],
  })));
}
