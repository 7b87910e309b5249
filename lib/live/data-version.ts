import 'server-only';
// The data version: the id of the latest revision. Every item write (editor, restore, import) records
// a revision in its transaction, so the number moves exactly when the map's data changes, on whichever
// app server wrote it; reading it is one primary-key lookup.
import { queryRows } from '@/lib/db/reader';
import { Prisma } from '@/lib/generated/prisma/client';

export async function readDataVersion(): Promise<number> {
  const [row] = await queryRows<{ version: number | null }>(Prisma.sql`SELECT max("id") AS "version" FROM "Revision"`);
  return Number(row?.version ?? 0);
}
