// A real SQLite database for integration tests: fresh temp directory, the committed migrations, the seed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb, type Db } from '@/lib/db/create-client';
import { applyMigrations } from '@/lib/db/migrate';
import { seedDatabase } from '@/prisma/seed/seed';

export interface TempDatabase {
  url: string;
  client: Db;
  cleanup: () => Promise<void>;
}

/** Creates and migrates an empty database, and points DATABASE_URL at it for modules imported after. */
export async function createEmptyDatabase(): Promise<TempDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitmap-test-'));
  const file = path.join(dir, 'test.db');
  const url = `file:${file}`;
  applyMigrations(file);
  const client = createDb(url);
  process.env.DATABASE_URL = url;
  return {
    url,
    client,
    cleanup: async () => {
      await client.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates, migrates and seeds a database, and points DATABASE_URL at it for modules imported after. */
export async function createSeededDatabase(): Promise<TempDatabase> {
  const database = await createEmptyDatabase();
  await seedDatabase(database.client);
  return database;
}
