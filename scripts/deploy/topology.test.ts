// The production topology, for real: nginx (Debian's) in front of two app servers on one PostgreSQL
// database. Runs in the PostgreSQL pass of `npm test` (SITMAP_TEST_POSTGRES_URL), after the build.
import crypto from 'node:crypto';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FAILURES_PER_ADDRESS } from '@/lib/auth/rate-limit';
import { createDb, type Db } from '@/lib/db/create-client';
import { createPostgresDatabase, type PostgresDatabase } from '@/lib/db/postgres-databases';
import type { ItemCollection } from '@/lib/items/types';
import { ITEMS_LAYER } from '@/lib/tiles/layers';
import { freePort } from '../free-port.mjs';
import { renderNginxConfig, startTopology, type NginxSettings, type Topology } from './topology';

const TEMPLATE = 'listen {{LISTEN}}; upstream { {{APP_SERVERS}} } valid {{DATA_FRESH_SECONDS}}s; temp {{PREFIX}}/temp;';

function nginxSettings(): NginxSettings {
  return { prefix: '/tmp/sitmap-x', listen: '127.0.0.1:8080', appServers: ['127.0.0.1:8081', '127.0.0.1:8082'], dataFreshSeconds: 1 };
}

describe('renderNginxConfig', () => {
  it('fills every placeholder from the settings', () => {
    expect(renderNginxConfig(TEMPLATE, nginxSettings())).toBe(
      'listen 127.0.0.1:8080; upstream {     server 127.0.0.1:8081 max_fails=1 fail_timeout=5s;\n' +
        '    server 127.0.0.1:8082 max_fails=1 fail_timeout=5s; } valid 1s; temp /tmp/sitmap-x/temp;',
    );
  });

  it('refuses a placeholder it does not know', () => {
    expect(() => renderNginxConfig('listen {{LISTEN}}; {{NO_SUCH_SETTING}}', nginxSettings())).toThrow(/NO_SUCH_SETTING/);
  });

  it('refuses a topology without app servers', () => {
    expect(() => renderNginxConfig(TEMPLATE, { ...nginxSettings(), appServers: [] })).toThrow(/app server/);
  });
});

const postgresServer = process.env.SITMAP_TEST_POSTGRES_URL;
/** What the issue asks of an edit through nginx. */
const EDIT_VISIBLE_WITHIN_MS = 2000;

function tileItemIds(body: ArrayBuffer): number[] {
  const layer = new VectorTile(new PbfReader(new Uint8Array(body))).layers[ITEMS_LAYER];
  return Array.from({ length: layer?.length ?? 0 }, (_, i) => Number(layer!.feature(i).properties.id));
}

