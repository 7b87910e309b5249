// The one write path for articles and excerpts: the admin's create, edit and delete, the import and the
// seed all write here. Every write:
//  - stores an excerpt only if it is a verbatim slice of its article (lib/sources/excerpts.ts);
//  - edits an article only at the version it was based on (optimistic locking, as for items);
//  - keeps the excerpts' offsets true when an article's text changes: an excerpt still verbatim at its
//    offsets stays, one found exactly once elsewhere in the new text moves there, and any other refuses
//    the edit (409 naming them);
//  - refuses to delete an article or an excerpt that an item or a region still cites (409 naming them);
//  - records a SourceRevision (who, when, before and after) in the same transaction when an admin
//    writes; the seed writes without one (history starts at the first admin edit).
// Not server-only: it takes the database client, so the seed and scripts run it too.
import type { SignedInAdmin } from '@/lib/auth/session';
import { toDay, toStoredDate } from '@/lib/dates';
import type { Db } from '@/lib/db/create-client';
import { ConflictError, NotFoundError } from '@/lib/errors';
import type { SourceDto } from '@/lib/items/types';
import type { Tx } from '@/lib/items/write';
import { ExcerptError, isVerbatim, type Span } from './excerpts';
import { sourceInputSchema, type ExcerptInput, type SourceInputDraft, type SourceRevisionAction } from './schema';

/** An article's stored fields, as its revisions keep them: what the API answers, without its links. */
export type SourceState = Omit<SourceDto, 'id' | 'added' | 'corroborated' | 'excerpts'>;

/** An excerpt as its revisions keep it. */
export interface ExcerptState {
  start: number;
  end: number;
  text: string;
  attribution: string | null;
}

/** Who cites an excerpt: items (deleted ones too: they can be restored) and regions. */
interface Citations {
  itemIds: number[];
  regionIds: string[];
}

async function loadSource(tx: Tx, id: number): Promise<SourceState> {
  const row = await tx.source.findUnique({ where: { id } });
  if (!row) throw new NotFoundError(`No source with id ${id}`);
  return {
    title: row.title,
    outlet: row.outlet,
    url: row.url,
    language: row.language,
    publishedAt: toDay(row.publishedAt),
    reportedAt: toDay(row.reportedAt),
    text: row.text,
    version: row.version,
  };
}

const excerptState = ({ start, end, text, attribution }: ExcerptState): ExcerptState => ({ start, end, text, attribution });

async function writeRevision(
  tx: Tx,
  admin: SignedInAdmin | null,
  sourceId: number,
  action: SourceRevisionAction,
  before: object | null,
  after: object | null,
  excerptId: number | null = null,
): Promise<void> {
  if (!admin) return;
  await tx.sourceRevision.create({
    data: { sourceId, excerptId, adminId: admin.id, action, before: before && JSON.stringify(before), after: after && JSON.stringify(after) },
  });
}

async function citationsOf(tx: Tx, excerptIds: number[]): Promise<Map<number, Citations>> {
  const [items, regions] = await Promise.all([
    tx.itemExcerpt.findMany({ where: { excerptId: { in: excerptIds } }, select: { excerptId: true, itemId: true }, orderBy: { itemId: 'asc' } }),
    tx.regionExcerpt.findMany({ where: { excerptId: { in: excerptIds } }, select: { excerptId: true, regionId: true }, orderBy: { regionId: 'asc' } }),
  ]);
  const byExcerpt = new Map<number, Citations>();
  const of = (excerptId: number) => byExcerpt.get(excerptId) ?? byExcerpt.set(excerptId, { itemIds: [], regionIds: [] }).get(excerptId)!;
  for (const link of items) of(link.excerptId).itemIds.push(link.itemId);
  for (const link of regions) of(link.excerptId).regionIds.push(link.regionId);
  return byExcerpt;
}

/** "items 3, 5 and region SYR", for the messages that refuse a delete. */
function citedBy({ itemIds, regionIds }: Citations): string {
  const parts = [
    ...(itemIds.length ? [`item${itemIds.length > 1 ? 's' : ''} ${[...new Set(itemIds)].join(', ')}`] : []),
    ...(regionIds.length ? [`region${regionIds.length > 1 ? 's' : ''} ${[...new Set(regionIds)].join(', ')}`] : []),
  ];
  return parts.join(' and ');
}

