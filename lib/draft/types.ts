// The drafter's output: what `draftArticle`, `npm run draft` and POST /api/sources/{id}/draft answer.
// Offsets (start, end) index the article's text as a JavaScript string (UTF-16 code units).
import type { Geometry } from 'geojson';
import type { DatePrecision, ItemKind, ItemStatus } from '@/lib/items/kinds';

export const DRAFT_LANGUAGES = ['fr', 'en'] as const;
export type DraftLanguage = (typeof DRAFT_LANGUAGES)[number];

/** What a gazetteer entry is: decides how far a guess may land from the truth and how it is drawn. */
export const PLACE_KINDS = [
  'country',
  'admin1',
  'city',
  'sea',
  'gulf',
  'strait',
  'canal',
  'island',
  'archipelago',
  'peninsula',
  'region',
  'landmark',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export interface PlaceCandidate {
  name: string;
  lat: number;
  lon: number;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-3 of the country the place is in (the country itself for a country). */
  iso3?: string;
  score: number;
}

export interface PlaceMention {
  text: string;
  start: number;
  end: number;
  name: string;
  lat: number;
  lon: number;
  kind: PlaceKind;
  iso3?: string;
  /** 0..1: how sure the resolver is of this reading. */
  confidence: number;
  /** How the text names it: by name, by adjective/demonym ("russe"), or by a seat of power ("le Kremlin"). */
  via: 'name' | 'demonym' | 'metonym';
  /** Runner-up readings, best first. */
  alternatives: PlaceCandidate[];
}

export interface DateMention {
  text: string;
  start: number;
  end: number;
  /** Calendar day YYYY-MM-DD: the day, or the first day of the week/month the expression names. */
  date: string;
  precision: DatePrecision;
  /** Last day when the expression names a range ("du 3 au 5 décembre"). */
  endDate?: string;
}

export interface Proposal {
  kind: ItemKind;
  status: ItemStatus;
  title: string;
  startDate: string | null;
  /** Last day, when the sentence names a range ("du 3 au 5 décembre"). */
  endDate?: string;
  datePrecision: DatePrecision;
  /** The day a party made it public, when the article says so ("ont annoncé ce jeudi"). */
  announcedAt?: string;
  /** Index into Draft.dates of the mention the start date comes from (none: the publication day). */
  date?: number;
  geometry: Geometry;
  locationPrecision: 'exact' | 'approximate' | 'region';
  actors: string[];
  /** ISO alpha-3 codes of the countries the proposal involves. */
  countries: string[];
  excerpt: { start: number; end: number; text: string };
  /** Later sentences about the same event, cited with it when the proposal is accepted. */
  otherExcerpts?: { start: number; end: number; text: string }[];
  /** Indices into Draft.places that the proposal's geometry rests on. */
  places: number[];
  /** Set when an item already on the map matches: offer "add this excerpt to item N". */
  matchesItemId?: number;
}

export interface Draft {
  lang: DraftLanguage;
  places: PlaceMention[];
  dates: DateMention[];
  proposals: Proposal[];
}