describe.runIf(postgresServer)('the production topology (nginx in front of two app servers)', () => {
  let database: PostgresDatabase;
  let topology: Topology;
  let client: Db;
  const password = crypto.randomBytes(12).toString('base64url');

  beforeAll(async () => {
    database = await createPostgresDatabase(postgresServer!, 'sitmap_deploy_test');
    const [nginxPort, ...appPorts] = await Promise.all([freePort(), freePort(), freePort()]);
    topology = await startTopology({ databaseUrl: database.url, nginxPort, appPorts, firstAdminPassword: password, workerProcesses: 1 });
    client = createDb(database.url);
  }, 180_000);

  afterAll(async () => {
    await client?.$disconnect();
    await topology?.stop();
    await database?.drop();
  });

  /** A request through nginx as a same-site browser page would send it. */
  function send(path: string, init: RequestInit = {}, origin = topology.url): Promise<Response> {
    return fetch(`${origin}${path}`, { ...init, headers: { Origin: topology.url, 'Content-Type': 'application/json', ...init.headers } });
  }

  async function signIn(name: string, secret: string, forwardedFor?: string): Promise<Response> {
    return send('/api/auth/sign-in', {
      method: 'POST',
      body: JSON.stringify({ name, password: secret }),
      headers: forwardedFor ? { 'X-Forwarded-For': forwardedFor } : {},
    });
  }

  async function sessionCookie(): Promise<string> {
    const response = await signIn('admin', password);
    expect(response.status).toBe(200);
    return response.headers.getSetCookie()[0].split(';')[0];
  }

  async function firstItem(): Promise<{ id: number; version: number }> {
    const items = (await (await send('/api/items')).json()) as ItemCollection;
    const { id, version } = items.features[0].properties;
    return { id, version };
  }

  it('serves an item tile from its cache the second time', async () => {
    const first = await send('/api/tiles/2/2/1');
    const second = await send('/api/tiles/2/2/1');
    expect([first.status, first.headers.get('x-cache-status'), second.status, second.headers.get('x-cache-status')]).toEqual([200, 'MISS', 200, 'HIT']);
  });

  it('serves the basemap from its cache the second time', async () => {
    await send('/basemap/reference/0/0/0.pbf');
    const second = await send('/basemap/reference/0/0/0.pbf');
    expect([second.status, second.headers.get('x-cache-status')]).toEqual([200, 'HIT']);
  });

  it('compresses JSON for a client that accepts gzip', async () => {
    const response = await send('/api/items', { headers: { 'Accept-Encoding': 'gzip' } });
    expect([response.headers.get('content-type')?.includes('json'), response.headers.get('content-encoding')]).toEqual([true, 'gzip']);
  });

  it("shows an admin's edit in the tiles through nginx and from both app servers within 2 s", async () => {
    const cookie = await sessionCookie();
    const item = await firstItem();
    // The tile is cached (twice: a HIT) before the edit.
    await send('/api/tiles/0/0/0');
    expect((await send('/api/tiles/0/0/0')).headers.get('x-cache-status')).toBe('HIT');
    const deleted = await send(`/api/items/${item.id}`, { method: 'DELETE', body: JSON.stringify({ version: item.version }), headers: { Cookie: cookie } });
    expect(deleted.status).toBe(200);
    const editedAt = Date.now();
    const stillShown = async (origin: string) => tileItemIds(await (await send('/api/tiles/0/0/0', {}, origin)).arrayBuffer()).includes(item.id);
    const origins = [topology.url, ...topology.appUrls];
    while (Date.now() - editedAt < EDIT_VISIBLE_WITHIN_MS && (await Promise.all(origins.map(stillShown))).some(Boolean)) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await Promise.all(origins.map(stillShown))).toEqual(origins.map(() => false));
  });

  it('keeps a session through nginx: signed in an edit passes, signed out it is refused', async () => {
    const cookie = await sessionCookie();
    // An item that does not exist: past the session check the answer is 404, before it 401.
    const edit = () => send('/api/items/2000000000', { method: 'DELETE', body: JSON.stringify({ version: 1 }), headers: { Cookie: cookie } });
    const signedIn = await edit();
    const signedOut = await send('/api/auth/sign-out', { method: 'POST', headers: { Cookie: cookie } });
    expect([signedIn.status, signedOut.status, (await edit()).status]).toEqual([404, 200, 401]);
  });

  it('records a failed sign-in under the address nginx passed on, not under the proxy', async () => {
    await signIn('nobody', 'wrong', '203.0.113.7');
    const attempts = await client.loginAttempt.findMany({ where: { name: 'nobody' }, select: { address: true } });
    expect(attempts).toEqual([{ address: '203.0.113.7' }]);
  });

  it('refuses sign-ins from a client address with too many failures, and only from it', async () => {
    await client.loginAttempt.createMany({ data: Array.from({ length: MAX_FAILURES_PER_ADDRESS }, (_, i) => ({ name: `guess-${i}`, address: '203.0.113.8' })) });
    const fromThatClient = await signIn('someone', 'wrong', '203.0.113.8');
    const fromAnotherClient = await signIn('someone', 'wrong', '203.0.113.9');
    expect([fromThatClient.status, fromAnotherClient.status]).toEqual([429, 401]);
  });
});
