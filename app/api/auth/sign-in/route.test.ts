// Sign-in through its route handler, on a real database: cookie, sessions, one answer for every
// failure, rate limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ADMIN_PASSWORD } from '@/lib/testing/admin';
import { callRoute, jsonRequest } from '@/lib/testing/route';
import { createSeededDatabase, type TempDatabase } from '@/lib/testing/temp-database';
import { createAdmin } from '@/lib/auth/accounts';
import { MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_NAME } from '@/lib/auth/rate-limit';
import * as signInRoute from './route';
import * as signOutRoute from '../sign-out/route';
import * as session from '@/lib/auth/session';

let database: TempDatabase;

beforeAll(async () => {
  database = await createSeededDatabase();
});
afterAll(() => database.cleanup());

let accounts = 0;
async function account(): Promise<string> {
  const name = `editor${++accounts}`;
  await createAdmin(database.client, name, TEST_ADMIN_PASSWORD);
  return name;
}

function signIn(name: string, password: string, address = '192.0.2.1') {
  const init = jsonRequest('POST', { name, password });
  (init.headers as Record<string, string>)['X-Forwarded-For'] = address;
  return callRoute(signInRoute.POST, '/api/auth/sign-in', {}, init);
}

function cookieToken(setCookie: string | null): string {
  return /sitmap_session=([^;]+)/.exec(setCookie ?? '')![1];
}

describe('POST /api/auth/sign-in', () => {
  it('sets an HttpOnly, SameSite=Lax, expiring session cookie for the right password', async () => {
    const name = await account();
    const { status, body, headers } = await signIn(name, TEST_ADMIN_PASSWORD);
    expect(status).toBe(200);
    expect(body).toEqual({ name });
    const cookie = headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=lax/i);
    expect(cookie).toMatch(/Expires=/i);
    expect(cookie).not.toMatch(/Secure/i);
    expect(await session.findSessionAdmin(cookieToken(cookie))).toMatchObject({ name });
  });

  it('marks the cookie Secure behind HTTPS', async () => {
    const name = await account();
    const init = jsonRequest('POST', { name, password: TEST_ADMIN_PASSWORD }, undefined, 'https://localhost');
    const response = await signInRoute.POST(new Request('https://localhost/api/auth/sign-in', init), { params: Promise.resolve({}) });
    expect(response.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('stores only a hash of the session token', async () => {
    const name = await account();
    const token = cookieToken((await signIn(name, TEST_ADMIN_PASSWORD)).headers.get('set-cookie'));
    const rows = await database.client.session.findMany();
    expect(rows.some((row) => row.tokenHash === token)).toBe(false);
  });

  it('gives the same answer for a wrong name and a wrong password', async () => {
    const name = await account();
    const wrongPassword = await signIn(name, 'not the password');
    const wrongName = await signIn('nobody-by-this-name', TEST_ADMIN_PASSWORD);
    expect(wrongPassword.status).toBe(401);
    expect(wrongName.status).toBe(401);
    expect(wrongName.body).toEqual(wrongPassword.body);
  });

  it('spends a password check on an unknown name too (no fast path revealing which names exist)', async () => {
    const name = await account();
    const time = async (fn: () => Promise<unknown>) => {
      const start = performance.now();
      await fn();
      return performance.now() - start;
    };
    const wrongPassword = await time(() => signIn(name, 'not the password', '192.0.2.50'));
    const wrongName = await time(() => signIn('unknown-name', 'not the password', '192.0.2.51'));
    // Both are dominated by one scrypt (~0.2 s); without the decoy check a wrong name takes ~1 ms.
    expect(wrongName).toBeGreaterThan(wrongPassword / 3);
  });

  it(`refuses the right password after ${MAX_FAILURES_PER_NAME} failures for that name`, async () => {
    const name = await account();
    for (let i = 0; i < MAX_FAILURES_PER_NAME; i++) expect((await signIn(name, `wrong ${i}`, `198.51.100.${i}`)).status).toBe(401);
    const { status, body } = await signIn(name, TEST_ADMIN_PASSWORD, '198.51.100.200');
    expect(status).toBe(429);
    expect(body.error.message).toMatch(/Too many failed sign-ins/);
  });

  it('limits an unknown name exactly like a real one', async () => {
    for (let i = 0; i < MAX_FAILURES_PER_NAME; i++) await signIn('ghost', 'wrong password', `203.0.113.${i}`);
    expect((await signIn('ghost', 'wrong password', '203.0.113.200')).status).toBe(429);
  });

  it(`refuses every name from an address after ${MAX_FAILURES_PER_ADDRESS} failures from it`, async () => {
    const name = await account();
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) await signIn(`someone${i}`, 'wrong password', '192.0.2.99');
    expect((await signIn(name, TEST_ADMIN_PASSWORD, '192.0.2.99')).status).toBe(429);
    expect((await signIn(name, TEST_ADMIN_PASSWORD, '192.0.2.100')).status).toBe(200);
    // 22 scrypt hashes in a row: minutes on a loaded 2-core machine.
  }, 120_000);

  it('answers 400 naming the field for a missing password', async () => {
    const { status, body } = await callRoute(signInRoute.POST, '/api/auth/sign-in', {}, jsonRequest('POST', { name: 'x' }));
    expect(status).toBe(400);
    expect(body.error.fields.password).toEqual(['Enter your password']);
  });
});

describe('sessions', () => {
  it('signing out revokes the session in the database and clears the cookie', async () => {
    const name = await account();
    const token = cookieToken((await signIn(name, TEST_ADMIN_PASSWORD)).headers.get('set-cookie'));
    const { status, headers } = await callRoute(signOutRoute.POST, '/api/auth/sign-out', {}, jsonRequest('POST', {}, token));
    expect(status).toBe(200);
    expect(headers.get('set-cookie')).toMatch(/sitmap_session=;/);
    expect(await session.findSessionAdmin(token)).toBeNull();
  });

  it('an expired session signs nobody in', async () => {
    const name = await account();
    const token = cookieToken((await signIn(name, TEST_ADMIN_PASSWORD)).headers.get('set-cookie'));
    await database.client.session.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await session.findSessionAdmin(token)).toBeNull();
  });
});
