// The data migration of stored shapes, on a real migrated and seeded database (SQLite, or PostgreSQL in
// the PostgreSQL pass): rows written as the write path wrote them before it normalised shapes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bboxOf } from '@/lib/geo/bbox';
import { itemInput, squareAround } from '@/lib/testing/items';
import { createSeededDatabase, type TempDatabase } from '@/lib/testing/temp-database';
import { ensureShapesNormalised } from './normalise-stored';
import { createItem } from './write';

let database: TempDatabase;
let repository: typeof import('./repository');
let excerptId: number;

beforeAll(async () => {
  database = await createSeededDatabase();
  repository = await import('./repository');
  excerptId = (await database.client.excerpt.findFirstOrThrow()).id;
}, 60_000);
afterAll(() => database.cleanup());

/** Chukotka drawn across the antimeridian with a jump, as the editor used to store it. */
const chukotkaWithJump = () => ({ type: 'Polygon', coordinates: [[[170, 62], [-172, 62], [-172, 68], [170, 68], [170, 62]]] });

/**
 * An item stored as before this change: created through the write path, then given `geometry` and
 * its plain box directly, as the old write path stored them, with the region rows that box earned.
 */
async function storedTheOldWay(title: string, geometry: { type: string; coordinates: unknown }, regionIds: string[] = []): Promise<number> {
  const { id } = await createItem(database.client, itemInput([excerptId], { title }), null);
  const [minLng, minLat, maxLng, maxLat] = bboxOf(geometry as never)!;
  await database.client.item.update({ where: { id }, data: { geometry: JSON.stringify(geometry), minLng, minLat, maxLng, maxLat } });
  await database.client.itemRegion.deleteMany({ where: { itemId: id } });
  if (regionIds.length) await database.client.itemRegion.createMany({ data: regionIds.map((regionId) => ({ itemId: id, regionId, startDate: new Date('2024-11-30') })) });
  return id;
}

const run = () => database.client.$transaction((tx) => ensureShapesNormalised(tx), { timeout: 60_000 });
const idsIn = async (bbox: [number, number, number, number]) => (await repository.listItems({ bbox })).features.map((feature) => feature.id);
const regionsOf = async (itemId: number) =>
  (await database.client.itemRegion.findMany({ where: { itemId }, orderBy: { regionId: 'asc' } })).map((row) => row.regionId);

describe('ensureShapesNormalised', () => {
  let chukotka: number;
  let clockwise: number;
  let deleted: number;
  let untouched: number;
  let result: Awaited<ReturnType<typeof ensureShapesNormalised>>;

  beforeAll(async () => {
    // The band around the world earned it a row in Norway's region; it lies in Russia's only.
    chukotka = await storedTheOldWay('Exercise area over Chukotka', chukotkaWithJump(), ['NOR']);
    const square = squareAround([36.23, 49.99]);
    clockwise = await storedTheOldWay('Clockwise square', { type: 'Polygon', coordinates: [[...square.coordinates[0]].reverse()] }, ['UKR']);
    deleted = await storedTheOldWay('Deleted line across the antimeridian', { type: 'LineString', coordinates: [[179, 60], [-179, 61]] });
    await database.client.item.update({ where: { id: deleted }, data: { deletedAt: new Date() } });
    untouched = (await createItem(database.client, itemInput([excerptId], { title: 'Stored right already', geometry: squareAround([30.5, 50.45]) }), null)).id;
    result = await run();
  }, 120_000);

  it('cuts a stored shape that jumps across the antimeridian', async () => {
    const row = await database.client.item.findUniqueOrThrow({ where: { id: chukotka } });

    expect(JSON.parse(row.geometry)).toEqual({
      type: 'MultiPolygon',
      coordinates: [
        [[[170, 62], [180, 62], [180, 68], [170, 68], [170, 62]]],
        [[[-180, 62], [-172, 62], [-172, 68], [-180, 68], [-180, 62]]],
      ],
    });
  });

  it('gives it the box across the antimeridian instead of the whole world', async () => {
    const row = await database.client.item.findUniqueOrThrow({ where: { id: chukotka } });

    expect([row.minLng, row.minLat, row.maxLng, row.maxLat]).toEqual([170, 62, 188, 68]);
  });

  it('takes it off a bbox query over Scandinavia, through the spatial index', async () => {
    expect(await idsIn([5, 58, 30, 71])).not.toContain(chukotka);
  });

  it('keeps it on bbox queries over either side of the antimeridian', async () => {
    expect(await idsIn([171, 63, 175, 67])).toContain(chukotka);
    expect(await idsIn([-178, 63, -174, 67])).toContain(chukotka);
  });

  it('places it in the regions it lies in, and only those', async () => {
    expect(await regionsOf(chukotka)).toEqual(['RUS']);
  });

  it('rewinds a clockwise polygon counterclockwise', async () => {
    const row = await database.client.item.findUniqueOrThrow({ where: { id: clockwise } });

    expect(JSON.parse(row.geometry)).toEqual(squareAround([36.23, 49.99]));
  });

  it('gives a rewound polygon the regions the write path gives the same square', async () => {
    const written = await createItem(database.client, itemInput([excerptId], { title: 'Square written now', geometry: squareAround([36.23, 49.99]) }), null);

    expect(await regionsOf(clockwise)).toEqual(await regionsOf(written.id));
  });

  it('normalises deleted items too, leaving them in no region', async () => {
    const row = await database.client.item.findUniqueOrThrow({ where: { id: deleted } });

    expect(JSON.parse(row.geometry).type).toBe('MultiLineString');
    expect(await regionsOf(deleted)).toEqual([]);
  });

  it('reports the items it changed, and leaves the others and every version as they were', async () => {
    expect(result!.changed.sort((a, b) => a - b)).toEqual([chukotka, clockwise, deleted].sort((a, b) => a - b));
    expect(result!.refused).toEqual([]);
    const versions = await database.client.item.findMany({ where: { id: { in: [chukotka, clockwise, deleted, untouched] } }, select: { version: true } });
    expect(versions.map((row) => row.version)).toEqual([1, 1, 1, 1]);
  });

  it('runs once per database', async () => {
    await storedTheOldWay('Stored the old way after the migration ran', chukotkaWithJump());

    expect(await run()).toBeNull();
  });
});
