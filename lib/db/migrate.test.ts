import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { storedSpan, toStoredDate } from '@/lib/dates';
import { datedItems } from '@/lib/testing/dated-items';
import { resolveSqlitePath, storedDateTime } from './config';
import { applyMigrations } from './migrate';

const COMMITTED_MIGRATIONS = path.resolve('prisma/migrations');

const tempDirs: string[] = [];

function makeTempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitmap-migrate-test-'));
  tempDirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function committedMigrationNames(): string[] {
  return fs
    .readdirSync(COMMITTED_MIGRATIONS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Writes migration folders (name -> SQL) into dir/migrations and returns that path. */
function writeMigrations(dir: string, migrations: Record<string, string>): string {
  const migrationsDir = path.join(dir, 'migrations');
  for (const [name, sql] of Object.entries(migrations)) {
    fs.mkdirSync(path.join(migrationsDir, name), { recursive: true });
    fs.writeFileSync(path.join(migrationsDir, name, 'migration.sql'), sql);
  }
  return migrationsDir;
}

function query<T>(dbFile: string, sql: string): T[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

/** Schema and contents of every table, to compare a database before and after. */
function snapshot(dbFile: string): unknown {
  const tables = query<{ name: string; sql: string }>(
    dbFile,
    "SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name",
  );
  return tables.map((table) => ({
    ...table,
    rows: table.sql.startsWith('CREATE TABLE') ? query(dbFile, `SELECT * FROM "${table.name}"`) : [],
  }));
}

describe('applyMigrations', () => {
  it('applies every committed migration to a new database file, creating its directory', () => {
    const dbFile = path.join(makeTempDir(), 'nested', 'dir', 'test.db');

    const applied = applyMigrations(dbFile, COMMITTED_MIGRATIONS);

    expect(applied).toEqual(committedMigrationNames());
    const tables = query<{ name: string }>(dbFile, "SELECT name FROM sqlite_master WHERE type = 'table'").map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['Source', 'Excerpt', 'Item', 'ItemExcerpt', 'Region', 'RegionExcerpt']));
  });

  it('applies nothing the second time', () => {
    const dbFile = path.join(makeTempDir(), 'test.db');
    applyMigrations(dbFile, COMMITTED_MIGRATIONS);

    expect(applyMigrations(dbFile, COMMITTED_MIGRATIONS)).toEqual([]);
  });

  it('records migrations in a _prisma_migrations table with Prisma’s columns and values', () => {
    const dir = makeTempDir();
    const sql = 'CREATE TABLE "A" ("id" INTEGER NOT NULL PRIMARY KEY);\n';
    const migrationsDir = writeMigrations(dir, { '20250101000000_a': sql });
    const dbFile = path.join(dir, 'test.db');

    applyMigrations(dbFile, migrationsDir);

    const columns = query<{ name: string; type: string; notnull: number; pk: number }>(
      dbFile,
      'PRAGMA table_info("_prisma_migrations")',
    ).map(({ name, type, notnull, pk }) => ({ name, type, notnull, pk }));
    expect(columns).toEqual([
      { name: 'id', type: 'TEXT', notnull: 1, pk: 1 },
      { name: 'checksum', type: 'TEXT', notnull: 1, pk: 0 },
      { name: 'finished_at', type: 'DATETIME', notnull: 0, pk: 0 },
      { name: 'migration_name', type: 'TEXT', notnull: 1, pk: 0 },
      { name: 'logs', type: 'TEXT', notnull: 0, pk: 0 },
      { name: 'rolled_back_at', type: 'DATETIME', notnull: 0, pk: 0 },
      { name: 'started_at', type: 'DATETIME', notnull: 1, pk: 0 },
      { name: 'applied_steps_count', type: 'INTEGER UNSIGNED', notnull: 1, pk: 0 },
    ]);
    const [row] = query<Record<string, unknown>>(dbFile, 'SELECT * FROM _prisma_migrations');
    expect(row).toMatchObject({
      migration_name: '20250101000000_a',
      checksum: createHash('sha256').update(sql).digest('hex'),
      finished_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/),
      logs: null,
      rolled_back_at: null,
      applied_steps_count: 1,
    });
  });

  it('stops at a failing migration, leaving the database unchanged and later migrations unapplied', () => {
    const dir = makeTempDir();
    const dbFile = path.join(dir, 'test.db');
    const migrationsDir = writeMigrations(dir, {
      '20250101000000_a': 'CREATE TABLE "A" ("id" INTEGER NOT NULL PRIMARY KEY);\nINSERT INTO "A" ("id") VALUES (1);\n',
    });
    applyMigrations(dbFile, migrationsDir);
    const before = snapshot(dbFile);
    writeMigrations(dir, {
      '20250102000000_broken':
        'CREATE TABLE "B" ("id" INTEGER NOT NULL PRIMARY KEY);\nDELETE FROM "A";\nINSERT INTO "Missing" VALUES (1);\n',
      '20250103000000_later': 'CREATE TABLE "C" ("id" INTEGER NOT NULL PRIMARY KEY);\n',
    });

    expect(() => applyMigrations(dbFile, migrationsDir)).toThrow(
      /Migration 20250102000000_broken failed: no such table: Missing\. .*Not applied: 20250103000000_later/,
    );
    expect(snapshot(dbFile)).toEqual(before);
  });

  it('refuses to apply anything while a failed migration is recorded', () => {
    const dir = makeTempDir();
    const dbFile = path.join(dir, 'test.db');
    const migrationsDir = writeMigrations(dir, { '20250101000000_a': 'CREATE TABLE "A" ("id" INTEGER NOT NULL PRIMARY KEY);\n' });
    applyMigrations(dbFile, migrationsDir);
    const db = new Database(dbFile);
    db.prepare(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, logs, applied_steps_count)
       VALUES ('x', 'x', '20250102000000_failed', 'boom', 0)`,
    ).run();
    db.close();
    writeMigrations(dir, { '20250103000000_later': 'CREATE TABLE "C" ("id" INTEGER NOT NULL PRIMARY KEY);\n' });

    expect(() => applyMigrations(dbFile, migrationsDir)).toThrow(/20250102000000_failed failed or did not finish/);
    expect(query(dbFile, "SELECT name FROM sqlite_master WHERE name = 'C'")).toEqual([]);
  });

  it('keeps child rows when a migration redefines their parent table the way Prisma does', () => {
    const dir = makeTempDir();
    const dbFile = path.join(dir, 'test.db');
    const migrationsDir = writeMigrations(dir, {
      '20250101000000_init':
        'CREATE TABLE "Parent" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT NOT NULL);\n' +
        'CREATE TABLE "Child" ("id" INTEGER NOT NULL PRIMARY KEY, "parentId" INTEGER NOT NULL,\n' +
        '  CONSTRAINT "Child_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent" ("id") ON DELETE CASCADE ON UPDATE CASCADE);\n' +
        'INSERT INTO "Parent" VALUES (1, \'p\');\nINSERT INTO "Child" VALUES (1, 1);\n',
    });
    applyMigrations(dbFile, migrationsDir);
    writeMigrations(dir, {
      '20250102000000_optional_name': [
        'PRAGMA defer_foreign_keys=ON;',
        'PRAGMA foreign_keys=OFF;',
        'CREATE TABLE "new_Parent" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT);',
        'INSERT INTO "new_Parent" ("id", "name") SELECT "id", "name" FROM "Parent";',
        'DROP TABLE "Parent";',
        'ALTER TABLE "new_Parent" RENAME TO "Parent";',
        'PRAGMA foreign_keys=ON;',
        'PRAGMA defer_foreign_keys=OFF;',
        '',
      ].join('\n'),
    });

    applyMigrations(dbFile, migrationsDir);

    expect(query(dbFile, 'SELECT * FROM "Child"')).toEqual([{ id: 1, parentId: 1 }]);
  });

  it('puts the database in WAL journal mode', () => {
    const dbFile = path.join(makeTempDir(), 'test.db');

    applyMigrations(dbFile, COMMITTED_MIGRATIONS);

    expect(query(dbFile, 'PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
  });
});

describe('the migration item_spans', () => {
  it('gives every existing item the span the write path computes (lib/dates.ts itemSpan)', () => {
    const dir = makeTempDir();
    const dbFile = path.join(dir, 'test.db');
    const names = committedMigrationNames();
    const spans = names.indexOf('20261129090000_item_spans');
    const copy = (name: string) => fs.cpSync(path.join(COMMITTED_MIGRATIONS, name), path.join(dir, 'migrations', name), { recursive: true });
    names.slice(0, spans).forEach(copy);
    applyMigrations(dbFile, path.join(dir, 'migrations'));
    const items = datedItems();
    const stored = (value: string | null) => (value === null ? null : storedDateTime(toStoredDate(value)));
    const db = new Database(dbFile);
    const insert = db.prepare(`INSERT INTO "Item" ("title", "summary", "kind", "status", "geometry", "minLng", "minLat", "maxLng", "maxLat",
      "locationPrecision", "startDate", "endDate", "datePrecision", "announcedAt", "updatedAt")
      VALUES ('t', '', 'strike', 'reported', '{"type":"Point","coordinates":[1,2]}', 1, 2, 1, 2, 'exact', ?, ?, ?, ?, '2024-01-01T00:00:00.000+00:00')`);
    for (const item of items) insert.run(stored(item.startDate), stored(item.endDate), item.datePrecision, stored(item.announcedAt));
    db.close();

    names.slice(spans).forEach(copy);
    applyMigrations(dbFile, path.join(dir, 'migrations'));

    const rows = query<{ spanStart: string; spanEnd: string }>(dbFile, 'SELECT "spanStart", "spanEnd" FROM "Item" ORDER BY "id"');
    // In Prisma's text format, as raw queries compare them (lib/db/config.ts storedDateTime).
    expect(rows.map((row) => [row.spanStart, row.spanEnd])).toEqual(items.map((item) => Object.values(storedSpan(item)).map(storedDateTime)));
  });
});

describe('resolveSqlitePath', () => {
  it('resolves a relative file: URL against the working directory', () => {
    expect(resolveSqlitePath('file:./data/sitmap.db')).toBe(path.join(process.cwd(), 'data', 'sitmap.db'));
  });

  it('keeps an absolute file: URL', () => {
    expect(resolveSqlitePath('file:/var/lib/sitmap/db.sqlite')).toBe('/var/lib/sitmap/db.sqlite');
  });

  it('rejects a URL that is not a SQLite file', () => {
    expect(() => resolveSqlitePath('postgres://localhost/sitmap')).toThrow(/SQLite file URL/);
  });
});
