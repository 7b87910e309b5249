// Every row of every table, to prove that a refused request changed nothing.
import Database from 'better-sqlite3';
import { resolveSqlitePath } from '@/lib/db/migrate';

function sortRows(rows: unknown[]): unknown[] {
  const keyed = rows.map((row) => [JSON.stringify(row), row] as const);
  return keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}

export function databaseSnapshot(databaseUrl: string, exceptTables: string[] = []): Record<string, unknown[]> {
  const sqlite = new Database(resolveSqlitePath(databaseUrl), { readonly: true });
  try {
    const tables = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[];
    return Object.fromEntries(
      tables
        .filter((table) => !exceptTables.includes(table.name))
        // Sorted in JS: index shadow tables (FTS5, R*Tree) may have no rowid to order by.
        .map((table) => [table.name, sortRows(sqlite.prepare(`SELECT * FROM "${table.name}"`).all())]),
    );
  } finally {
    sqlite.close();
  }
}