/** Stores (or finds) the excerpt `text` at `span` of a source; refuses anything that is not verbatim. */
export async function saveExcerpt(
  tx: Tx,
  sourceId: number,
  span: Span & { text: string; attribution?: string | null },
  admin: SignedInAdmin | null = null,
): Promise<number> {
  const source = await tx.source.findUnique({ where: { id: sourceId }, select: { text: true } });
  if (!source) throw new ExcerptError(`No source with id ${sourceId}`);
  if (!isVerbatim(source.text, span)) {
    throw new ExcerptError(`The excerpt at ${span.start}–${span.end} is not a verbatim slice of source ${sourceId}`);
  }
  const existing = await tx.excerpt.findUnique({ where: { sourceId_start_end: { sourceId, start: span.start, end: span.end } }, select: { id: true } });
  if (existing) return existing.id;
  const created = await tx.excerpt.create({
    data: { sourceId, start: span.start, end: span.end, text: span.text, attribution: span.attribution ?? null },
  });
  await writeRevision(tx, admin, sourceId, 'excerpt-create', null, excerptState(created), created.id);
  return created.id;
}

/** Stores a new article, validated with the shared schema, with its 'create' revision when an admin writes it. */
export async function createSource(tx: Tx, draft: SourceInputDraft, admin: SignedInAdmin | null = null): Promise<{ id: number }> {
  const input = sourceInputSchema.parse(draft);
  const { id } = await tx.source.create({
    data: { ...input, publishedAt: toStoredDate(input.publishedAt), reportedAt: toStoredDate(input.reportedAt) },
    select: { id: true },
  });
  await writeRevision(tx, admin, id, 'create', null, await loadSource(tx, id));
  return { id };
}

/** The article at `version` in a transaction of its own, or a ConflictError carrying it as it is now. */
function atVersion<T>(client: Db, id: number, version: number, write: (tx: Tx, current: SourceState) => Promise<T>): Promise<T> {
  return client.$transaction(async (tx) => {
    const current = await loadSource(tx, id);
    if (current.version !== version) {
      throw new ConflictError('Someone else saved this article after you opened it. Compare both versions and save again.', { current });
    }
    return write(tx, current);
  });
}

/**
 * Where each excerpt of an article lies in its new text: unchanged when still verbatim at its offsets,
 * moved when its quote occurs exactly once; refused (409 naming them) for any other.
 */
async function relocatedExcerpts(tx: Tx, sourceId: number, current: SourceState, text: string) {
  const excerpts = await tx.excerpt.findMany({ where: { sourceId }, orderBy: { start: 'asc' } });
  const moves: Array<{ before: (typeof excerpts)[number]; span: Span }> = [];
  const lost: typeof excerpts = [];
  const staying = excerpts.filter((excerpt) => isVerbatim(text, excerpt));
  const taken = new Set(staying.map((excerpt) => `${excerpt.start}:${excerpt.end}`));
  for (const excerpt of excerpts) {
    if (staying.includes(excerpt)) continue;
    const start = text.indexOf(excerpt.text);
    const unique = start >= 0 && text.indexOf(excerpt.text, start + 1) < 0;
    const span = { start, end: start + excerpt.text.length };
    if (unique && !taken.has(`${span.start}:${span.end}`)) {
      taken.add(`${span.start}:${span.end}`);
      moves.push({ before: excerpt, span });
    } else lost.push(excerpt);
  }
  if (lost.length) {
    const citations = await citationsOf(tx, lost.map((excerpt) => excerpt.id));
    const excerptsLost = lost.map((excerpt) => ({ id: excerpt.id, text: excerpt.text, ...(citations.get(excerpt.id) ?? { itemIds: [], regionIds: [] }) }));
    const names = excerptsLost.map((excerpt) => `${excerpt.id} («${excerpt.text.slice(0, 60)}${excerpt.text.length > 60 ? '…' : ''}»)`);
    throw new ConflictError(
      `The new text no longer holds excerpt${lost.length > 1 ? 's' : ''} ${names.join(', ')} verbatim, nor exactly once elsewhere. Keep those words, or edit or delete the excerpts first.`,
      { current, excerpts: excerptsLost },
    );
  }
  return moves;
}

