// The app tier is stateless: two `next start` processes on one database (SQLite, or PostgreSQL in the
// suite's PostgreSQL pass) serve the same data,
// accept each other's sessions (they live in the database) and see each other's writes (the public
// map's live stream watches the database, so a write through one server reaches maps served by the other).
// This spec starts its own pair of servers on a fresh database, next to the suite's web server.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { createPostgresDatabase, type PostgresDatabase } from '../lib/db/postgres-databases';
import type { ItemCollection } from '../lib/items/types';
import { ADMIN_NAME, adminPassword, draft } from './admin';
import { noteWhenTitleAppears, titleSeenAt } from './live';

const root = path.resolve(__dirname, '..');
const basePort = Number(process.env.E2E_PORT || 3100);
const ports = [basePort + 1, basePort + 2];

let tmpDir: string;
let postgresDatabase: PostgresDatabase | undefined;
let servers: ChildProcess[] = [];
let clients: APIRequestContext[] = [];

function run(bin: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  // The local binary itself (not npx), so SIGTERM reaches next-server.
  return spawn(path.join(root, 'node_modules', '.bin', bin), args, { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

test.describe('two app servers on one database', () => {
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitmap-stateless-'));
    const postgresServer = process.env.SITMAP_TEST_POSTGRES_URL;
    postgresDatabase = postgresServer ? await createPostgresDatabase(postgresServer, 'sitmap_stateless') : undefined;
    const env = {
      ...process.env,
      DATABASE_URL: postgresDatabase?.url ?? `file:${path.join(tmpDir, 'shared.db')}`,
      SITMAP_FIRST_ADMIN_PASSWORD: adminPassword(),
      NEXT_TELEMETRY_DISABLED: '1',
    };
    expect(await exited(run('tsx', ['scripts/setup-db.ts'], env))).toBe(0);
    servers = ports.map((port) => run('next', ['start', '-p', String(port)], env));
    clients = await Promise.all(ports.map((port) => playwrightRequest.newContext({ baseURL: `http://127.0.0.1:${port}` })));
    for (const client of clients) {
      await expect
        .poll(async () => (await client.get('/api/health').catch(() => null))?.status(), { timeout: 60_000 })
        .toBe(200);
    }
  });

  test.afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await Promise.all(
      servers.map((server) => {
        const done = exited(server);
        server.kill('SIGTERM');
        return done;
      }),
    );
    fs.rmSync(tmpDir, { recursive: true, force: true });
    await postgresDatabase?.drop();
  });

  const items = async (client: APIRequestContext) => (await (await client.get('/api/items')).json()) as ItemCollection;

  test('serve the same items', async () => {
    const [first, second] = await Promise.all(clients.map(items));

    expect(first.features.length).toBeGreaterThan(0);
    expect(second).toEqual(first);
  });

  test('accept a session signed in on the other, and show its new item', async () => {
    const [a, b] = clients;
    const signIn = await a.post('/api/auth/sign-in', {
      data: { name: ADMIN_NAME, password: adminPassword() },
      headers: { Origin: `http://127.0.0.1:${ports[0]}` },
    });
    expect(signIn.status()).toBe(200);
    const session = signIn.headers()['set-cookie'].split(';')[0];
    const excerptId = ((await (await b.get('/api/sources/1')).json()) as { excerpts: Array<{ id: number }> }).excerpts[0].id;

    // Only the cookie from server A goes to server B (separate request contexts share no cookie jar).
    const create = (headers: Record<string, string>) =>
      b.post('/api/items', { data: draft([excerptId], { title: 'Made through server B' }), headers: { Origin: `http://127.0.0.1:${ports[1]}`, ...headers } });
    expect((await create({})).status()).toBe(401);
    expect((await create({ Cookie: session })).status()).toBe(201);

    const titles = (await items(a)).features.map((item) => item.properties.title);
    expect(titles).toContain('Made through server B');
  });

  test('push a save made through one to a page open on the other within 2 seconds', async ({ browser }) => {
    const [a, b] = clients;
    const reader = await browser.newPage({ baseURL: `http://127.0.0.1:${ports[0]}` });
    await reader.goto('/');
    await expect(reader.getByRole('heading', { name: /^Items by date \(\d+\)$/ })).toBeVisible({ timeout: 45_000 });
    const signIn = await b.post('/api/auth/sign-in', {
      data: { name: ADMIN_NAME, password: adminPassword() },
      headers: { Origin: `http://127.0.0.1:${ports[1]}` },
    });
    const session = signIn.headers()['set-cookie'].split(';')[0];
    const excerptId = ((await (await a.get('/api/sources/1')).json()) as { excerpts: Array<{ id: number }> }).excerpts[0].id;

    const title = 'Pushed through server B';
    await noteWhenTitleAppears(reader, title);
    const created = await b.post('/api/items', { data: draft([excerptId], { title }), headers: { Origin: `http://127.0.0.1:${ports[1]}`, Cookie: session } });
    const saved = Date.now();
    expect(created.status()).toBe(201);
    await expect(reader.getByRole('button', { name: new RegExp(title) })).toBeVisible({ timeout: 10_000 });
    const seenAt = await titleSeenAt(reader);
    expect(seenAt! - saved).toBeLessThan(2_000);
    await reader.close();
  });
});
