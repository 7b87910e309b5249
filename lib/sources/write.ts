// The write path for sources and excerpts: an excerpt is stored only if it is a verbatim slice.
import { toStoredDate } from '@/lib/dates';
import type { Db } from '@/lib/db/create-client';
import { ExcerptError, isVerbatim, type Span } from './excerpts';
import { sourceInputSchema, type SourceInputDraft } from './schema';

type Tx = Pick<Db, 'source' | 'excerpt'>;

/** Stores (or finds) the excerpt `text` at `span` of a source; refuses anything that is not verbatim. */
export async function saveExcerpt(tx: Tx, sourceId: number, span: Span & { text: string; attribution?: string | null }): Promise<number> {
  const source = await tx.source.findUnique({ where: { id: sourceId }, select: { text: true } });
  if (!source) throw new ExcerptError(`No source with id ${sourceId}`);
  if (!isVerbatim(source.text, span)) {
    throw new ExcerptError(`The excerpt at ${span.start}–${span.end} is not a verbatim slice of source ${sourceId}`);
  }
  const excerpt = await tx.excerpt.upsert({
    where: { sourceId_start_end: { sourceId, start: span.start, end: span.end } },
    create: { sourceId, start: span.start, end: span.end, text: span.text, attribution: span.attribution ?? null },
    update: {},
    select: { id: true },
  });
  return excerpt.id;
}

/** Stores a new article, validated with the shared schema. */
export async function createSource(tx: Tx, draft: SourceInputDraft): Promise<{ id: number }> {
  const input = sourceInputSchema.parse(draft);
  return tx.source.create({
    data: { ...input, publishedAt: toStoredDate(input.publishedAt), reportedAt: toStoredDate(input.reportedAt) },
    select: { id: true },
  });
}