/** Edits an article; its excerpts follow the text (see relocatedExcerpts) in the same transaction. */
export function updateSource(client: Db, admin: SignedInAdmin, id: number, version: number, draft: SourceInputDraft): Promise<SourceState> {
  const input = sourceInputSchema.parse(draft);
  return atVersion(client, id, version, async (tx, current) => {
    const moves = input.text === current.text ? [] : await relocatedExcerpts(tx, id, current, input.text);
    // Moved excerpts go to their new offsets in two steps, so no two share a span in between (unique key).
    for (const { before } of moves) await tx.excerpt.update({ where: { id: before.id }, data: { start: -1 - before.id, end: -1 - before.id } });
    for (const { before, span } of moves) {
      const after = await tx.excerpt.update({ where: { id: before.id }, data: span });
      await writeRevision(tx, admin, id, 'excerpt-update', excerptState(before), excerptState(after), before.id);
    }
    await tx.source.update({
      where: { id },
      data: { ...input, publishedAt: toStoredDate(input.publishedAt), reportedAt: toStoredDate(input.reportedAt), version: { increment: 1 } },
    });
    const saved = await loadSource(tx, id);
    await writeRevision(tx, admin, id, 'update', current, saved);
    return saved;
  });
}

/** Deletes an article and its excerpts, refused (409 naming them) while an item or a region cites one. */
export function deleteSource(client: Db, admin: SignedInAdmin, id: number, version: number): Promise<void> {
  return atVersion(client, id, version, async (tx, current) => {
    const excerpts = await tx.excerpt.findMany({ where: { sourceId: id }, orderBy: { start: 'asc' } });
    const citations = await citationsOf(tx, excerpts.map((excerpt) => excerpt.id));
    const all: Citations = {
      itemIds: [...new Set([...citations.values()].flatMap((c) => c.itemIds))].sort((a, b) => a - b),
      regionIds: [...new Set([...citations.values()].flatMap((c) => c.regionIds))].sort(),
    };
    if (all.itemIds.length || all.regionIds.length) {
      throw new ConflictError(`This article is still cited by ${citedBy(all)}. Cite other excerpts there (or delete those items) first.`, {
        current,
        ...all,
      });
    }
    await tx.source.delete({ where: { id } });
    await writeRevision(tx, admin, id, 'delete', { ...current, excerpts: excerpts.map((excerpt) => ({ id: excerpt.id, ...excerptState(excerpt) })) }, null);
  });
}

async function loadExcerpt(tx: Tx, sourceId: number, excerptId: number) {
  const excerpt = await tx.excerpt.findFirst({ where: { id: excerptId, sourceId } });
  if (!excerpt) throw new NotFoundError(`Source ${sourceId} has no excerpt ${excerptId}`);
  return excerpt;
}

/** Moves an excerpt to another verbatim span of its article, or changes whose statement it reports. */
export function updateExcerpt(client: Db, admin: SignedInAdmin, sourceId: number, excerptId: number, input: ExcerptInput): Promise<ExcerptState & { id: number }> {
  return client.$transaction(async (tx) => {
    const before = await loadExcerpt(tx, sourceId, excerptId);
    const { text } = await tx.source.findUniqueOrThrow({ where: { id: sourceId }, select: { text: true } });
    if (!isVerbatim(text, input)) throw new ExcerptError(`The excerpt at ${input.start}–${input.end} is not a verbatim slice of source ${sourceId}`);
    const clash = await tx.excerpt.findUnique({ where: { sourceId_start_end: { sourceId, start: input.start, end: input.end } }, select: { id: true } });
    if (clash && clash.id !== excerptId) {
      throw new ConflictError(`Excerpt ${clash.id} already quotes exactly this span: cite that one instead.`, { excerptId: clash.id });
    }
    const after = await tx.excerpt.update({
      where: { id: excerptId },
      data: { start: input.start, end: input.end, text: input.text, attribution: input.attribution },
    });
    await writeRevision(tx, admin, sourceId, 'excerpt-update', excerptState(before), excerptState(after), excerptId);
    return { id: excerptId, ...excerptState(after) };
  });
}

/** Deletes an excerpt, refused (409 naming them) while an item or a region cites it. */
export function deleteExcerpt(client: Db, admin: SignedInAdmin, sourceId: number, excerptId: number): Promise<void> {
  return client.$transaction(async (tx) => {
    const before = await loadExcerpt(tx, sourceId, excerptId);
    const citations = (await citationsOf(tx, [excerptId])).get(excerptId);
    if (citations) {
      throw new ConflictError(`This excerpt is still cited by ${citedBy(citations)}. Remove it from there first.`, { ...citations });
    }
    await tx.excerpt.delete({ where: { id: excerptId } });
    await writeRevision(tx, admin, sourceId, 'excerpt-delete', excerptState(before), null, excerptId);
  });
}
