// The first-run account (scripts/setup-db.ts) and the account command (scripts/admin.ts), run as the
// README says, on a temp database. Each test spawns tsx processes that migrate and seed: minutes on a
// loaded machine, hence the long timeouts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDatabase(): { file: string; url: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitmap-accounts-'));
  dirs.push(dir);
  const file = path.join(dir, 'test.db');
  return { file, url: `file:${file}` };
}

function run(script: string, args: string[], env: Record<string, string>, input?: string) {
  const result = spawnSync('node_modules/.bin/tsx', [script, ...args], {
    env: { ...process.env, SITMAP_FIRST_ADMIN_PASSWORD: '', ...env },
    input,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function storedHash(file: string, name: string): string | undefined {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT passwordHash FROM Admin WHERE name = ?').get(name) as { passwordHash: string } | undefined)?.passwordHash;
  } finally {
    db.close();
  }
}

describe('first run', { timeout: 120_000 }, () => {
  it('creates "admin" with a random password printed once, and never again', async () => {
    const { file, url } = tempDatabase();
    const first = run('scripts/setup-db.ts', [], { DATABASE_URL: url });
    expect(first.status).toBe(0);
    const password = /password: (\S+)/.exec(first.output)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(await verifyPassword(storedHash(file, 'admin')!, password!)).toBe(true);

    const second = run('scripts/setup-db.ts', [], { DATABASE_URL: url });
    expect(second.status).toBe(0);
    expect(second.output).not.toMatch(/password/i);
  });

  it('uses SITMAP_FIRST_ADMIN_PASSWORD when set, without printing it', async () => {
    const { file, url } = tempDatabase();
    const result = run('scripts/setup-db.ts', [], { DATABASE_URL: url, SITMAP_FIRST_ADMIN_PASSWORD: 'chosen for the test run' });
    expect(result.output).not.toContain('chosen for the test run');
    expect(await verifyPassword(storedHash(file, 'admin')!, 'chosen for the test run')).toBe(true);
  });
});

describe('npm run admin', { timeout: 120_000 }, () => {
  it('creates an account with a random password printed once', async () => {
    const { file, url } = tempDatabase();
    const result = run('scripts/admin.ts', ['create', 'alice'], { DATABASE_URL: url });
    expect(result.status).toBe(0);
    const password = result.output.trim().split('\n').at(-1)!.trim();
    expect(await verifyPassword(storedHash(file, 'alice')!, password)).toBe(true);
  });

  it('resets a password read from standard input', async () => {
    const { file, url } = tempDatabase();
    run('scripts/admin.ts', ['create', 'bob'], { DATABASE_URL: url });
    const result = run('scripts/admin.ts', ['reset-password', 'bob', '--password-stdin'], { DATABASE_URL: url }, 'a brand new passphrase\n');
    expect(result.status).toBe(0);
    expect(await verifyPassword(storedHash(file, 'bob')!, 'a brand new passphrase')).toBe(true);
  });

  it('fails with a message for an unknown account or command', () => {
    const { url } = tempDatabase();
    expect(run('scripts/admin.ts', ['reset-password', 'nobody'], { DATABASE_URL: url })).toMatchObject({ status: 1, output: expect.stringContaining('No admin named "nobody"') });
    expect(run('scripts/admin.ts', ['drop', 'x'], { DATABASE_URL: url })).toMatchObject({ status: 1, output: expect.stringContaining('Usage: npm run admin') });
  });
});
