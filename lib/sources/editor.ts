// The admin's source editing: each change in one transaction of the write path (lib/sources/write.ts).
import 'server-only';
import type { SignedInAdmin } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { excerptSourceColumns, toExcerptDto } from '@/lib/items/feature';
import type { ExcerptDto } from '@/lib/items/schema';
import type { ExcerptInput, SourceInputDraft } from './schema';
import { createSource, saveExcerpt } from './write';

export async function addSource(draft: SourceInputDraft, admin: SignedInAdmin): Promise<{ id: number }> {
  return db.$transaction((tx) => createSource(tx, draft, admin));
}

export async function addExcerpt(sourceId: number, span: ExcerptInput, admin: SignedInAdmin): Promise<ExcerptDto> {
  return db.$transaction(async (tx) => {
    if (!(await tx.source.count({ where: { id: sourceId } }))) throw new NotFoundError(`No source with id ${sourceId}`);
    const id = await saveExcerpt(tx, sourceId, span, admin);
    const excerpt = await tx.excerpt.findUniqueOrThrow({ where: { id }, include: { source: { select: excerptSourceColumns } } });
    return toExcerptDto(excerpt);
  });
}
