// The admin's source editing: new articles and new excerpts, each in one transaction.
import 'server-only';
import { toDay } from '@/lib/dates';
import { db } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { toExcerptDto } from '@/lib/items/feature';
import type { ExcerptDto } from '@/lib/items/schema';
import type { ExcerptInput, SourceInputDraft, SourceSummary } from './schema';
import { createSource, saveExcerpt } from './write';

export async function addSource(draft: SourceInputDraft): Promise<{ id: number }> {
  return db.$transaction((tx) => createSource(tx, draft));
}

export async function addExcerpt(sourceId: number, span: ExcerptInput): Promise<ExcerptDto> {
  return db.$transaction(async (tx) => {
    if (!(await tx.source.count({ where: { id: sourceId } }))) throw new NotFoundError(`No source with id ${sourceId}`);
    const id = await saveExcerpt(tx, sourceId, span);
    const excerpt = await tx.excerpt.findUniqueOrThrow({ where: { id }, include: { source: { select: { title: true, language: true } } } });
    return toExcerptDto(excerpt);
  });
}

export async function listSources(): Promise<SourceSummary[]> {
  const rows = await db.source.findMany({
    orderBy: { id: 'desc' },
    select: { id: true, title: true, outlet: true, language: true, reportedAt: true },
  });
  return rows.map((row) => ({ ...row, reportedAt: toDay(row.reportedAt) }));
}
