// The PostgreSQL migrations and their runner, on throwaway databases of the server the suite's
// PostgreSQL pass starts (scripts/with-postgres.mjs sets SITMAP_TEST_POSTGRES_URL; the SQLite pass
// skips these, as it has no server).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { storedSpan, toStoredDate } from '@/lib/dates';
import { datedItems } from '@/lib/testing/dated-items';
import { applyPostgresMigrations, POSTGRES_MIGRATIONS_DIR } from './migrate-postgres';
import { createPostgresDatabase, type PostgresDatabase } from './postgres-databases';
import { diffMigrationsAgainstSchema } from './schema-diff';

const serverUrl = process.env.SITMAP_TEST_POSTGRES_URL;
const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function scratchDatabase(): Promise<PostgresDatabase> {
  const database = await createPostgresDatabase(serverUrl!, 'sitmap_migrate_test');
  cleanups.push(database.drop);
  return database;
}

function migrationsDir(migrations: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitmap-pg-migrations-'));
  cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
  for (const [name, sql] of Object.entries(migrations)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

async function query<Row extends pg.QueryResultRow>(url: string, sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe.runIf(serverUrl)('applyPostgresMigrations', () => {
  it('applies every committed migration to a new database, and nothing the second time', async () => {
    const { url } = await scratchDatabase();
    const committed = fs.readdirSync(POSTGRES_MIGRATIONS_DIR).filter((name) => !name.endsWith('.toml')).sort();

    expect(await applyPostgresMigrations(url)).toEqual(committed);
    expect(await applyPostgresMigrations(url)).toEqual([]);
    const recorded = await query<{ migration_name: string }>(url, 'SELECT migration_name FROM "_prisma_migrations" ORDER BY 1');
    expect(recorded.map((row) => row.migration_name)).toEqual(committed);
  });

  it('rolls a failing migration back entirely and applies none after it', async () => {
    const { url } = await scratchDatabase();
    const dir = migrationsDir({
      '1_ok': 'CREATE TABLE "Kept" ("id" integer);',
      '2_fails': 'CREATE TABLE "RolledBack" ("id" integer); SELECT * FROM "Missing";',
      '3_later': 'CREATE TABLE "Later" ("id" integer);',
    });

    await expect(applyPostgresMigrations(url, dir)).rejects.toThrow(/Migration 2_fails failed: .*"Missing".*rolled back.*Not applied: 3_later/);
    const tables = await query<{ name: string }>(url, "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1");
    expect(tables.map((table) => table.name)).toEqual(['Kept', '_prisma_migrations']);
  });
});

describe.runIf(serverUrl)('the migration item_spans on PostgreSQL', () => {
  it('gives every existing item the span the write path computes (lib/dates.ts itemSpan)', async () => {
    const { url } = await scratchDatabase();
    const names = fs.readdirSync(POSTGRES_MIGRATIONS_DIR).filter((name) => !name.endsWith('.toml')).sort();
    const spans = names.indexOf('20261129090000_item_spans');
    const dir = migrationsDir({});
    const copy = (name: string) => fs.cpSync(path.join(POSTGRES_MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
    names.slice(0, spans).forEach(copy);
    await applyPostgresMigrations(url, dir);
    const items = datedItems();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      for (const item of items) {
        await client.query(
          `INSERT INTO "Item" ("title", "summary", "kind", "status", "geometry", "minLng", "minLat", "maxLng", "maxLat",
            "locationPrecision", "startDate", "endDate", "datePrecision", "announcedAt", "updatedAt")
          VALUES ('t', '', 'strike', 'reported', '{"type":"Point","coordinates":[1,2]}', 1, 2, 1, 2, 'exact',
            $1::timestamptz AT TIME ZONE 'UTC', $2::timestamptz AT TIME ZONE 'UTC', $3, $4::timestamptz AT TIME ZONE 'UTC', now())`,
          [toStoredDate(item.startDate).toISOString(), toStoredDate(item.endDate)?.toISOString() ?? null, item.datePrecision, toStoredDate(item.announcedAt)?.toISOString() ?? null],
        );
      }
    } finally {
      await client.end();
    }

    names.slice(spans).forEach(copy);
    await applyPostgresMigrations(url, dir);

    const rows = await query<{ spanStart: string; spanEnd: string }>(
      url,
      `SELECT to_char("spanStart", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "spanStart", to_char("spanEnd", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "spanEnd" FROM "Item" ORDER BY "id"`,
    );
    expect(rows.map((row) => [row.spanStart, row.spanEnd])).toEqual(items.map((item) => Object.values(storedSpan(item)).map((date) => date.toISOString())));
  });
});

describe.runIf(serverUrl)('diffMigrationsAgainstSchema on PostgreSQL', () => {
  it('finds nothing to migrate: the committed migrations produce exactly the schema', async () => {
    expect(await diffMigrationsAgainstSchema({ target: { kind: 'postgres', serverUrl: serverUrl! } })).toBe('');
  });

  it('returns the SQL for what the schema has and the migrations lack', async () => {
    const schemaPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sitmap-pg-schema-')), 'schema.prisma');
    cleanups.push(async () => fs.rmSync(path.dirname(schemaPath), { recursive: true, force: true }));
    fs.writeFileSync(schemaPath, `${fs.readFileSync('prisma/postgres/schema.prisma', 'utf8')}\nmodel Extra {\n  id Int @id\n}\n`);

    const sql = await diffMigrationsAgainstSchema({ schemaPath, target: { kind: 'postgres', serverUrl: serverUrl! } });

    expect(sql).toContain('CREATE TABLE "Extra"');
    expect(sql).not.toContain('CREATE TABLE "Item"');
  });
});
