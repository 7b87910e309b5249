// Which database a DATABASE_URL names. Pure module: scripts, tests and the server share it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The embedded SQLite database, relative to the working directory (git-ignored). */
export const DEFAULT_DATABASE_URL = 'file:./data/sitmap.db';

/** SQLite (embedded, the default) or PostgreSQL (several app servers on one database). */
export type DatabaseKind = 'sqlite' | 'postgres';

/** The URL without its password, for messages and logs. */
export function redactDatabaseUrl(databaseUrl: string): string {
  return databaseUrl.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@]*@/, '$1:***@');
}

export function databaseKind(databaseUrl: string): DatabaseKind {
  const url = databaseUrl.trim();
  if (url.startsWith('file:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres';
  throw new Error(
    `DATABASE_URL must be a SQLite file URL such as ${DEFAULT_DATABASE_URL} or a PostgreSQL URL such as ` +
      `postgres://user:password@localhost:5432/sitmap, got "${redactDatabaseUrl(databaseUrl)}"`,
  );
}

/**
 * Turns a SQLite `file:` URL (as in DATABASE_URL) into an absolute path. Relative paths are taken
 * relative to the current working directory (the repository root for npm scripts, tests and the
 * server), which is also what @prisma/adapter-better-sqlite3 does with the same URL.
 */
export function resolveSqlitePath(databaseUrl: string): string {
  const url = databaseUrl.trim();
  if (databaseKind(url) !== 'sqlite') {
    throw new Error(`DATABASE_URL must be a SQLite file URL such as ${DEFAULT_DATABASE_URL}, got "${databaseUrl}"`);
  }
  const withoutQuery = url.replace(/[?#].*$/, '');
  const filePath = withoutQuery.startsWith('file://') ? fileURLToPath(withoutQuery) : withoutQuery.slice('file:'.length);
  if (filePath === '' || filePath === ':memory:') {
    throw new Error(`DATABASE_URL must name a database file, got "${databaseUrl}"`);
  }
  // Resolved at run time: the database file is data, not part of the build to trace.
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), filePath);
}

let chosenDatabaseUrl: string | null = null;

/**
 * Points this process's database client and reader at `databaseUrl` instead of DATABASE_URL, from
 * their next query on: what a test does with its temporary database.
 */
export function chooseDatabaseUrl(databaseUrl: string): void {
  chosenDatabaseUrl = databaseUrl;
}

/**
 * The database this process uses: the one chosen with chooseDatabaseUrl, else DATABASE_URL, else the
 * embedded SQLite database. Read at each use, never at import.
 */
export function configuredDatabaseUrl(): string {
  return chosenDatabaseUrl ?? (process.env.DATABASE_URL || DEFAULT_DATABASE_URL);
}

/**
 * A date as "Item" stores it in SQLite ("2024-11-27T00:00:00.000+00:00", Prisma's text format). Raw
 * queries compare dates in this form (PostgreSQL reads it as the same instant) and the raw reader
 * answers PostgreSQL's timestamps in it too, so rows look the same from either database.
 */
export function storedDateTime(date: Date): string {
  return date.toISOString().replace(/Z$/, '+00:00');
}
