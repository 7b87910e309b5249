import 'server-only';
// The items of a view most recently created or changed, newest first.
import { db } from '@/lib/db/client';
import type { ItemFilterQuery } from '@/lib/items/query';
import { listItems } from '@/lib/items/repository';
import type { FeedItem } from './document';

/** Entries per feed: what a reader shows at once; older changes have scrolled away. */
export const FEED_SIZE = 50;
/** Recently changed items are checked against the view this many at a time. */
const BATCH = 500;

export async function recentItemsInView(filters: ItemFilterQuery, size = FEED_SIZE): Promise<FeedItem[]> {
  const entries: FeedItem[] = [];
  for (let skip = 0; entries.length < size; skip += BATCH) {
    const recent = await db.item.findMany({
      where: { deletedAt: null },
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      skip,
      take: BATCH,
      select: { id: true, createdAt: true, updatedAt: true },
    });
    if (recent.length === 0) break;
    const inView = new Map((await listItems({ ...filters, ids: recent.map((row) => row.id) })).features.map((item) => [item.id, item]));
    for (const row of recent) {
      const item = inView.get(row.id);
      if (item && entries.length < size) entries.push({ item, createdAt: row.createdAt, updatedAt: row.updatedAt });
    }
    if (recent.length < BATCH) break;
  }
  return entries;
}

/** When the data last changed: the latest revision, or the newest item (a seed has no revisions). */
export async function lastDataChange(entries: FeedItem[]): Promise<Date> {
  const latest = await db.revision.findFirst({ orderBy: { id: 'desc' }, select: { createdAt: true } });
  const times = [latest?.createdAt, ...entries.map((entry) => entry.updatedAt)].filter((date): date is Date => !!date);
  return new Date(Math.max(0, ...times.map((date) => date.getTime())));
}
