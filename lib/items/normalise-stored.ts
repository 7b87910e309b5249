// The data migration that brings the item shapes stored before the write path normalised them
// (lib/geo/normalise.ts: cut at the antimeridian, rings rewound) in line with it: once per database,
// recorded in "DataMigration", run by `npm run db:setup` after the SQL migrations (SQL cannot compute
// it). Each changed row gets what the write path would have written: the geometry and its box, through
// the write path's own functions (the spatial index follows by trigger), and its region membership.
// Revisions are history and stay as written (lib/items/as-of.ts normalises them when it reads them).
// Not server-only: the setup script runs it.
import type { Db } from '@/lib/db/create-client';
import { syncItemRegions } from '@/lib/regions/membership';
import type { ItemKind } from './kinds';
import { geometrySchema } from './schema';
import { geometryColumns } from './write';

/** The name this data migration is recorded under. */
export const NORMALISE_SHAPES = '20261129090000_normalise_item_shapes';

/** Items read per query: a million items are walked in pages, never all in memory. */
const PAGE = 1000;

export type ShapesClient = Pick<Db, 'item' | 'region' | 'itemRegion' | 'dataMigration'>;

export interface NormalisedShapes {
  /** Items whose stored geometry or box changed. */
  changed: number[];
  /** Items whose stored geometry the schema refuses today: left as they are, for an editor to fix. */
  refused: number[];
}

function parseStored(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Normalises every stored item (deleted ones too: a restore brings them back as stored) unless this
 * database already ran it; returns what it did, or null when it had already run. Run it in a
 * transaction (setup's) so no item write interleaves and a failure leaves every row as it was.
 */
export async function ensureShapesNormalised(client: ShapesClient): Promise<NormalisedShapes | null> {
  if (await client.dataMigration.findUnique({ where: { name: NORMALISE_SHAPES } })) return null;
  const report: NormalisedShapes = { changed: [], refused: [] };
  for (let after = 0; ; ) {
    const rows = await client.item.findMany({
      where: { id: { gt: after } },
      orderBy: { id: 'asc' },
      take: PAGE,
      select: { id: true, kind: true, geometry: true, minLng: true, minLat: true, maxLng: true, maxLat: true, startDate: true, deletedAt: true, updatedAt: true },
    });
    if (rows.length === 0) break;
    after = rows[rows.length - 1].id;
    for (const row of rows) {
      const parsed = geometrySchema.safeParse(parseStored(row.geometry));
      if (!parsed.success) {
        report.refused.push(row.id);
        continue;
      }
      const columns = geometryColumns(parsed.data);
      const { geometry, minLng, minLat, maxLng, maxLat } = row;
      if (JSON.stringify({ geometry, minLng, minLat, maxLng, maxLat }) === JSON.stringify(columns)) continue;
      // The content is the same shape, stored right: no new version, and the item keeps its place in the editor's list.
      await client.item.update({ where: { id: row.id }, data: { ...columns, updatedAt: row.updatedAt } });
      if (!row.deletedAt) {
        await syncItemRegions(client, row.id, {
          kind: row.kind as ItemKind,
          geometry: parsed.data,
          bbox: [columns.minLng, columns.minLat, columns.maxLng, columns.maxLat],
          startDate: row.startDate,
        });
      }
      report.changed.push(row.id);
    }
  }
  await client.dataMigration.create({ data: { name: NORMALISE_SHAPES } });
  return report;
}
