// The viewport page at scale (`/api/items?bbox=…&limit=500`, the list beside the map in tiles mode, OGC
// paging), side by side on one database: the app's page (lib/items/repository.ts listItemsPage: window
// by window of start dates, the total counted up to EXACT_TOTAL_UP_TO, then estimated) against the path
// it replaced, kept here only as the baseline: every match in the box sorted by start date in one
// query, then counted in full. Also copies the bench's SQLite items into PostgreSQL, to run the same there.
import Database from 'better-sqlite3';
import pg from 'pg';
import { queryRows } from '@/lib/db/reader';
import { Prisma } from '@/lib/generated/prisma/client';
import { storedBoxesMeeting } from '@/lib/geo/bbox';
import { listItems, listItemsPage } from '@/lib/items/repository';
import type { ItemCollection } from '@/lib/items/schema';
import { itemSql } from '@/lib/items/sql-dialect';
import type { BBox } from '@/lib/items/types';
import { measureSideBySide, type Timing } from './measure';

/** The page the map's list and OGC clients ask for. */
export const VIEWPORT_PAGE_LIMIT = 500;

/** The page and its total as the app answered before the window walk. */
export async function baselineViewportPage(bbox: BBox, limit: number): Promise<ItemCollection> {
  const boxes = storedBoxesMeeting(bbox);
  const hits = Prisma.join(
    boxes.map((box) => itemSql().liveItemsInBox(box)),
    ' UNION ',
  );
  const exact = Prisma.join(
    boxes.map(([west, south, east, north]) => Prisma.sql`(i."minLng" <= ${east} AND i."maxLng" >= ${west} AND i."minLat" <= ${north} AND i."maxLat" >= ${south})`),
    ' OR ',
  );
  const page = await queryRows<{ id: number }>(
    Prisma.sql`SELECT i."id" FROM (${hits}) AS i WHERE ${exact} ORDER BY i."startDate", i."id" LIMIT ${limit}`,
  );
  const items = page.length ? await listItems({ ids: page.map((row) => row.id) }) : { type: 'FeatureCollection' as const, features: [] };
  if (page.length < limit) return { ...items, numberMatched: page.length };
  const [{ count }] = await queryRows<{ count: number }>(Prisma.sql`SELECT count(*) AS "count" FROM (${hits}) AS i WHERE ${exact}`);
  return { ...items, numberMatched: count };
}

export interface ViewportComparison {
  app: Timing;
  baseline: Timing;
  /** Boxes where the app's page differed from the baseline's (ids in order), or its total from the exact one beyond what it flagged as an estimate. */
  mismatches: number;
  /** Mean total over the boxes the baseline answered (its exact count). */
  meanTotal: number;
  /** Boxes whose total the app estimated, and the largest error of those estimates (relative). */
  estimated: number;
  worstEstimateError: number;
}

/**
 * The app's page against the baseline's on each box, side by side (the baseline only until `budgetMs`
 * went by), checking they answer the same on every box both answered.
 */
export async function compareViewportPages(boxes: BBox[], budgetMs: number): Promise<ViewportComparison> {
  const answers: [ItemCollection[], ItemCollection[]] = [[], []];
  const page = (side: 0 | 1, answer: (box: BBox) => Promise<ItemCollection>) => async (i: number) => {
    const items = await answer(boxes[i]);
    answers[side][i] = items;
    return items.features.length;
  };
  const [app, baseline] = await measureSideBySide(
    page(0, (bbox) => listItemsPage({ bbox, limit: VIEWPORT_PAGE_LIMIT })),
    page(1, (bbox) => baselineViewportPage(bbox, VIEWPORT_PAGE_LIMIT)),
    { runs: boxes.length, budgetMs },
  );
  const ids = (items: ItemCollection) => items.features.map((feature) => feature.id).join(',');
  const comparison = { app, baseline, mismatches: 0, meanTotal: 0, estimated: 0, worstEstimateError: 0 };
  answers[1].forEach((theirs, i) => {
    const mine = answers[0][i];
    const exact = theirs.numberMatched!;
    comparison.meanTotal += exact / baseline.runs;
    if (mine.numberMatchedEstimated) {
      comparison.estimated++;
      comparison.worstEstimateError = Math.max(comparison.worstEstimateError, Math.abs(mine.numberMatched! - exact) / exact);
    }
    if (ids(mine) !== ids(theirs) || (!mine.numberMatchedEstimated && mine.numberMatched !== exact)) comparison.mismatches++;
  });
  return comparison;
}

const COPIED_COLUMNS = [
  ['id', 'int'],
  ['title', 'text'],
  ['summary', 'text'],
  ['kind', 'text'],
  ['status', 'text'],
  ['geometry', 'text'],
  ['minLng', 'float8'],
  ['minLat', 'float8'],
  ['maxLng', 'float8'],
  ['maxLat', 'float8'],
  ['locationPrecision', 'text'],
  ['startDate', 'timestamp'],
  ['datePrecision', 'text'],
  ['spanStart', 'timestamp'],
  ['spanEnd', 'timestamp'],
  ['updatedAt', 'timestamp'],
] as const;

/**
 * Copies the items of the SQLite file with ids above `afterId` (the synthetic ones: the PostgreSQL
 * database holds the seed already, same ids) into PostgreSQL, keeping their ids. Its triggers are
 * skipped (session_replication_role): they keep the search documents and cluster cells, which the
 * viewport page does not read, at ~10 ms an item; the indexes on "Item" are kept as for any insert.
 */
export async function copyItemsToPostgres(dbFile: string, postgresUrl: string, afterId: number): Promise<void> {
  const sqlite = new Database(dbFile, { readonly: true });
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query('SET session_replication_role = replica');
    const names = COPIED_COLUMNS.map(([name]) => `"${name}"`).join(', ');
    const select = sqlite.prepare(`SELECT ${names} FROM "Item" WHERE "id" > ? ORDER BY "id" LIMIT 20000`).raw();
    const insert = `INSERT INTO "Item" (${names}) SELECT * FROM unnest(${COPIED_COLUMNS.map(([, type], n) => `$${n + 1}::${type}[]`).join(', ')})`;
    for (let last = afterId; ; ) {
      const rows = select.all(last) as unknown[][];
      if (!rows.length) break;
      await client.query(insert, COPIED_COLUMNS.map((_, column) => rows.map((row) => row[column])));
      last = rows[rows.length - 1][0] as number;
    }
    await client.query(`SELECT setval(pg_get_serial_sequence('"Item"', 'id'), (SELECT max("id") FROM "Item"))`);
    await client.query('ANALYZE');
  } finally {
    await client.end();
    sqlite.close();
  }
}
