// The drafter's gazetteer, read once from lib/generated/gazetteer.json (written on npm install by
// scripts/build-gazetteer.ts) and indexed by name key. Server-side: it reads a file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GazetteerData } from './gazetteer-format';
import { PLACE_KINDS, type PlaceKind } from './types';


export interface GazetteerPlace {
  /** Index of the place in the gazetteer. */
  id: number;
  name: string;
  kind: PlaceKind;
  lat: number;
  lon: number;
  iso3?: string;
  population: number;
  rank: number;
  admin1: string;
}

/** A form the text may match: the place it names and how (FORM flags). */
export interface GazetteerForm {
  place: number;
  flags: number;
}

export interface Gazetteer {
  place(id: number): GazetteerPlace;
  /** The places a name key (nameKey) may stand for. */
  lookup(key: string): readonly GazetteerForm[] | undefined;
  /** The most words any name has: how far a match may reach. */
  longestName: number;
  size: { places: number; forms: number };
}

let loaded: Gazetteer | undefined;

/** Index of `key` in the sorted `keys`, or -1. */
function findKey(keys: readonly string[], key: string): number {
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const candidate = keys[middle];
    if (candidate === key) return middle;
    if (candidate < key) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

export const GAZETTEER_FILE = path.join(process.cwd(), 'lib', 'generated', 'gazetteer.json');

/** The gazetteer, loaded on first use and kept: call it once before timing anything that reads places. */
export function loadGazetteer(): Gazetteer {
  if (loaded) return loaded;
  let data: GazetteerData;
  try {
    data = JSON.parse(readFileSync(GAZETTEER_FILE, 'utf8')) as GazetteerData;
  } catch (error) {
    throw new Error(`The gazetteer ${GAZETTEER_FILE} is missing or unreadable: run \`npm install\` (or \`npx tsx scripts/build-gazetteer.ts\`).`, { cause: error });
  }
  const { keys, start, place, flags } = data.forms;
  loaded = {
    place: (id) => ({
      id,
      name: data.name[id],
      kind: PLACE_KINDS[data.kind[id]],
      lat: data.lat[id],
      lon: data.lon[id],
      iso3: data.country[id] >= 0 ? data.countries[data.country[id]] : undefined,
      population: data.population[id],
      rank: data.rank[id],
      admin1: data.admin1[id] >= 0 ? data.admin1Codes[data.admin1[id]] : '',
    }),
    lookup: (name) => {
      const k = findKey(keys, name);
      if (k < 0) return undefined;
      const forms: GazetteerForm[] = [];
      for (let row = start[k]; row < start[k + 1]; row++) forms.push({ place: place[row], flags: flags[row] });
      return forms;
    },
    longestName: data.longestName,
    size: { places: data.name.length, forms: place.length },
  };
  return loaded;
}
