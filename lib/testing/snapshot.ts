// Every row of every table, to prove that a refused request changed nothing (SQLite or PostgreSQL).
import Database from 'better-sqlite3';
import pg from 'pg';
import { databaseKind, resolveSqlitePath } from '@/lib/db/config';

function sortRows(rows: unknown[]): unknown[] {
  const keyed = rows.map((row) => [JSON.stringify(row), row] as const);
  return keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}

function sqliteTables(databaseUrl: string): Record<string, unknown[]> {
  const sqlite = new Database(resolveSqlitePath(databaseUrl), { readonly: true });
  try {
    const tables = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[];
    // Sorted in JS: index shadow tables (FTS5, R*Tree) may have no rowid to order by.
    return Object.fromEntries(tables.map((table) => [table.name, sortRows(sqlite.prepare(`SELECT * FROM "${table.name}"`).all())]));
  } finally {
    sqlite.close();
  }
}

async function postgresTables(databaseUrl: string): Promise<Record<string, unknown[]>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
    );
    const entries = [];
    for (const { name } of tables) entries.push([name, sortRows((await client.query(`SELECT * FROM "${name}"`)).rows)]);
    return Object.fromEntries(entries);
  } finally {
    await client.end();
  }
}

export async function databaseSnapshot(databaseUrl: string, exceptTables: string[] = []): Promise<Record<string, unknown[]>> {
  const tables = databaseKind(databaseUrl) === 'postgres' ? await postgresTables(databaseUrl) : sqliteTables(databaseUrl);
  return Object.fromEntries(Object.entries(tables).filter(([name]) => !exceptTables.includes(name)));
}
