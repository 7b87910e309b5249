// Applies the committed PostgreSQL migrations (prisma/postgres/migrations/<timestamp>_<name>/migration.sql)
// with node-postgres, as lib/db/migrate.ts does for SQLite and for the same reason (Prisma 7's CLI
// cannot run its schema engine offline), keeping Prisma's own `_prisma_migrations` bookkeeping.
//
// Pure module: no 'server-only', usable from scripts, tests and the server.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { redactDatabaseUrl } from './config';

export const POSTGRES_MIGRATIONS_DIR = 'prisma/postgres/migrations';

// The table Prisma's schema engine creates on PostgreSQL.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

// Prisma's own advisory lock key: its engine and this runner never migrate one database at once,
// nor do two app servers starting together.
const MIGRATION_LOCK_KEY = 72707369;

function migrationFolders(migrationsDir: string): Array<{ name: string; file: string }> {
  const dir = path.resolve(process.cwd(), migrationsDir);
  if (!fs.existsSync(dir)) throw new Error(`Migrations directory not found: ${dir}`);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, file: path.join(dir, name, 'migration.sql') }));
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Applies the pending migrations of `migrationsDir` to the PostgreSQL database at `databaseUrl`, each
 * in its own transaction with its bookkeeping row, and returns the names it applied. Throws, applying
 * nothing more, when one fails or when `_prisma_migrations` holds a failed one.
 */
export async function applyPostgresMigrations(databaseUrl: string, migrationsDir: string = POSTGRES_MIGRATIONS_DIR): Promise<string[]> {
  const folders = migrationFolders(migrationsDir);
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`Cannot connect to ${redactDatabaseUrl(databaseUrl)}: ${errorMessage(error)}`, { cause: error });
  }
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }>(
      'SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"',
    );
    const failed = rows.filter((row) => row.finished_at === null && row.rolled_back_at === null).map((row) => row.migration_name);
    if (failed.length > 0) {
      throw new Error(
        `Migration ${failed.join(', ')} failed or did not finish in an earlier run (see _prisma_migrations); no further ` +
          'migrations will be applied until it is resolved (fix the database, then delete that row or set its rolled_back_at).',
      );
    }
    const done = new Set(rows.filter((row) => row.finished_at !== null && row.rolled_back_at === null).map((row) => row.migration_name));
    const pending = folders.filter((folder) => !done.has(folder.name));
    const applied: string[] = [];
    for (const [index, { name, file }] of pending.entries()) {
      const sql = fs.readFileSync(file, 'utf8');
      const checksum = createHash('sha256').update(sql).digest('hex');
      await client.query('BEGIN');
      try {
        const startedAt = new Date();
        // Without parameters node-postgres sends the simple query protocol: a script of several statements.
        await client.query(sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, NULL, NULL, $4, 1)`,
          [randomUUID(), checksum, name, startedAt],
        );
        await client.query('COMMIT');
        applied.push(name);
      } catch (error) {
        await client.query('ROLLBACK');
        const later = pending.slice(index + 1).map((folder) => folder.name);
        throw new Error(
          `Migration ${name} failed: ${errorMessage(error)}. It was rolled back: the database is as it was before it.` +
            (applied.length > 0 ? ` Applied before it: ${applied.join(', ')}.` : '') +
            (later.length > 0 ? ` Not applied: ${later.join(', ')}.` : ''),
          { cause: error },
        );
      }
    }
    return applied;
  } finally {
    await client.end();
  }
}
