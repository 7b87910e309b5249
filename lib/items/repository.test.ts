// The viewport query and the spatial index behind it (SQLite's R*Tree, PostgreSQL's GiST index),
// against a real migrated and seeded database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getRegionContext } from '@/lib/regions/repository';
import { itemInput } from '@/lib/testing/items';
import { createSeededDatabase, type TempDatabase } from '@/lib/testing/temp-database';
import { filterItems, type ItemFilters } from './filter';
import * as repository from './repository';
import type { ItemQuery } from './query';
import type { ItemInputDraft } from './schema';
import { createItem } from './write';

let database: TempDatabase;

beforeAll(async () => {
  database = await createSeededDatabase();
});
afterAll(() => database.cleanup());

async function anyExcerptId(): Promise<number> {
  return (await database.client.excerpt.findFirstOrThrow({ select: { id: true } })).id;
}

/** Creates a strike at a point through the write path (so the index triggers run) and returns its id. */
async function createStrike(title: string, coordinates: [number, number], startDate = '2024-06-01', dates: Partial<ItemInputDraft> = {}): Promise<number> {
  const input = itemInput([await anyExcerptId()], {
    title,
    summary: '',
    status: 'reported',
    geometry: { type: 'Point', coordinates },
    locationPrecision: 'exact',
    startDate,
    actors: [],
    countries: [],
    ...dates,
  });
  return (await createItem(database.client, input, null)).id;
}

const idsIn = async (query: ItemQuery) =>
  (await repository.listItems(query)).features.map((feature) => feature.id);

describe('listItems with a bbox (spatial index)', () => {
  it('finds an item created after the migration, through the insert trigger', async () => {
    const id = await createStrike('Index insert', [10.5, -30.5]);

    expect(await idsIn({ bbox: [10, -31, 11, -30] })).toEqual([id]);
  });

  it('follows an item whose geometry moves, through the update trigger', async () => {
    const id = await createStrike('Index update', [12.5, -32.5]);
    await database.client.item.update({
      where: { id },
      data: { geometry: JSON.stringify({ type: 'Point', coordinates: [14.5, -34.5] }), minLng: 14.5, maxLng: 14.5, minLat: -34.5, maxLat: -34.5 },
    });

    expect(await idsIn({ bbox: [12, -33, 13, -32] })).toEqual([]);
    expect(await idsIn({ bbox: [14, -35, 15, -34] })).toEqual([id]);
  });

  it('forgets a deleted item', async () => {
    const id = await createStrike('Index delete', [16.5, -36.5]);
    await database.client.item.delete({ where: { id } });

    expect(await idsIn({ bbox: [16, -37, 17, -36] })).toEqual([]);
    expect(await repository.countItemsUpTo({ bbox: [16, -37, 17, -36] }, 10)).toBe(0);
  });

  it('leaves out a soft-deleted item, and finds it again once restored', async () => {
    const id = await createStrike('Index soft delete', [18.5, -38.5]);
    const box: [number, number, number, number] = [18, -39, 19, -38];

    await database.client.item.update({ where: { id }, data: { deletedAt: new Date() } });
    expect(await idsIn({ bbox: box })).toEqual([]);
    expect(await repository.countItemsUpTo({ bbox: box }, 10)).toBe(0);

    await database.client.item.update({ where: { id }, data: { deletedAt: null } });
    expect(await idsIn({ bbox: box })).toEqual([id]);
  });

  it('finds items on both sides of the antimeridian for a box with west > east, and none between', async () => {
    const east = await createStrike('Fiji side', [179.5, -17]);
    const west = await createStrike('Samoa side', [-179.5, -17]);
    await createStrike('Far from the antimeridian', [0.5, -17]);

    expect((await idsIn({ bbox: [179, -18, -179, -16] })).sort()).toEqual([east, west].sort());
  });

  it('keeps the exact bbox: an item just outside the box is not returned despite the index rounding', async () => {
    await createStrike('Just outside', [20.0000001, -40]);

    expect(await idsIn({ bbox: [19, -41, 20, -39] })).toEqual([]);
  });

  it('combines the bbox with dates and kinds, and returns the earliest items up to the limit', async () => {
    const early = await createStrike('Early', [30.5, -50.5], '2020-01-01');
    const middle = await createStrike('Middle', [30.6, -50.6], '2021-01-01');
    await createStrike('Late', [30.7, -50.7], '2022-01-01');
    const box: [number, number, number, number] = [30, -51, 31, -50];

    expect(await idsIn({ bbox: box, limit: 2 })).toEqual([early, middle]);
    expect(await idsIn({ bbox: box, from: new Date('2020-06-01'), to: new Date('2021-06-01') })).toEqual([middle]);
    expect(await idsIn({ bbox: box, kinds: ['political_event'] })).toEqual([]);
  });

  it('returns the same items as the plain filter for the seeded data', async () => {
    const all = (await repository.listItems()).features;
    const box: [number, number, number, number] = [30, 30, 40, 50];
    const expected = all
      .filter((f) => f.bbox[0] <= box[2] && f.bbox[2] >= box[0] && f.bbox[1] <= box[3] && f.bbox[3] >= box[1])
      .map((f) => f.id);

    expect(expected.length).toBeGreaterThan(2);
    expect(await idsIn({ bbox: box })).toEqual(expected);
  });
});

