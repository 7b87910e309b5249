// npm run admin -- create <name>            creates an admin with a random password, printed once
// npm run admin -- reset-password <name>    sets a new random password and signs the account out everywhere
// Add --password-stdin to read the password from standard input instead (at least 12 characters).
import { AccountError, createAdmin, resetPassword } from '../lib/auth/accounts';
import { generatePassword } from '../lib/auth/password';
import { createDb } from '../lib/db/create-client';
import { configuredDatabaseUrl } from '../lib/db/config';
import { migrateDatabase } from '../lib/db/migrate';
import { ZodError } from 'zod';

const USAGE = 'Usage: npm run admin -- create|reset-password <name> [--password-stdin]';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const fromStdin = args.includes('--password-stdin');
  const [command, name, ...rest] = args.filter((arg) => arg !== '--password-stdin');
  if (!name || rest.length > 0 || (command !== 'create' && command !== 'reset-password')) throw new AccountError(USAGE);

  const databaseUrl = configuredDatabaseUrl();
  await migrateDatabase(databaseUrl);
  const password = fromStdin ? await readStdin() : generatePassword();
  const db = createDb(databaseUrl);
  try {
    if (command === 'create') await createAdmin(db, name, password);
    else await resetPassword(db, name, password);
  } finally {
    await db.$disconnect();
  }
  const done = command === 'create' ? `Created admin "${name}".` : `New password set for "${name}"; all its sessions were signed out.`;
  console.log(fromStdin ? done : `${done} Its password, shown only this once:\n  ${password}`);
}

main().catch((error: unknown) => {
  const message =
    error instanceof ZodError ? error.issues.map((issue) => issue.message).join('; ') : error instanceof Error ? error.message : String(error);
  console.error(error instanceof AccountError || error instanceof ZodError ? message : `admin: ${message}`);
  process.exit(1);
});
