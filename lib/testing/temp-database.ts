// A real database for integration tests, migrated with the committed migrations (and seeded): a fresh
// SQLite file in a temp directory, or, when SITMAP_TEST_POSTGRES_URL names a PostgreSQL server (the
// suite's PostgreSQL pass, scripts/with-postgres.mjs), a fresh database on it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chooseDatabaseUrl } from '@/lib/db/config';
import { createDb, type Db } from '@/lib/db/create-client';
import { migrateDatabase } from '@/lib/db/migrate';
import { createPostgresDatabase } from '@/lib/db/postgres-databases';
import { seedDatabase } from '@/prisma/seed/seed';

export interface TempDatabase {
  url: string;
  client: Db;
  cleanup: () => Promise<void>;
}

/** An empty database (SQLite, or PostgreSQL in the PostgreSQL pass) and how to remove it. */
async function createScratchDatabase(): Promise<{ url: string; remove: () => Promise<void> }> {
  const postgresServer = process.env.SITMAP_TEST_POSTGRES_URL;
  if (postgresServer) {
    const database = await createPostgresDatabase(postgresServer, 'sitmap_test');
    return { url: database.url, remove: database.drop };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitmap-test-'));
  return { url: `file:${path.join(dir, 'test.db')}`, remove: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Creates and migrates an empty database, and points the app's client and reader at it (chooseDatabaseUrl). */
export async function createEmptyDatabase(): Promise<TempDatabase> {
  const { url, remove } = await createScratchDatabase();
  await migrateDatabase(url);
  const client = createDb(url);
  chooseDatabaseUrl(url);
  return {
    url,
    client,
    cleanup: async () => {
      await client.$disconnect();
      await remove();
    },
  };
}

/** Creates, migrates and seeds a database, and points the app's client and reader at it. */
export async function createSeededDatabase(): Promise<TempDatabase> {
  const database = await createEmptyDatabase();
  await seedDatabase(database.client);
  return database;
}
