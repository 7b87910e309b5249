// A viewport page is chosen window by window of start dates (listItems with a bbox and a limit): on
// random items and random queries it must answer exactly the page and the total of the
// straightforward query (every match in the box, sorted once), whatever the filters.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemInput, squareAround } from '@/lib/testing/items';
import { createSeededDatabase, type TempDatabase } from '@/lib/testing/temp-database';
import { DATE_PRECISIONS, ITEM_KINDS, ITEM_STATUSES } from './kinds';
import * as repository from './repository';
import type { ItemQuery } from './query';
import type { BBox } from './types';
import { createItem } from './write';

let database: TempDatabase;

// The random items lie either side of the antimeridian (172°E..172°W, 50..40°S), away from the seed's.
const WEST_EDGE = 172;
const SPREAD = 16;
const ACTORS = ['Navy', 'Army', 'Militia'];
const COUNTRIES = ['FJI', 'NZL', 'TON'];
const MARKED_WORD = 'lighthouse';

const longitude = (offset: number) => ((WEST_EDGE + offset + 180) % 360) - 180;
const day = (n: number) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Random items: dates over 25 years in clumps (many on the same day, so ties are broken by id), every
 * kind of precision, status, actor and country, some with a searchable word.
 */
const randomItem = fc.record({
  offset: fc.double({ min: 0, max: SPREAD, noNaN: true }),
  lat: fc.double({ min: -50, max: -40, noNaN: true }),
  area: fc.boolean(),
  kind: fc.constantFrom('strike', 'political_event'),
  status: fc.constantFrom(...ITEM_STATUSES),
  startDay: fc.oneof(fc.integer({ min: 0, max: 9000 }), fc.integer({ min: 4000, max: 4090 }), fc.constantFrom(100, 4000, 4001, 8999)),
  datePrecision: fc.constantFrom(...DATE_PRECISIONS),
  announcedAfter: fc.integer({ min: 0, max: 60 }),
  actors: fc.subarray(ACTORS),
  countries: fc.subarray(COUNTRIES),
  marked: fc.boolean(),
});

async function createRandomItems(count: number): Promise<void> {
  const { id: excerptId } = await database.client.excerpt.findFirstOrThrow({ select: { id: true } });
  for (const item of fc.sample(randomItem, { numRuns: count, seed: 15 })) {
    const point: [number, number] = [longitude(item.offset), item.lat];
    const input = itemInput([excerptId], {
      title: item.marked ? `Near the ${MARKED_WORD}` : 'Random item',
      kind: item.area ? 'exercise_area' : item.kind,
      status: item.status,
      geometry: item.area ? squareAround(point, 0.4) : { type: 'Point', coordinates: point },
      startDate: day(item.startDay),
      datePrecision: item.datePrecision,
      announcedAt: day(item.startDay + item.announcedAfter),
      actors: item.actors,
      countries: item.countries,
    });
    await createItem(database.client, input, null);
  }
}

beforeAll(async () => {
  database = await createSeededDatabase();
  await createRandomItems(160);
}, 120_000);
afterAll(() => database.cleanup());

/** A box over part of the random items, crossing the antimeridian when it reaches past 180°. */
const randomBox = fc
  .record({ west: fc.double({ min: -1, max: SPREAD, noNaN: true }), width: fc.double({ min: 0.1, max: SPREAD + 2, noNaN: true }) })
  .chain(({ west, width }) =>
    fc.record({ south: fc.double({ min: -52, max: -41, noNaN: true }), height: fc.double({ min: 0.1, max: 12, noNaN: true }) }).map(
      ({ south, height }): BBox => [longitude(west), south, longitude(Math.min(west + width, SPREAD + 1)), south + height],
    ),
  );

const randomQuery = fc.record(
  {
    bbox: randomBox,
    kinds: fc.subarray([...ITEM_KINDS]),
    statuses: fc.subarray([...ITEM_STATUSES]),
    actors: fc.subarray(ACTORS, { minLength: 1 }),
    countries: fc.subarray(COUNTRIES, { minLength: 1 }),
    q: fc.constant(MARKED_WORD),
    from: fc.integer({ min: 0, max: 9000 }).map((n) => new Date(`${day(n)}T00:00:00Z`)),
    to: fc.integer({ min: 3000, max: 9100 }).map((n) => new Date(`${day(n)}T00:00:00Z`)),
  },
  { requiredKeys: ['bbox'] },
).filter((query) => !query.from || !query.to || query.from <= query.to);

const ids = (collection: { features: { id: number }[] }) => collection.features.map((feature) => feature.id);

describe('a page of the items in a box', () => {
  it('is the start of the straightforward query’s answer, and its total is that answer’s length', async () => {
    await fc.assert(
      fc.asyncProperty(randomQuery, fc.integer({ min: 1, max: 60 }), async (query: ItemQuery, limit) => {
        const everything = ids(await repository.listItems(query));
        const page = await repository.listItemsPage({ ...query, limit });

        expect(ids(page)).toEqual(everything.slice(0, limit));
        expect(page.numberMatched).toBe(everything.length);
      }),
      { numRuns: 80, seed: 15 },
    );
  }, 120_000);

  it('at an offset (OGC paging) is the same slice of the straightforward query’s answer', async () => {
    await fc.assert(
      fc.asyncProperty(randomQuery, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 80 }), async (query: ItemQuery, limit, offset) => {
        const everything = ids(await repository.listItems(query));

        expect(ids(await repository.listItems(query, { limit, offset }))).toEqual(everything.slice(offset, offset + limit));
      }),
      { numRuns: 60, seed: 16 },
    );
  }, 120_000);

  it('finds random items at all (the properties above are not about empty answers only)', async () => {
    const everything = await repository.listItems({ bbox: [WEST_EDGE, -50, longitude(SPREAD), -40] });

    expect(everything.features.length).toBeGreaterThan(100);
  });
});

describe('the total of a crowded box', () => {
  // A box of its own, with more matches than are counted exactly.
  const box: BBox = [100, -61, 101, -60];

  async function createCrowd(count: number): Promise<void> {
    const dates = { startDate: new Date('2020-01-01T00:00:00Z'), spanStart: new Date('2020-01-01T00:00:00Z'), spanEnd: new Date('2020-01-01T00:00:00Z') };
    await database.client.item.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        title: `Crowd ${i}`,
        summary: '',
        kind: 'strike',
        status: 'reported',
        geometry: JSON.stringify({ type: 'Point', coordinates: [100.5, -60.5] }),
        minLng: 100.5,
        maxLng: 100.5,
        minLat: -60.5,
        maxLat: -60.5,
        locationPrecision: 'exact',
        datePrecision: 'day',
        ...dates,
      })),
    });
  }

  it('is flagged as an estimate, never below what the page walk saw', async () => {
    await createCrowd(repository.EXACT_TOTAL_UP_TO + 5);

    const page = await repository.listItemsPage({ bbox: box, limit: 10 });

    expect(page.features).toHaveLength(10);
    expect(page.numberMatchedEstimated).toBe(true);
    expect(page.numberMatched).toBeGreaterThan(repository.EXACT_TOTAL_UP_TO);
  });
});
