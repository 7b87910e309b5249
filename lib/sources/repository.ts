import 'server-only';
import { db } from '@/lib/db/client';
import { toDay } from '@/lib/dates';
import { NotFoundError } from '@/lib/errors';
import { toExcerptDto } from '@/lib/items/feature';
import type { SourceDto } from '@/lib/items/types';

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
    excerpts: source.excerpts.map((excerpt) => ({
      ...toExcerptDto({ ...excerpt, source }),
      itemIds: excerpt.items.map((link) => link.itemId),
      regionIds: excerpt.regions.map((link) => link.regionId),
    })),
  };
}

/** The most recent source, named in the dashboard's header. */
export async function getLatestSource(): Promise<{ id: number; title: string; language: string } | null> {
  return db.source.findFirst({ orderBy: { id: 'desc' }, select: { id: true, title: true, language: true } });
}
