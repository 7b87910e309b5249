import 'server-only';
import { db } from '@/lib/db/client';
import { queryRows } from '@/lib/db/reader';
import { toDay } from '@/lib/dates';
import { NotFoundError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { toExcerptDto } from '@/lib/items/feature';
import type { SourceDto } from '@/lib/items/types';
import type { SourceRevisionAction, SourceRevisionDto, SourceSummary } from './schema';
import { firstReport } from './support';

/** Every article, newest first (by publication day, unknown last, then id), with how much cites it. */
export async function listSources(): Promise<SourceSummary[]> {
  const [rows, itemCounts] = await Promise.all([
    db.source.findMany({
      orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
      select: { id: true, title: true, outlet: true, url: true, language: true, publishedAt: true, version: true, _count: { select: { excerpts: true } } },
    }),
    queryRows<{ sourceId: number; count: number }>(Prisma.sql`
      SELECT e."sourceId" AS "sourceId", count(DISTINCT ie."itemId") AS "count"
      FROM "Excerpt" e JOIN "ItemExcerpt" ie ON ie."excerptId" = e."id" JOIN "Item" i ON i."id" = ie."itemId"
      WHERE i."deletedAt" IS NULL
      GROUP BY e."sourceId"`),
  ]);
  const itemCountOf = new Map(itemCounts.map((row) => [Number(row.sourceId), Number(row.count)]));
  return rows.map(({ _count, publishedAt, ...row }) => ({
    ...row,
    publishedAt: toDay(publishedAt),
    itemCount: itemCountOf.get(row.id) ?? 0,
    excerptCount: _count.excerpts,
  }));
}

/**
 * The live items citing a source, split by whether it is the first article to report each (by
 * publication day, or the day it was reported when that is unknown, then id).
 */
async function addedAndCorroborated(sourceId: number): Promise<{ added: number[]; corroborated: number[] }> {
  const items = await db.item.findMany({
    where: { deletedAt: null, excerpts: { some: { excerpt: { sourceId } } } },
    orderBy: { id: 'asc' },
    select: { id: true, excerpts: { select: { excerpt: { select: { source: { select: { id: true, publishedAt: true, reportedAt: true } } } } } } },
  });
  const added: number[] = [];
  const corroborated: number[] = [];
  for (const item of items) {
    // An article without a publication day counts from the day it was reported.
    const sources = item.excerpts.map(({ excerpt: { source } }) => ({ id: source.id, publishedAt: (source.publishedAt ?? source.reportedAt)?.getTime() ?? null }));
    (firstReport(sources)?.id === sourceId ? added : corroborated).push(item.id);
  }
  return { added, corroborated };
}

export async function getSource(id: number): Promise<SourceDto> {
  const source = await db.source.findUnique({
    where: { id },
    include: {
      excerpts: {
        orderBy: { start: 'asc' },
        include: { items: { where: { item: { deletedAt: null } }, select: { itemId: true } }, regions: { select: { regionId: true } } },
      },
    },
  });
  if (!source) throw new NotFoundError(`No source with id ${id}`);
  return {
    id: source.id,
    title: source.title,
    outlet: source.outlet,
    url: source.url,
    language: source.language,
    publishedAt: toDay(source.publishedAt),
    reportedAt: toDay(source.reportedAt),
    text: source.text,
    version: source.version,
    ...(await addedAndCorroborated(id)),
    excerpts: source.excerpts.map((excerpt) => ({
      ...toExcerptDto({ ...excerpt, source }),
      itemIds: excerpt.items.map((link) => link.itemId),
      regionIds: excerpt.regions.map((link) => link.regionId),
    })),
  };
}

/** An article's history, newest first: its own changes and its excerpts'. */
export async function listSourceRevisions(sourceId: number): Promise<SourceRevisionDto[]> {
  const rows = await db.sourceRevision.findMany({
    where: { sourceId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    include: { admin: { select: { name: true } } },
  });
  if (rows.length === 0 && !(await db.source.count({ where: { id: sourceId } }))) throw new NotFoundError(`No source with id ${sourceId}`);
  return rows.map((row) => ({
    id: row.id,
    sourceId: row.sourceId,
    excerptId: row.excerptId,
    action: row.action as SourceRevisionAction,
    adminName: row.admin?.name ?? null,
    createdAt: row.createdAt.toISOString(),
    before: row.before ? (JSON.parse(row.before) as Record<string, unknown>) : null,
    after: row.after ? (JSON.parse(row.after) as Record<string, unknown>) : null,
  }));
}
