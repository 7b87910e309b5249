// Region membership (ItemRegion) on a real migrated and seeded database: every write path keeps it
// equal to what turf says of the live items, and ensureRegionMembership fills or recomputes it.
import type { Geometry } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedInAdmin } from '@/lib/auth/session';
import type { ItemKind } from '@/lib/items/kinds';
import type { ItemGeometry } from '@/lib/items/schema';
import type { BBox } from '@/lib/items/types';
import { importItems } from '@/lib/import/import-items';
import { getEditorItem, listRevisions } from '@/lib/items/editor';
import type { ItemInput } from '@/lib/items/schema';
import { createItem, deleteItem, restoreItem, restoreRevision, updateItem } from '@/lib/items/write';
import { importFeature, importFile } from '@/lib/testing/import-file';
import { itemInput, squareAround } from '@/lib/testing/items';
import { createSeededDatabase, type TempDatabase } from '@/lib/testing/temp-database';
import { seededRandom } from '@/scripts/bench/synthetic-items';
import { touchesRegion } from './containment';
import { ensureRegionMembership } from './membership';
import { getRegionContext } from './repository';

let database: TempDatabase;
let admin: SignedInAdmin;
let excerptId: number;

beforeAll(async () => {
  database = await createSeededDatabase();
  admin = await database.client.admin.create({ data: { name: 'cartographer', passwordHash: 'not-used-here' } });
  excerptId = (await database.client.excerpt.findFirstOrThrow()).id;
}, 60_000);
afterAll(() => database.cleanup());

/** Creates an item as the admin's editor does: in a transaction of its own, with its revision. */
const createByAdmin = (input: ItemInput) => database.client.$transaction((tx) => createItem(tx, input, admin));

const PALMYRA: [number, number] = [38.27, 34.55];
const LVIV: [number, number] = [24.03, 49.84];
const WARSAW: [number, number] = [21.01, 52.23];

/** The regions an item has rows in, by id. */
async function storedRegions(itemId: number): Promise<string[]> {
  const rows = await database.client.itemRegion.findMany({ where: { itemId }, orderBy: { regionId: 'asc' } });
  return rows.map((row) => row.regionId);
}

/** Every stored row as "item region date", sorted. */
async function allRows(): Promise<string[]> {
  const rows = await database.client.itemRegion.findMany();
  return rows.map((row) => `${row.itemId} ${row.regionId} ${row.startDate.toISOString()}`).sort();
}

/** What the region context decided on the fly before the table: turf on every live item and region. */
async function rowsByTurf(): Promise<string[]> {
  const outlines = (await database.client.region.findMany()).map((row) => ({
    id: row.id,
    geometry: JSON.parse(row.geometry) as Geometry,
    bbox: [row.minLng, row.minLat, row.maxLng, row.maxLat] as BBox,
  }));
  const items = await database.client.item.findMany({ where: { deletedAt: null } });
  return items
    .flatMap((item) => {
      const placed = { kind: item.kind as ItemKind, geometry: JSON.parse(item.geometry) as Geometry, bbox: [item.minLng, item.minLat, item.maxLng, item.maxLat] as BBox };
      return outlines.filter((region) => touchesRegion(region, placed)).map((region) => `${item.id} ${region.id} ${item.startDate.toISOString()}`);
    })
    .sort();
}

/** Random geometries of every shape the app stores, over the whole world (antimeridian included). */
function randomGeometries(seed: number, count: number): ItemGeometry[] {
  const random = seededRandom(seed);
  const point = (): [number, number] => [Math.round((random() * 360 - 180) * 1e4) / 1e4, Math.round((random() * 150 - 60) * 1e4) / 1e4];
  return Array.from({ length: count }, (_, i): ItemGeometry => {
    const at = point();
    switch (i % 4) {
      case 0:
        return { type: 'Point', coordinates: at };
      case 1:
        return squareAround([Math.min(179, Math.max(-179, at[0])), at[1]], 0.2 + random() * 0.8) as ItemGeometry;
      case 2:
        return { type: 'LineString', coordinates: [at, [Math.min(180, at[0] + random() * 3), at[1] + random() * 2]] };
      default:
        return { type: 'LineString', coordinates: [at, point()] };
    }
  });
}

const KINDS: ItemKind[] = ['strike', 'exercise_area', 'front_line', 'diplomatic_contact'];

