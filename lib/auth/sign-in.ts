// Sign-in: one answer and the same work (one scrypt check) for a wrong name and a wrong password.
import 'server-only';
import { z } from 'zod';
import { ApiError } from '@/lib/api/errors';
import { db } from '@/lib/db/client';
import { decoyPasswordHash, MAX_PASSWORD_LENGTH, verifyPassword } from './password';
import { clearSignInFailures, isSignInLimited, recordSignInFailure } from './rate-limit';
import { createSession, type SignedInAdmin } from './session';

export const signInSchema = z.object({
  name: z.string({ error: 'Enter your account name' }).trim().min(1, 'Enter your account name').max(64, 'No such account or wrong password'),
  password: z
    .string({ error: 'Enter your password' })
    .min(1, 'Enter your password')
    .max(MAX_PASSWORD_LENGTH, 'No such account or wrong password'),
});
export type SignInInput = z.infer<typeof signInSchema>;

const WRONG_CREDENTIALS = 'No such account or wrong password';
const TOO_MANY_ATTEMPTS = 'Too many failed sign-ins: wait 15 minutes and try again';

export async function signIn(
  input: SignInInput,
  address: string,
): Promise<{ admin: SignedInAdmin; token: string; expiresAt: Date }> {
  if (await isSignInLimited(db, input.name, address)) throw new ApiError('too_many_requests', TOO_MANY_ATTEMPTS);
  const admin = await db.admin.findUnique({ where: { name: input.name } });
  const matches = await verifyPassword(admin?.passwordHash ?? (await decoyPasswordHash()), input.password);
  if (!admin || !matches) {
    await recordSignInFailure(db, input.name, address);
    throw new ApiError('unauthorized', WRONG_CREDENTIALS);
  }
  await clearSignInFailures(db, input.name);
  const session = await createSession(admin.id);
  return { admin: { id: admin.id, name: admin.name }, ...session };
}
