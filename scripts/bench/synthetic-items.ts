// Synthetic items for the benchmark: half spread evenly over the inhabited latitudes, half clustered
// around cities (as real event data is), from a fixed seed so every run measures the same data.
// Rows are written straight into "Item" with better-sqlite3 in one transaction per batch: the
// R*Tree triggers of the committed migrations run as they would for the app's own writes, and each
// item's region membership (ItemRegion) is computed with the write path's own test.
import Database from 'better-sqlite3';
import type { Geometry } from 'geojson';
import { DAY_MS, dayMs, storedSpan, toDay } from '@/lib/dates';
import { storedDateTime } from '@/lib/db/config';
import { shapeBBox } from '@/lib/geo/bbox';
import { normaliseShape } from '@/lib/geo/normalise';
import { ITEM_STATUSES, type ItemKind } from '@/lib/items/kinds';
import { itemTouchesRegion, regionOutline } from '@/lib/regions/membership';

/** [lng, lat] of cities where synthetic events cluster. */
export const CITIES: ReadonlyArray<readonly [number, number]> = [
  [30.52, 50.45], [35.0, 48.45], [37.62, 55.75], [36.29, 33.51], [36.2, 37.2], [35.5, 33.9], [34.78, 32.08],
  [44.36, 33.31], [51.39, 35.69], [69.17, 34.53], [67.0, 24.86], [77.21, 28.61], [90.41, 23.81], [100.5, 13.75],
  [116.4, 39.9], [121.47, 31.23], [125.75, 39.02], [126.98, 37.57], [139.69, 35.69], [121.56, 25.03], [106.85, -6.21],
  [151.21, -33.87], [178.44, -18.14], [-77.04, 38.9], [-74.0, 40.71], [-99.13, 19.43], [-74.07, 4.71], [-58.38, -34.6],
  [-43.17, -22.91], [-0.13, 51.51], [2.35, 48.86], [13.4, 52.52], [28.98, 41.01], [31.24, 30.04], [32.53, 15.59],
  [36.82, -1.29], [3.38, 6.52], [-7.99, 12.64], [18.42, -33.92], [45.32, 2.05],
];

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same items on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticItem {
  kind: ItemKind;
  geometry: Geometry;
  startDate: Date;
  status: string;
  clustered: boolean;
}

const round = (value: number) => Math.round(value * 1e5) / 1e5;
const clampLat = (lat: number) => Math.max(-85, Math.min(85, lat));
const wrapLng = (lng: number) => (lng > 180 ? lng - 360 : lng < -180 ? lng + 360 : lng);
const DECADE_START = dayMs('2015-01-01');
const DECADE_DAYS = 3653;

/**
 * Item number `index` of the stream for `seed`. Each item has its own PRNG (seed + index), so the
 * first 10k items of a 1M run are exactly the 10k run, and sizes can be generated incrementally.
 */
export function syntheticItem(seed: number, index: number): SyntheticItem {
  const random = seededRandom(seed * 7919 + index);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const clustered = random() < 0.5;
  const city = CITIES[Math.floor(random() * CITIES.length)];
  const [lng, lat] = clustered
    ? [wrapLng(city[0] + gaussian() * 0.6), clampLat(city[1] + gaussian() * 0.4)]
    : [random() * 360 - 180, random() * 135 - 60];
  const at = (dLng: number, dLat: number): [number, number] => [round(Math.min(180, Math.max(-180, lng + dLng))), round(clampLat(lat + dLat))];
  const shape = random();
  let kind: ItemKind;
  let geometry: Geometry;
  if (shape < 0.88) {
    kind = random() < 0.8 ? 'strike' : 'political_event';
    geometry = { type: 'Point', coordinates: at(0, 0) };
  } else if (shape < 0.93) {
    const size = 0.05 + random() * 0.3;
    kind = 'exercise_area';
    geometry = { type: 'Polygon', coordinates: [[at(0, 0), at(size, 0), at(size, size), at(0, size), at(0, 0)]] };
  } else if (shape < 0.98) {
    kind = 'front_line';
    geometry = { type: 'LineString', coordinates: [at(0, 0), at(0.2, 0.1), at(0.4, -0.05)] };
  } else {
    const other = CITIES[Math.floor(random() * CITIES.length)];
    kind = random() < 0.5 ? 'troop_deployment' : 'diplomatic_contact';
    geometry = { type: 'LineString', coordinates: [at(0, 0), [other[0], other[1]]] };
  }
  return {
    kind,
    geometry,
    startDate: new Date(DECADE_START + Math.floor(random() * DECADE_DAYS) * DAY_MS),
    status: ITEM_STATUSES[Math.floor(random() * ITEM_STATUSES.length)],
    clustered,
  };
}

const INSERT = `INSERT INTO "Item" ("title", "summary", "kind", "status", "geometry", "minLng", "minLat", "maxLng", "maxLat",
  "locationPrecision", "startDate", "datePrecision", "spanStart", "spanEnd", "updatedAt")
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'exact', ?, 'day', ?, ?, ?)`;

const INSERT_MEMBERSHIP = `INSERT INTO "ItemRegion" ("itemId", "regionId", "startDate") VALUES (?, ?, ?)`;

/**
 * Inserts items number `from` (inclusive) to `to` (exclusive) of the stream for `seed` into the SQLite
 * file; `withRegions: false` skips their region membership (most of the cost), for runs that read no region.
 */
export function insertSyntheticItems(dbFile: string, seed: number, from: number, to: number, { withRegions = true } = {}): void {
  const db = new Database(dbFile);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = OFF');
    const insert = db.prepare(INSERT);
    const insertMembership = db.prepare(INSERT_MEMBERSHIP);
    const regionRows = withRegions ? db.prepare(`SELECT "id", "geometry", "minLng", "minLat", "maxLng", "maxLat" FROM "Region"`).all() : [];
    const regions = (regionRows as Parameters<typeof regionOutline>[0][]).map(regionOutline);
    const now = storedDateTime(new Date());
    const batch = db.transaction((start: number, end: number) => {
      for (let index = start; index < end; index++) {
        const item = syntheticItem(seed, index);
        // Stored as the write path stores it: normalised (cut at the antimeridian, rewound), boxed by shapeBBox.
        const geometry = normaliseShape(item.geometry).geometry;
        const bbox = shapeBBox(geometry)!;
        const startDate = storedDateTime(item.startDate);
        // Written as the write path would (lib/items/write.ts), span included: the time filters read it.
        const { spanStart, spanEnd } = storedSpan({ startDate: toDay(item.startDate), endDate: null, datePrecision: 'day', announcedAt: null });
        const { lastInsertRowid } = insert.run(`Synthetic ${item.kind} #${index}`, 'Synthetic item for the benchmark.', item.kind,
          item.status, JSON.stringify(geometry), ...bbox, startDate, storedDateTime(spanStart), storedDateTime(spanEnd), now);
        const placed = { kind: item.kind, geometry, bbox };
        for (const region of regions) {
          if (itemTouchesRegion(region, placed)) insertMembership.run(lastInsertRowid, region.id, startDate);
        }
      }
    });
    for (let start = from; start < to; start += 50_000) batch(start, Math.min(to, start + 50_000));
    db.exec('ANALYZE');
  } finally {
    db.close();
  }
}
