// The per-cell counts behind low-zoom clusters ("ItemCell", kept by triggers: SQLite's migration
// item_cells, PostgreSQL's item_search_bbox_cells) through every kind of write, against a recount of the
// live items with the tiles' own math, on a real migrated and seeded database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededDatabase, type TempDatabase } from '@/lib/testing/temp-database';
import { CLUSTER_GRID, MAX_PRECOMPUTED_CLUSTER_ZOOM } from './layers';
import { tileAt } from './tile-math';

let database: TempDatabase;

beforeAll(async () => {
  database = await createSeededDatabase();
});
afterAll(() => database.cleanup());

interface CellCount {
  level: number;
  x: number;
  y: number;
  count: number;
  sumLng: number;
}

const LEVEL_OFFSET = Math.log2(CLUSTER_GRID);
const LEVELS = Array.from({ length: MAX_PRECOMPUTED_CLUSTER_ZOOM + 1 }, (_, zoom) => zoom + LEVEL_OFFSET);
const MERCATOR_LIMIT = 85.0511287798;
const rounded = (value: number) => Math.round(value * 1e6) / 1e6;
const byCell = (a: CellCount, b: CellCount) => a.level - b.level || a.x - b.x || a.y - b.y;

/** The cells an item's box centre falls in at every level (longitude wrapped, latitude clamped). */
function cellsOf(item: { minLng: number; maxLng: number; minLat: number; maxLat: number }) {
  const centreLng = (item.minLng + item.maxLng) / 2;
  const lng = centreLng - 360 * Math.floor((centreLng + 180) / 360);
  const lat = Math.max(-MERCATOR_LIMIT, Math.min(MERCATOR_LIMIT, (item.minLat + item.maxLat) / 2));
  return LEVELS.map((level) => ({ level, ...tileAt([lng, lat], level), lng }));
}

/** The cells as the triggers keep them, and as a recount of the live items gives them. */
async function keptAndRecounted(): Promise<[CellCount[], CellCount[]]> {
  const kept = (await database.client.itemCell.findMany()).map(({ level, x, y, count, sumLng }) => ({ level, x, y, count, sumLng: rounded(sumLng) }));
  const recount = new Map<string, CellCount>();
  for (const item of await database.client.item.findMany({ where: { deletedAt: null } })) {
    for (const { level, x, y, lng } of cellsOf(item)) {
      const key = `${level}/${x}/${y}`;
      const cell = recount.get(key) ?? { level, x, y, count: 0, sumLng: 0 };
      recount.set(key, { ...cell, count: cell.count + 1, sumLng: cell.sumLng + lng });
    }
  }
  const recounted = [...recount.values()].map((cell) => ({ ...cell, sumLng: rounded(cell.sumLng) }));
  return [kept.sort(byCell), recounted.sort(byCell)];
}

async function addStrike(title: string, [lng, lat]: [number, number]): Promise<number> {
  const item = await database.client.item.create({
    data: {
      title,
      summary: '',
      kind: 'strike',
      status: 'reported',
      geometry: JSON.stringify({ type: 'Point', coordinates: [lng, lat] }),
      minLng: lng,
      maxLng: lng,
      minLat: lat,
      maxLat: lat,
      locationPrecision: 'exact',
      startDate: new Date('2024-01-01'),
      datePrecision: 'day',
    },
  });
  return item.id;
}

describe('ItemCell', () => {
  it('holds every live seeded item once per level, from the backfill and the insert trigger', async () => {
    const live = await database.client.item.count({ where: { deletedAt: null } });
    const perLevel = await database.client.$queryRaw<Array<{ total: number | bigint }>>`
      SELECT sum("count") AS "total" FROM "ItemCell" GROUP BY "level"`;

    expect(perLevel.map((row) => Number(row.total))).toEqual(Array(8).fill(live));
  });

  it('matches a recount after moves, soft deletes, restores and deletes', async () => {
    const moved = await addStrike('Moves', [10.25, 20.25]);
    const softDeleted = await addStrike('Soft deleted', [10.26, 20.26]);
    const restored = await addStrike('Restored', [-179.9, 60]);
    const deleted = await addStrike('Deleted', [179.9, -60]);

    await database.client.item.update({ where: { id: moved }, data: { minLng: -70, maxLng: -70, minLat: -30, maxLat: -30 } });
    await database.client.item.update({ where: { id: softDeleted }, data: { deletedAt: new Date() } });
    await database.client.item.update({ where: { id: restored }, data: { deletedAt: new Date() } });
    await database.client.item.update({ where: { id: restored }, data: { deletedAt: null } });
    await database.client.item.delete({ where: { id: deleted } });

    const [kept, recounted] = await keptAndRecounted();
    expect(kept).toEqual(recounted);
  });

  it('drops a cell when its last item goes', async () => {
    const id = await addStrike('Alone in the South Atlantic', [-20.5, -55.5]);
    const cells = cellsOf({ minLng: -20.5, maxLng: -20.5, minLat: -55.5, maxLat: -55.5 });
    const where = { OR: cells.map(({ level, x, y }) => ({ level, x, y })) };
    expect(await database.client.itemCell.findMany({ where, select: { count: true } })).toEqual(Array(8).fill({ count: 1 }));

    await database.client.item.update({ where: { id }, data: { deletedAt: new Date() } });

    expect(await database.client.itemCell.findMany({ where })).toEqual([]);
  });
});
