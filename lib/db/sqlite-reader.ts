import 'server-only';
import Database from 'better-sqlite3';
import type { Prisma } from '@/lib/generated/prisma/client';
import { DEFAULT_DATABASE_URL } from './config';
import { resolveSqlitePath } from './migrate';

// The hot read paths (viewport pages, tile counts and clusters, region candidates) run their raw SQL
// on a plain better-sqlite3 connection: Prisma's raw-query path converts every value of every row and
// was 1–3× slower on the same SQL (docs/benchmarks.md). Queries are still built with Prisma.sql, so
// values stay bound parameters. The database is in WAL mode: this reader never blocks Prisma's writes
// and sees every committed one.
type Reader = { connection: Database.Database; statements: Map<string, Database.Statement> };

const globalForReaders = globalThis as unknown as { sitmapReaders?: Map<string, Reader> };
const readers = (globalForReaders.sitmapReaders ??= new Map());

/** Prepared statements kept per connection, up to this many distinct SQL texts (queries vary in shape). */
const MAX_STATEMENTS = 200;

// The same database as lib/db/client (DATABASE_URL read at import, as there).
const file = resolveSqlitePath(process.env.DATABASE_URL || DEFAULT_DATABASE_URL);

function reader(): Reader {
  let found = readers.get(file);
  if (!found) {
    const connection = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
    found = { connection, statements: new Map() };
    readers.set(file, found);
  }
  return found;
}

/** Rows of a read-only query. Dates come back as Prisma stores them in SQLite: ISO text. */
export function queryRows<Row>(query: Prisma.Sql): Row[] {
  const { connection, statements } = reader();
  let statement = statements.get(query.sql);
  if (!statement) {
    if (statements.size >= MAX_STATEMENTS) statements.clear();
    statement = connection.prepare(query.sql);
    statements.set(query.sql, statement);
  }
  return statement.all(...(query.values as unknown[])) as Row[];
}
