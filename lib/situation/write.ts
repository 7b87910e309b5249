// The situation's write path: an admin's rename or new description, at the version it was based on
// (optimistic locking, as for items), with the change kept in SituationRevision in the same transaction.
// Not server-only: it takes the database client, so the seed runs it too.
import type { SignedInAdmin } from '@/lib/auth/session';
import type { Db } from '@/lib/db/create-client';
import { ConflictError, NotFoundError } from '@/lib/errors';
import type { Situation, SituationInput } from './schema';

type Client = Pick<Db, 'situation' | 'situationRevision'>;
type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/** The one situation (the first row; the migration sources_situation inserts it). */
export async function readSituation(client: Client): Promise<Situation> {
  const row = await client.situation.findFirst({ orderBy: { id: 'asc' }, select: { name: true, description: true, version: true } });
  if (!row) throw new NotFoundError('The map has no situation yet: run npm run db:setup');
  return row;
}

/** Names the situation as the seed writes it, without a revision (history starts at the first admin edit). */
export async function seedSituation(tx: Tx, input: SituationInput): Promise<void> {
  const first = await tx.situation.findFirst({ orderBy: { id: 'asc' }, select: { id: true } });
  if (first) await tx.situation.update({ where: { id: first.id }, data: input });
  else await tx.situation.create({ data: input });
}

export function updateSituation(client: Db, admin: SignedInAdmin, version: number, input: SituationInput): Promise<Situation> {
  return client.$transaction(async (tx) => {
    const current = await tx.situation.findFirst({ orderBy: { id: 'asc' } });
    if (!current) throw new NotFoundError('The map has no situation yet: run npm run db:setup');
    const before: Situation = { name: current.name, description: current.description, version: current.version };
    const { count } = await tx.situation.updateMany({ where: { id: current.id, version }, data: { ...input, version: { increment: 1 } } });
    if (count === 0) {
      throw new ConflictError('Someone else changed the situation after you opened it. Compare and save again.', { current: before });
    }
    const after = await readSituation(tx);
    await tx.situationRevision.create({
      data: { situationId: current.id, adminId: admin.id, before: JSON.stringify(before), after: JSON.stringify(after) },
    });
    return after;
  });
}
