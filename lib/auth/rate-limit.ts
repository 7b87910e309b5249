// Failed sign-ins are counted per account name (whether or not it exists, so the limit reveals
// nothing) and per client address, over a sliding window.
import type { Db } from '@/lib/db/create-client';

const RATE_LIMIT_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_NAME = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

type Client = Pick<Db, 'loginAttempt'>;

export async function isSignInLimited(client: Client, name: string, address: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - RATE_LIMIT_WINDOW_MS);
  const [byName, byAddress] = await Promise.all([
    client.loginAttempt.count({ where: { name, createdAt: { gt: since } } }),
    client.loginAttempt.count({ where: { address, createdAt: { gt: since } } }),
  ]);
  return byName >= MAX_FAILURES_PER_NAME || byAddress >= MAX_FAILURES_PER_ADDRESS;
}

export async function recordSignInFailure(client: Client, name: string, address: string): Promise<void> {
  await client.loginAttempt.create({ data: { name, address } });
  // Old attempts no longer count: drop them so the table stays small.
  await client.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - RATE_LIMIT_WINDOW_MS) } } });
}

export async function clearSignInFailures(client: Client, name: string): Promise<void> {
  await client.loginAttempt.deleteMany({ where: { name } });
}
