// The admin's source editing: new articles and new excerpts, each in one transaction.
import 'server-only';
import { db } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { excerptSourceColumns, toExcerptDto } from '@/lib/items/feature';
import type { ExcerptDto } from '@/lib/items/schema';
import type { ExcerptInput, SourceInputDraft } from './schema';
import { createSource, saveExcerpt } from './write';

export async function addSource(draft: SourceInputDraft): Promise<{ id: number }> {
  return db.$transaction((tx) => createSource(tx, draft));
}

export async function addExcerpt(sourceId: number, span: ExcerptInput): Promise<ExcerptDto> {
  return db.$transaction(async (tx) => {
    if (!(await tx.source.count({ where: { id: sourceId } }))) throw new NotFoundError(`No source with id ${sourceId}`);
    const id = await saveExcerpt(tx, sourceId, span);
    const excerpt = await tx.excerpt.findUniqueOrThrow({ where: { id }, include: { source: { select: excerptSourceColumns } } });
    return toExcerptDto(excerpt);
  });
}
