import 'server-only';
// The data version: the one row of "DataVersion", moved forward by database triggers in the same
// transaction as every write to the tables the public reads come from (the migrations "data_version"),
// whoever writes: the app on any server, an import, the seed, a script's raw SQL. So it moves exactly
// when what a read answers may have changed; reading it is one primary-key lookup. Used by the cacheable
// reads' ETags (lib/api/cache.ts) and by the live stream (lib/live).
import { queryRows } from '@/lib/db/reader';
import { Prisma } from '@/lib/generated/prisma/client';

export async function readDataVersion(): Promise<number> {
  const [row] = await queryRows<{ version: number }>(Prisma.sql`SELECT "version" FROM "DataVersion" WHERE "id" = 1`);
  if (!row) throw new Error('The DataVersion row is missing: run the migrations (npm run db:setup)');
  return Number(row.version);
}
