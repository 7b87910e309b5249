// A signed-in admin for integration tests: a real account and a real session in the temp database.
import type { Db } from '@/lib/db/create-client';
import { createAdmin } from '@/lib/auth/accounts';
import { createSession } from '@/lib/auth/session';

export const TEST_ADMIN_PASSWORD = 'correct horse battery staple';

/** Creates an admin and signs it in through the real sign-in path; returns the session token. */
export async function signedInAdmin(client: Db, name = 'editor'): Promise<{ id: number; name: string; token: string }> {
  const admin = await createAdmin(client, name, TEST_ADMIN_PASSWORD);
  const { token } = await createSession(admin.id);
  return { ...admin, token };
}
