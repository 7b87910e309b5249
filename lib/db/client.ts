import 'server-only';
import { createDb, type Db } from './create-client';
import { configuredDatabaseUrl } from './config';

// One client per database per process: dev hot reload would otherwise open a connection per edit.
const globalForDb = globalThis as unknown as { sitmapDbs?: Map<string, Db> };
const clients = (globalForDb.sitmapDbs ??= new Map());

function currentDb(): Db {
  const databaseUrl = configuredDatabaseUrl();
  let client = clients.get(databaseUrl);
  if (!client) clients.set(databaseUrl, (client = createDb(databaseUrl)));
  return client;
}

/**
 * The app's Prisma client, for the database configured when it is used (lib/db/config.ts): nothing is
 * read or opened at import, so importing a route never needs the environment set first.
 */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = currentDb();
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === 'function' ? value.bind(client) : value;
  },
});
