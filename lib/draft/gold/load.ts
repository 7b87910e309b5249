// Reads the hand-annotated gold set (lib/draft/gold/<split>/<id>.txt + <id>.json; see README.md there).
import fs from 'node:fs';
import path from 'node:path';
import type { DraftLanguage, PlaceKind } from '@/lib/draft/types';
import type { DatePrecision, ItemKind } from '@/lib/items/kinds';

export interface Span {
  start: number;
  end: number;
}

export interface GoldPlace extends Span {
  text: string;
  name: string;
  lat: number;
  lon: number;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-3; always set for a country. */
  iso3?: string;
}

export interface GoldDate extends Span {
  text: string;
  date: string;
  precision: DatePrecision;
  endDate?: string;
}

export interface GoldEvent {
  title: string;
  kind: ItemKind;
  /** Where it happened; for a movement its destination, for a contact one of its two ends. */
  lat: number;
  lon: number;
  /** What kind of place the point is: sets the distance tolerance. */
  placeKind: PlaceKind;
  date: string;
  datePrecision: DatePrecision;
  /** The sentence that reports it (for reading the misses; not part of the match). */
  sentence: Span;
}

export interface GoldArticle {
  id: string;
  lang: DraftLanguage;
  published: string;
  theatre: string;
  places: GoldPlace[];
  dates: GoldDate[];
  events: GoldEvent[];
}

/** `tune` and `dev` are worked on; `heldout` is only ever scored as totals (README.md). */
export const GOLD_SPLITS = ['tune', 'dev', 'heldout'] as const;
export type GoldSplit = (typeof GOLD_SPLITS)[number];

export interface GoldEntry {
  split: GoldSplit;
  text: string;
  gold: GoldArticle;
}

const GOLD_DIR = path.join(process.cwd(), 'lib', 'draft', 'gold');

/** Article ids of one split, from its .txt files, sorted. */
export function goldIds(split: GoldSplit, dir = GOLD_DIR): string[] {
  return fs
    .readdirSync(path.join(dir, split))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => name.slice(0, -'.txt'.length))
    .sort();
}

export function loadGoldArticle(split: GoldSplit, id: string, dir = GOLD_DIR): GoldEntry {
  const base = path.join(dir, split, id);
  const text = fs.readFileSync(`${base}.txt`, 'utf8');
  const gold = JSON.parse(fs.readFileSync(`${base}.json`, 'utf8')) as GoldArticle;
  return { split, text, gold };
}

export function loadGoldSplit(split: GoldSplit, dir = GOLD_DIR): GoldEntry[] {
  return goldIds(split, dir).map((id) => loadGoldArticle(split, id, dir));
}
