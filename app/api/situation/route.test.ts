import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAdmin } from '@/lib/testing/admin';
import { callRoute, jsonRequest } from '@/lib/testing/route';
import { createSeededDatabase, type TempDatabase } from '@/lib/testing/temp-database';
import { SEED_SITUATION } from '@/prisma/seed/article';
import * as route from './route';

let database: TempDatabase;
let admin: { id: number; name: string; token: string };

beforeAll(async () => {
  database = await createSeededDatabase();
  admin = await signedInAdmin(database.client);
});
afterAll(() => database.cleanup());

const put = (body: unknown, token: string | null = admin.token) =>
  callRoute(route.PUT, '/api/situation', {}, jsonRequest('PUT', body, token ?? undefined));
const current = async () => (await callRoute(route.GET, '/api/situation')).body as { name: string; description: string; version: number };

describe('/api/situation', () => {
  it('answers the seeded situation', async () => {
    const { status, body } = await callRoute(route.GET, '/api/situation');
    expect(status).toBe(200);
    expect(body).toEqual({ name: SEED_SITUATION.name, description: SEED_SITUATION.description, version: 1 });
  });

  it('renames it at the version read, and keeps the change in the history', async () => {
    const before = await current();
    const { status, body } = await put({ name: 'Black Sea and Levant', description: 'A test description.', version: before.version });
    expect(status).toBe(200);
    expect(body).toEqual({ name: 'Black Sea and Levant', description: 'A test description.', version: before.version + 1 });
    const revision = await database.client.situationRevision.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(JSON.parse(revision.before!)).toEqual(before);
    expect(revision.adminId).toBe(admin.id);
  });

  it('refuses a stale version with 409 and the situation as it is now', async () => {
    const now = await current();
    const { status, body } = await put({ name: 'Late edit', description: '', version: now.version - 1 || 99 });
    expect(status).toBe(409);
    expect(body.error.details.current).toEqual(now);
    expect(await current()).toEqual(now);
  });

  it('refuses an empty name with 400 naming the field', async () => {
    const { status, body } = await put({ name: '  ', description: '', version: (await current()).version });
    expect(status).toBe(400);
    expect(body.error.fields.name).toBeDefined();
  });

  it('refuses a visitor with 401', async () => {
    expect((await put({ name: 'x', description: '', version: 1 }, null)).status).toBe(401);
  });
});
