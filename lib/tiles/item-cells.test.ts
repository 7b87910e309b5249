// The per-cell counts behind low-zoom clusters ("ItemCell", migration item_cells), kept by triggers
// through every kind of write, against a real migrated and seeded SQLite database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededDatabase, type TempDatabase } from '@/lib/testing/temp-database';

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

/** The cells as the triggers keep them, and as a recount of the live items gives them. */
async function keptAndRecounted(): Promise<[CellCount[], CellCount[]]> {
  const kept = await database.client.$queryRaw<CellCount[]>`
    SELECT "level", "x", "y", "count", round("sumLng", 6) AS "sumLng" FROM "ItemCell" ORDER BY "level", "x", "y"`;
  const recounted = await database.client.$queryRaw<CellCount[]>`
    SELECT "level", "x", "y", count(*) AS "count", round(sum("lng"), 6) AS "sumLng" FROM "ItemCellOf"
    GROUP BY "level", "x", "y" ORDER BY "level", "x", "y"`;
  // Prisma answers computed integers as bigint, stored ones as number.
  const plain = (rows: CellCount[]) =>
    rows.map((row) => ({ level: Number(row.level), x: Number(row.x), y: Number(row.y), count: Number(row.count), sumLng: row.sumLng }));
  return [plain(kept), plain(recounted)];
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
    const cells = await database.client.$queryRaw<Array<{ level: bigint; x: bigint; y: bigint }>>`
      SELECT "level", "x", "y" FROM "ItemCellOf" WHERE "itemId" = ${id}`;
    const where = { OR: cells.map((cell) => ({ level: Number(cell.level), x: Number(cell.x), y: Number(cell.y) })) };
    expect(await database.client.itemCell.findMany({ where, select: { count: true } })).toEqual(Array(8).fill({ count: 1 }));

    await database.client.item.update({ where: { id }, data: { deletedAt: new Date() } });

    expect(await database.client.itemCell.findMany({ where })).toEqual([]);
  });
});