describe('region membership kept by the write path', () => {
  it('agrees with turf for the seeded items and random ones, in every region', async () => {
    expect(await allRows()).toEqual(await rowsByTurf());

    // Cities the benchmark clusters around put many items in or near regions; the rest fall anywhere.
    await database.client.$transaction(
      async (tx) => {
        for (const [i, geometry] of randomGeometries(20241127, 120).entries()) {
          await createItem(tx, itemInput([excerptId], { title: `Random ${i}`, kind: KINDS[i % 4], geometry, startDate: `2024-0${1 + (i % 9)}-1${i % 10}` }), null);
        }
      },
      { timeout: 60_000 },
    );
    const stored = await allRows();

    expect(stored.length).toBeGreaterThan(60);
    expect(stored).toEqual(await rowsByTurf());
  });

  it('places a new item, and moves it with its geometry and date', async () => {
    const created = await createByAdmin(itemInput([excerptId], { title: 'Moving strike', geometry: { type: 'Point', coordinates: PALMYRA } }));
    expect(await storedRegions(created.id)).toEqual(['SYR']);

    const moved = await updateItem(database.client, admin, created.id, created.version, {
      ...created.input,
      geometry: { type: 'Point', coordinates: LVIV },
      startDate: '2023-02-24',
    });

    expect(await storedRegions(moved.id)).toEqual(['UKR']);
    const [row] = await database.client.itemRegion.findMany({ where: { itemId: moved.id } });
    expect(row.startDate.toISOString()).toBe('2023-02-24T00:00:00.000Z');
  });

  it('takes a soft-deleted item out of every region and puts it back when restored', async () => {
    const created = await createByAdmin(itemInput([excerptId], { title: 'Deleted strike', geometry: { type: 'Point', coordinates: PALMYRA } }));
    const before = (await getRegionContext('SYR')).itemCount;

    const deleted = await deleteItem(database.client, admin, created.id, created.version);
    expect(await storedRegions(created.id)).toEqual([]);
    expect((await getRegionContext('SYR')).itemCount).toBe(before - 1);

    await restoreItem(database.client, admin, created.id, deleted.version);
    expect(await storedRegions(created.id)).toEqual(['SYR']);
    expect((await getRegionContext('SYR')).itemCount).toBe(before);
  });

  it('places an item restored to an earlier revision where that revision was', async () => {
    const created = await createByAdmin(itemInput([excerptId], { title: 'Revised strike', geometry: { type: 'Point', coordinates: PALMYRA } }));
    const moved = await updateItem(database.client, admin, created.id, created.version, { ...created.input, geometry: { type: 'Point', coordinates: LVIV } });
    const [, first] = await listRevisions(created.id);

    await restoreRevision(database.client, admin, created.id, first.id, moved.version);

    expect(await storedRegions(created.id)).toEqual(['SYR']);
  });

  it('drops the rows of an item deleted for good', async () => {
    const { id } = await createItem(database.client, itemInput([excerptId], { geometry: { type: 'Point', coordinates: LVIV } }), null);
    expect(await storedRegions(id)).toEqual(['UKR']);

    await database.client.item.delete({ where: { id } });

    expect(await storedRegions(id)).toEqual([]);
  });

  it('places imported items', async () => {
    const { itemIds } = await importItems(database.client, admin, importFile([importFeature('Imported strike in Syria', { geometry: { type: 'Point', coordinates: PALMYRA } })]), 1);

    expect(await storedRegions(itemIds[0])).toEqual(['SYR']);
  });

  it('keeps the membership of the edit that won when two editors save the same version at once', async () => {
    const created = await createByAdmin(itemInput([excerptId], { title: 'Contested strike', geometry: { type: 'Point', coordinates: PALMYRA } }));
    const edits = [LVIV, WARSAW].map((coordinates) =>
      updateItem(database.client, admin, created.id, created.version, { ...created.input, geometry: { type: 'Point', coordinates } }),
    );

    const results = await Promise.allSettled(edits);

    expect(results.filter((result) => result.status === 'rejected')).toHaveLength(1);
    const saved = await getEditorItem(created.id);
    const winner = results.findIndex((result) => result.status === 'fulfilled');
    expect(saved.input.geometry).toEqual({ type: 'Point', coordinates: [LVIV, WARSAW][winner] });
    expect(await storedRegions(created.id)).toEqual([['UKR'], ['POL']][winner]);
  });
});

describe('ensureRegionMembership', () => {
  it('finds nothing to do on a seeded database', async () => {
    expect(await database.client.$transaction((tx) => ensureRegionMembership(tx))).toEqual([]);
  });

  it('fills the rows of existing items when none were computed (after the migration), once', async () => {
    const expected = await allRows();
    await database.client.itemRegion.deleteMany();
    await database.client.region.updateMany({ data: { itemsOutlineHash: null } });

    const filled = await database.client.$transaction((tx) => ensureRegionMembership(tx), { timeout: 60_000 });

    expect(filled.length).toBe(await database.client.region.count());
    expect(await allRows()).toEqual(expected);
    expect(await database.client.$transaction((tx) => ensureRegionMembership(tx))).toEqual([]);
  });

  it('recomputes a region whose outline changed', async () => {
    const { id } = await createItem(database.client, itemInput([excerptId], { title: 'Strike in Sicily', geometry: { type: 'Point', coordinates: [14.2, 37.5] } }), null);
    const sicily = squareAround([14.2, 37.5], 1);
    await database.client.region.update({
      where: { id: 'eastern-mediterranean' },
      data: { geometry: JSON.stringify(sicily), minLng: 13.2, minLat: 36.5, maxLng: 15.2, maxLat: 38.5 },
    });

    expect(await database.client.$transaction((tx) => ensureRegionMembership(tx))).toEqual(['eastern-mediterranean']);

    const rows = await database.client.itemRegion.findMany({ where: { regionId: 'eastern-mediterranean' } });
    expect(rows.map((row) => row.itemId)).toEqual([id]);
    expect(await allRows()).toEqual(await rowsByTurf());
  });
});
