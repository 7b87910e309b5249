// The shape of the generated gazetteer (lib/generated/gazetteer.json), shared by its builder
// (lib/draft/gazetteer-build.ts) and its reader (lib/draft/gazetteer.ts), which must not load the packages.

/** What a form says about how it may be written and read (bits of GazetteerData.forms.flags). */
export const FORM = {
  /** An adjective or demonym of a country ("russe", "Finnish"), not its name. */
  demonym: 1,
  /** May be written starting in lower case: French adjectives, names that begin with "mer", "golfe"… */
  lowerCase: 2,
  /** Also a common English word ("Nice", "Reading", "Split"): a place only where the context says so. */
  commonEn: 4,
  /** Also a common French word ("Tours", "Orange", "Sens"). */
  commonFr: 8,
  /** An acronym: a place only in capitals ("US", "UK", "RDC"). */
  capitals: 16,
  /** A seat of power standing for its government ("Kremlin", "Élysée"). */
  metonym: 32,
  /** Read only in English text (an English adjective) … */
  english: 64,
  /** … or only in French text. */
  french: 128,
  /** Spelled by our tables or CLDR rather than by GeoNames (never a common word). */
  curated: 256,
  /** The town our alias table says news means by this spelling ("Geneva" is Genève, not Geneva, Illinois). */
  preferred: 512,
  /** Another language's or an old name (GeoNames' alternate names), or a romanisation skeleton: read only near the article's other places. */
  alternate: 1024,
} as const;

/** GeoNames' feature code of a town, ranked: a capital weighs more than a village of the same size. A sovereign state has RANK.capital. */
export const RANK = { none: 0, capital: 1, admin1Seat: 2, admin2Seat: 3, town: 4 } as const;

/** The generated gazetteer, column by column (one index = one place), and its forms. */
export interface GazetteerData {
  name: string[];
  /** Index into PLACE_KINDS. */
  kind: number[];
  lat: number[];
  lon: number[];
  /** Index into `countries` (ISO 3166-1 alpha-3), -1 for none. */
  country: number[];
  population: number[];
  /** RANK of a town, RANK.none for the rest. */
  rank: number[];
  /** Index into `admin1Codes` of the GeoNames admin-1 code ("UA.26") of a town or subdivision, -1 when unknown. */
  admin1: number[];
  admin1Codes: string[];
  countries: string[];
  /**
   * The forms, by key (nameKey), keys sorted so that a reader finds one by binary search without building
   * an index: the places of keys[k] are place[start[k]] … place[start[k + 1] - 1], each with its FORM flags.
   */
  forms: { keys: string[]; start: number[]; place: number[]; flags: number[] };
  /** The most words a key has: how far a match may reach. */
  longestName: number;
}