describe('getRegionContext with the index as prefilter', () => {
  it('finds an item in Chukotka, west of the antimeridian, in unwrapped Russia', async () => {
    const id = await createStrike('Anadyr', [-176, 65.5]);

    const russia = await getRegionContext('RUS');

    expect(russia.items.map((item) => item.id)).toContain(id);
  });

  it('leaves out an item inside the region’s box but outside its shape', async () => {
    // In Syria's bbox (35.7..42.4, 32.3..37.3), in Jordan.
    const id = await createStrike('Jordan, inside Syria’s box', [37.5, 32.5]);

    const syria = await getRegionContext('SYR');

    expect(syria.items.map((item) => item.id)).not.toContain(id);
  });
});

describe('one meaning of time: the server and the browser keep the same items for a range', () => {
  // A box of its own, so the seeded items stay out of it.
  const box: [number, number, number, number] = [60, -61, 61, -60];
  const noFilters: ItemFilters = { hiddenKinds: [], statuses: [], actors: [], countries: [], sources: [], support: null, from: null, to: null };

  /** What tiles mode draws (the server's filter, through the spatial index) and what GeoJSON mode draws (the browser's). */
  async function bothModes(from: string, to: string) {
    const range = { from: new Date(`${from}T00:00:00Z`), to: new Date(`${to}T00:00:00Z`) };
    const tiles = await idsIn({ bbox: box, ...range });
    const pages = (await repository.listItems({ ...range })).features.filter((item) => item.bbox[0] >= 60 && item.bbox[2] <= 61).map((item) => item.id);
    const inBox = (await repository.listItems({ bbox: box })).features;
    const geojson = filterItems(inBox, { ...noFilters, from, to }).map((item) => item.id);
    return { tiles, pages, geojson };
  }

  it('keeps a week-precision item on the last day of its week and drops it the day after', async () => {
    const id = await createStrike('Week of 2019-03-04', [60.2, -60.2], '2019-03-04', { datePrecision: 'week' });

    const lastDay = await bothModes('2019-03-10', '2019-03-20');
    const dayAfter = await bothModes('2019-03-11', '2019-03-20');

    expect(lastDay).toEqual({ tiles: [id], pages: [id], geojson: [id] });
    expect(dayAfter).toEqual({ tiles: [], pages: [], geojson: [] });
  });

  it('keeps a month-precision item on the last day of its month and drops it the day after', async () => {
    const id = await createStrike('February 2019', [60.4, -60.4], '2019-02-01', { datePrecision: 'month' });

    const lastDay = await bothModes('2019-02-28', '2019-02-28');
    const dayAfter = await bothModes('2019-03-01', '2019-03-01');

    expect(lastDay).toEqual({ tiles: [id], pages: [id], geojson: [id] });
    expect(dayAfter.tiles).not.toContain(id);
    expect(dayAfter.geojson).not.toContain(id);
  });

  it('keeps a month-precision item for a range ending on its first day and drops it the day before', async () => {
    const id = await createStrike('April 2019', [60.6, -60.6], '2019-04-01', { datePrecision: 'month' });

    const firstDay = await bothModes('2019-03-20', '2019-04-01');
    const dayBefore = await bothModes('2019-03-20', '2019-03-31');

    expect(firstDay.tiles).toContain(id);
    expect(firstDay).toEqual({ tiles: firstDay.geojson, pages: firstDay.geojson, geojson: firstDay.geojson });
    expect(dayBefore.tiles).not.toContain(id);
    expect(dayBefore).toEqual({ tiles: dayBefore.geojson, pages: dayBefore.geojson, geojson: dayBefore.geojson });
  });
});
