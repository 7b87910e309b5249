import 'server-only';
import { createDb, type Db } from './create-client';
import { configuredDatabaseUrl } from './config';

const databaseUrl = configuredDatabaseUrl();

// One client per database per process: dev hot reload would otherwise open a connection per edit.
const globalForDb = globalThis as unknown as { sitmapDbs?: Map<string, Db> };
const clients = (globalForDb.sitmapDbs ??= new Map());

export const db: Db = clients.get(databaseUrl) ?? clients.set(databaseUrl, createDb(databaseUrl)).get(databaseUrl)!;
