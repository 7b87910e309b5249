// Cookie sessions: the cookie carries a random token, the database only its SHA-256, with an expiry
// and a revocation time. Reading a session never trusts anything but that table.
import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { db } from '@/lib/db/client';

export const SESSION_COOKIE = 'sitmap_session';
const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export interface SignedInAdmin {
  id: number;
  name: string;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(adminId: number): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await db.session.create({ data: { tokenHash: hashToken(token), adminId, expiresAt } });
  return { token, expiresAt };
}

/** The admin of a live session (not expired, not revoked), or null. */
export async function findSessionAdmin(token: string | undefined): Promise<SignedInAdmin | null> {
  if (!token) return null;
  const session = await db.session.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { expiresAt: true, revokedAt: true, admin: { select: { id: true, name: true } } },
  });
  if (!session || session.revokedAt || session.expiresAt.getTime() <= Date.now()) return null;
  return session.admin;
}

export async function revokeSession(token: string): Promise<void> {
  await db.session.updateMany({ where: { tokenHash: hashToken(token), revokedAt: null }, data: { revokedAt: new Date() } });
}
