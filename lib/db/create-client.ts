// A Prisma client on SQLite (better-sqlite3 driver adapter) or PostgreSQL (pg driver adapter), as
// DATABASE_URL says: no Rust engine, no download.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { PrismaClient as PostgresPrismaClient } from '@/lib/generated/prisma-postgres/client';
import { databaseKind } from './config';

export type Db = PrismaClient;

export function createDb(databaseUrl: string): Db {
  if (databaseKind(databaseUrl) === 'postgres') {
    // Generated from the same models (scripts/postgres-schema.mjs), the two clients have one API;
    // the app is typed against the SQLite one.
    return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) }) as unknown as Db;
  }
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: databaseUrl, timeout: 5000 }) });
}
