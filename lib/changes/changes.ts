import 'server-only';
// What changed in a view between two moments, from the database: knowledge time rebuilds the map at
// each moment from the edit history (lib/items/as-of.ts), event time reads the items as known now.
import { filterItems } from '@/lib/items/filter';
import { loadItemHistories, statesAt, statesToFeatures, type ItemHistory } from '@/lib/items/as-of';
import { listItems } from '@/lib/items/repository';
import type { ItemFeature } from '@/lib/items/types';
import { dashboardFilters } from '@/lib/feeds/view';
import { areaChanges, eventItemChanges, happeningOn, knowledgeItemChanges, type AreaChange, type ChangeSet, type ItemChange } from './diff';
import type { ChangeQuery } from './params';

async function mapAt(histories: ItemHistory[], moment: Date): Promise<ItemFeature[]> {
  return statesToFeatures(statesAt(histories, moment));
}

const byChange: Record<ItemChange['change'], number> = { appeared: 0, edited: 1, ended: 2 };

export async function listChanges({ since, until, time, filters }: ChangeQuery): Promise<ChangeSet> {
  let items: ItemChange[];
  let areas: AreaChange[];
  if (time === 'knowledge') {
    const histories = await loadItemHistories(until, filters.q);
    const view = (features: ItemFeature[]) => filterItems(features, dashboardFilters(filters));
    const [atSince, atUntil] = [view(await mapAt(histories, since)), view(await mapAt(histories, until))];
    items = knowledgeItemChanges(atSince, atUntil);
    areas = areaChanges(atSince, atUntil);
  } else {
    const now = (await listItems(filters)).features;
    items = eventItemChanges(now, { since, until });
    areas = areaChanges(happeningOn(now, since), happeningOn(now, until));
  }
  items.sort(
    (a, b) => byChange[a.change] - byChange[b.change] || a.item.properties.startDate.localeCompare(b.item.properties.startDate) || a.id - b.id,
  );
  return { time, since: since.toISOString(), until: until.toISOString(), items, areas };
}
