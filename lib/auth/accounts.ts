// Admin accounts: create, reset a password, and the first-run account. Takes the client as a parameter
// (no 'server-only') because scripts/admin.ts and scripts/setup-db.ts use it outside Next.
import { z } from 'zod';
import type { Db } from '@/lib/db/create-client';
import { generatePassword, hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password';

const adminNameSchema = z
  .string()
  .trim()
  .min(1, 'The account name is required')
  .max(64, 'The account name must be at most 64 characters')
  .regex(/^[\p{L}\p{N}._@-]+$/u, 'The account name may contain letters, digits and . _ @ - only');

const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `The password must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `The password must be at most ${MAX_PASSWORD_LENGTH} characters`);

export class AccountError extends Error {}

export async function createAdmin(client: Db, name: string, password: string): Promise<{ id: number; name: string }> {
  const validName = adminNameSchema.parse(name);
  const passwordHash = await hashPassword(newPasswordSchema.parse(password));
  if (await client.admin.findUnique({ where: { name: validName } })) throw new AccountError(`An admin named "${validName}" already exists`);
  return client.admin.create({ data: { name: validName, passwordHash }, select: { id: true, name: true } });
}

/** Sets a new password and signs the account out everywhere (every session revoked). */
export async function resetPassword(client: Db, name: string, password: string): Promise<void> {
  const validName = adminNameSchema.parse(name);
  const passwordHash = await hashPassword(newPasswordSchema.parse(password));
  await client.$transaction(async (tx) => {
    const admin = await tx.admin.findUnique({ where: { name: validName } });
    if (!admin) throw new AccountError(`No admin named "${validName}"`);
    await tx.admin.update({ where: { id: admin.id }, data: { passwordHash } });
    await tx.session.updateMany({ where: { adminId: admin.id, revokedAt: null }, data: { revokedAt: new Date() } });
  });
}

const FIRST_ADMIN_NAME = 'admin';

/**
 * On a database without any admin, creates "admin" with the given password or a random one, and
 * returns the password so the caller can print it once. Returns null when an admin exists.
 */
export async function ensureFirstAdmin(client: Db, password?: string): Promise<{ name: string; password: string } | null> {
  if ((await client.admin.count()) > 0) return null;
  const chosen = password ?? generatePassword();
  await createAdmin(client, FIRST_ADMIN_NAME, chosen);
  return { name: FIRST_ADMIN_NAME, password: chosen };
}
