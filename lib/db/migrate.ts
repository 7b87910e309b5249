// Applies the committed Prisma migrations (prisma/migrations/<timestamp>_<name>/migration.sql) to a
// SQLite database with better-sqlite3, because Prisma 7's CLI cannot run its schema engine offline
// (README, "Migrations offline"). Bookkeeping uses Prisma's own `_prisma_migrations`
// table and row format, so Prisma's engine reads a database migrated here as up to date.
//
// Pure module: no 'server-only', usable from scripts, tests and the server.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

import { databaseKind, resolveSqlitePath } from './config';
import { applyPostgresMigrations } from './migrate-postgres';

export const DEFAULT_MIGRATIONS_DIR = 'prisma/migrations';

// Exactly the table Prisma's schema engine creates on SQLite (same text in sqlite_master).
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

type MigrationRow = {
  migration_name: string;
  finished_at: string | number | null;
  rolled_back_at: string | number | null;
  logs: string | null;
};

type MigrationFolder = { name: string; file: string };

function listMigrationFolders(migrationsDir: string): MigrationFolder[] {
  if (!fs.existsSync(migrationsDir)) {
    throw new Error(`Migrations directory not found: ${migrationsDir}`);
  }
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const file = path.join(migrationsDir, name, 'migration.sql');
      if (!fs.existsSync(file)) {
        throw new Error(`Migration folder ${name} has no migration.sql (in ${migrationsDir})`);
      }
      return { name, file };
    });
}

/** Prisma's timestamp format for this table, as written by its engine through the SQLite adapter. */
function now(): string {
  return new Date().toISOString().replace(/Z$/, '+00:00');
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Applies the pending migrations of `migrationsDir` to the SQLite file `dbFile` (created, with its
 * directory, if missing) in name order, and returns the names of the migrations it applied.
 *
 * Throws an Error, applying nothing more, when a migration fails or when `_prisma_migrations`
 * holds a failed/unfinished migration (resolve it first, e.g. fix the database and delete or mark
 * that row rolled back).
 */
export function applyMigrations(dbFile: string, migrationsDir: string = DEFAULT_MIGRATIONS_DIR): string[] {
  const dir = path.resolve(process.cwd(), migrationsDir);
  const folders = listMigrationFolders(dir);

  fs.mkdirSync(path.dirname(path.resolve(dbFile)), { recursive: true });
  const db = new Database(dbFile);
  try {
    db.pragma('journal_mode = WAL');
    // Atomicity: each migration runs in its own transaction, together with its bookkeeping row, so
    // a failing migration is rolled back entirely and the database stays as it was. Prisma's SQLite
    // scripts turn foreign keys off around table redefinitions, but PRAGMA foreign_keys is a no-op
    // inside a transaction; so, as SQLite's documented ALTER TABLE procedure does, foreign keys are
    // switched off for the whole connection beforehand (DROP TABLE then cannot cascade deletes into
    // other tables) and checked with PRAGMA foreign_key_check before each commit. Consequence: a
    // migration must not contain BEGIN/COMMIT/ROLLBACK or VACUUM (Prisma never generates them).
    db.pragma('foreign_keys = OFF');

    const hasTable = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
      .get();
    if (!hasTable) db.exec(CREATE_MIGRATIONS_TABLE);

    const rows = db
      .prepare('SELECT migration_name, finished_at, rolled_back_at, logs FROM _prisma_migrations')
      .all() as MigrationRow[];
    const failed = rows.filter((row) => row.finished_at === null && row.rolled_back_at === null);
    if (failed.length > 0) {
      const names = failed.map((row) => row.migration_name).join(', ');
      throw new Error(
        `Migration ${names} failed or did not finish in an earlier run (see _prisma_migrations in ${dbFile}); ` +
          'no further migrations will be applied until it is resolved (fix the database, then delete that row ' +
          'or set its rolled_back_at).',
      );
    }
    const done = new Set(rows.filter((row) => row.finished_at !== null && row.rolled_back_at === null).map((row) => row.migration_name));

    const isDone = db.prepare(
      'SELECT 1 FROM _prisma_migrations WHERE migration_name = ? AND finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const record = db.prepare(
      `INSERT INTO _prisma_migrations
         (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
       VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)`,
    );

    const applied: string[] = [];
    const pending = folders.filter((folder) => !done.has(folder.name));
    for (const [index, { name, file }] of pending.entries()) {
      const bytes = fs.readFileSync(file);
      const checksum = createHash('sha256').update(bytes).digest('hex');
      const startedAt = now();
      db.exec('BEGIN IMMEDIATE');
      try {
        // Another process may have applied it since we looked (BEGIN IMMEDIATE holds the write lock now).
        if (isDone.get(name)) {
          db.exec('COMMIT');
          continue;
        }
        db.exec(bytes.toString('utf8'));
        if (!db.inTransaction) {
          throw new Error('it ended the transaction itself (COMMIT/ROLLBACK/END): the database may be partly migrated');
        }
        const violations = db.pragma('foreign_key_check') as { table: string; parent: string }[];
        if (violations.length > 0) {
          const pairs = [...new Set(violations.map((v) => `${v.table} -> ${v.parent}`))].join(', ');
          throw new Error(`it leaves rows that violate foreign keys (${pairs})`);
        }
        record.run(randomUUID(), checksum, now(), name, startedAt);
        db.exec('COMMIT');
        applied.push(name);
      } catch (error) {
        const rolledBack = db.inTransaction;
        if (rolledBack) db.exec('ROLLBACK');
        const later = pending.slice(index + 1).map((folder) => folder.name);
        throw new Error(
          `Migration ${name} failed: ${errorMessage(error)}. ` +
            (rolledBack ? 'It was rolled back: the database is as it was before it.' : 'It could not be rolled back.') +
            (applied.length > 0 ? ` Applied before it: ${applied.join(', ')}.` : '') +
            (later.length > 0 ? ` Not applied: ${later.join(', ')}.` : ''),
          { cause: error },
        );
      }
    }
    return applied;
  } finally {
    db.close();
  }
}

/**
 * Applies the pending migrations for the database DATABASE_URL-style `databaseUrl` names: SQLite's
 * (prisma/migrations, the file and its directory created if missing) or PostgreSQL's
 * (prisma/postgres/migrations). Returns the names of the migrations it applied.
 */
export async function migrateDatabase(databaseUrl: string): Promise<string[]> {
  return databaseKind(databaseUrl) === 'postgres'
    ? applyPostgresMigrations(databaseUrl)
    : applyMigrations(resolveSqlitePath(databaseUrl));
}
