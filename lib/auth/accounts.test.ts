import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededDatabase, type TempDatabase } from '@/lib/testing/temp-database';
import { AccountError, createAdmin, ensureFirstAdmin, resetPassword } from './accounts';
import { verifyPassword } from './password';

let database: TempDatabase;
beforeAll(async () => {
  database = await createSeededDatabase();
});
afterAll(() => database.cleanup());

describe('ensureFirstAdmin', () => {
  it('creates "admin" with a random password once, and never again', async () => {
    const first = await ensureFirstAdmin(database.client);
    expect(first?.name).toBe('admin');
    expect(first!.password.length).toBeGreaterThanOrEqual(24);
    const stored = await database.client.admin.findUniqueOrThrow({ where: { name: 'admin' } });
    expect(stored.passwordHash).not.toContain(first!.password);
    expect(await verifyPassword(stored.passwordHash, first!.password)).toBe(true);
    expect(await ensureFirstAdmin(database.client)).toBeNull();
  });
});

describe('createAdmin', () => {
  it('refuses a short password', async () => {
    await expect(createAdmin(database.client, 'shorty', 'short')).rejects.toThrow(/at least 12 characters/);
  });

  it('refuses a name that exists', async () => {
    await createAdmin(database.client, 'twice', 'a long enough password');
    await expect(createAdmin(database.client, 'twice', 'a long enough password')).rejects.toThrow(AccountError);
  });
});

describe('resetPassword', () => {
  it('sets the new password and revokes every session of the account', async () => {
    const admin = await createAdmin(database.client, 'forgetful', 'the old password!');
    await database.client.session.create({ data: { tokenHash: 'h1', adminId: admin.id, expiresAt: new Date(Date.now() + 60_000) } });
    await resetPassword(database.client, 'forgetful', 'the new password!');
    const stored = await database.client.admin.findUniqueOrThrow({ where: { id: admin.id } });
    expect(await verifyPassword(stored.passwordHash, 'the new password!')).toBe(true);
    expect(await database.client.session.count({ where: { adminId: admin.id, revokedAt: null } })).toBe(0);
  });

  it('refuses an unknown account', async () => {
    await expect(resetPassword(database.client, 'nobody', 'a long enough password')).rejects.toThrow(/No admin named "nobody"/);
  });
});
