import 'server-only';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { Prisma } from '@/lib/generated/prisma/client';
import { configuredDatabaseUrl, databaseKind, resolveSqlitePath, storedDateTime, type DatabaseKind } from './config';

// The hot read paths (viewport pages, tile counts and clusters, region pages) run their raw SQL
// on a plain driver connection: Prisma's raw-query path converts every value of every row and was
// 1–3× slower on the same SQL (docs/benchmarks.md). Queries are still built with Prisma.sql, so values
// stay bound parameters (`?` for SQLite, `$n` for PostgreSQL). SQLite is in WAL mode: this reader never
// blocks Prisma's writes and sees every committed one.

/** The kind of database the app reads (lib/db/config.ts: read at each use, as lib/db/client). */
export function readerKind(): DatabaseKind {
  return databaseKind(configuredDatabaseUrl());
}

type SqliteReader = { connection: Database.Database; statements: Map<string, Database.Statement> };

const globalForReaders = globalThis as unknown as { sitmapReaders?: Map<string, SqliteReader | pg.Pool> };
const readers = (globalForReaders.sitmapReaders ??= new Map());

/** Prepared statements kept per SQLite connection, up to this many distinct SQL texts (queries vary in shape). */
const MAX_STATEMENTS = 200;

function sqliteReader(databaseUrl: string): SqliteReader {
  const file = resolveSqlitePath(databaseUrl);
  let found = readers.get(file) as SqliteReader | undefined;
  if (!found) {
    const connection = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
    found = { connection, statements: new Map() };
    readers.set(file, found);
  }
  return found;
}

const TIMESTAMP_OID = 1114;
const INT8_OID = 20;

// Rows answer as from SQLite: timestamps (stored in UTC without a zone) as Prisma's ISO text, counts
// as numbers (a count never nears 2^53).
const postgresTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === TIMESTAMP_OID) return (text: string) => storedDateTime(new Date(`${text.replace(' ', 'T')}Z`));
    if (oid === INT8_OID) return (text: string) => Number(text);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

function postgresPool(databaseUrl: string): pg.Pool {
  let pool = readers.get(databaseUrl) as pg.Pool | undefined;
  if (!pool) {
    pool = new pg.Pool({ connectionString: databaseUrl, types: postgresTypes, max: 10 });
    // An idle connection the server closed (restart, dropped database) is replaced on the next query;
    // unhandled, its error event would end the process.
    pool.on('error', (error) => console.error(`Database reader: idle connection lost: ${error.message}`));
    readers.set(databaseUrl, pool);
  }
  return pool;
}

/** Rows of a read-only query. Dates come back as Prisma stores them in SQLite: ISO text. */
export async function queryRows<Row>(query: Prisma.Sql): Promise<Row[]> {
  const databaseUrl = configuredDatabaseUrl();
  if (databaseKind(databaseUrl) === 'postgres') {
    const result = await postgresPool(databaseUrl).query(query.text, query.values as unknown[]);
    return result.rows as Row[];
  }
  const { connection, statements } = sqliteReader(databaseUrl);
  let statement = statements.get(query.sql);
  if (!statement) {
    if (statements.size >= MAX_STATEMENTS) statements.clear();
    statement = connection.prepare(query.sql);
    statements.set(query.sql, statement);
  }
  return statement.all(...(query.values as unknown[])) as Row[];
}
