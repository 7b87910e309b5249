// Every row of every table, to prove that a refused request changed nothing.
import Database from 'better-sqlite3';
import { resolveSqlitePath } from '@/lib/db/migrate';

export function databaseSnapshot(databaseUrl: string, exceptTables: string[] = []): Record<string, unknown[]> {
  const sqlite = new Database(resolveSqlitePath(databaseUrl), { readonly: true });
  try {
    const tables = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[];
    return Object.fromEntries(
      tables
        .filter((table) => !exceptTables.includes(table.name))
        .map((table) => [table.name, sqlite.prepare(`SELECT * FROM "${table.name}" ORDER BY rowid`).all()]),
    );
  } finally {
    sqlite.close();
  }
}
