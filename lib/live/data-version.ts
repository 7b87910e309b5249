import 'server-only';
// The data version: the sum of the latest revision ids of items, articles (and their excerpts) and the
// situation. Every write of these records a revision in its transaction and revision ids only grow, so
// the number moves exactly when the map's data changes, on whichever app server wrote it; reading it
// is three primary-key lookups.
import { queryRows } from '@/lib/db/reader';
import { Prisma } from '@/lib/generated/prisma/client';

export async function readDataVersion(): Promise<number> {
  const [row] = await queryRows<{ version: number | null }>(Prisma.sql`SELECT
    (SELECT coalesce(max("id"), 0) FROM "Revision") + (SELECT coalesce(max("id"), 0) FROM "SourceRevision")
      + (SELECT coalesce(max("id"), 0) FROM "SituationRevision") AS "version"`);
  return Number(row?.version ?? 0);
}
