import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem, deleteItem, updateItem } from '@/lib/items/write';
import { itemInputSchema, type ItemInputDraft } from '@/lib/items/schema';
import type { ChangeSet } from '@/lib/changes/diff';
import { itemDraft, squareAround } from '@/lib/testing/items';
import { callRoute } from '@/lib/testing/route';
import { createSeededDatabase, type TempDatabase } from '@/lib/testing/temp-database';

let database: TempDatabase;
let route: typeof import('./route');
let admin: { id: number; name: string };

beforeAll(async () => {
  database = await createSeededDatabase();
  route = await import('./route');
  admin = await database.client.admin.create({ data: { name: 'comparer', passwordHash: 'not-used-here' } });
});
afterAll(() => database.cleanup());

/** Creates an item through the write path, as the editor does (with its revision). */
const create = (draft: ItemInputDraft) => database.client.$transaction((tx) => createItem(tx, itemInputSchema.parse(draft), admin));

const pause = () => new Promise((resolve) => setTimeout(resolve, 20));
const excerptId = async () => (await database.client.excerpt.findFirstOrThrow({ orderBy: { id: 'asc' } })).id;

async function changes(query: string): Promise<ChangeSet> {
  const { status, body } = await callRoute(route.GET, `/api/changes?${query}`);
  expect(status, JSON.stringify(body)).toBe(200);
  return body as ChangeSet;
}

describe('GET /api/changes', () => {
  it('on knowledge time, lists what the map learned between A and B: added, edited with its fields, removed, and ground gained and lost', async () => {
    const excerpts = [await excerptId()];
    const area = await create(itemDraft(excerpts, { title: 'Ground held near Kupiansk', kind: 'front_line', geometry: squareAround([37.6, 49.7], 0.2) }));
    const doomed = await create(itemDraft(excerpts, { title: 'A strike later withdrawn' }));
    await pause();
    const since = new Date();
    await pause();
    const added = await create(itemDraft(excerpts, { title: 'A strike learned later' }));
    const moved = await updateItem(database.client, admin, area.id, area.version, itemInputSchema.parse({ ...area.input, geometry: squareAround([37.8, 49.7], 0.2), status: 'confirmed' }));
    await deleteItem(database.client, admin, doomed.id, doomed.version);
    await pause();
    const until = new Date();

    const set = await changes(`since=${since.toISOString()}&until=${until.toISOString()}&time=knowledge`);
    expect(set.time).toBe('knowledge');
    const byId = new Map(set.items.map((change) => [change.id, change]));
    expect(byId.get(added.id)?.change).toBe('appeared');
    expect(byId.get(doomed.id)?.change).toBe('ended');
    expect(byId.get(moved.id)).toMatchObject({ change: 'edited', fields: ['status', 'geometry'] });
    expect(set.items).toHaveLength(3);
    const sides = set.areas.map(({ change, km2 }) => [change, Math.round(km2 / 100)]);
    expect(sides.map(([change]) => change)).toEqual(['gained', 'lost']);
    expect(sides[0][1]).toBe(sides[1][1]);
    expect(set.areas[0].km2).toBeGreaterThan(100);
  });

  it('applies the dashboard filters to both moments', async () => {
    const since = new Date();
    await pause();
    await create(itemDraft([await excerptId()], { title: 'A claimed strike', status: 'claimed' }));
    await create(itemDraft([await excerptId()], { title: 'A confirmed strike', status: 'confirmed' }));
    const set = await changes(`since=${since.toISOString()}&until=${new Date(Date.now() + 1000).toISOString()}&status=confirmed`);
    expect(set.items.map((change) => change.item.properties.title)).toEqual(['A confirmed strike']);
  });

  it('on event time, lists the items that began and ended between A and B by their own dates', async () => {
    const excerpts = [await excerptId()];
    await create(itemDraft(excerpts, { title: 'Exercise that ends mid-March', kind: 'exercise_area', geometry: squareAround([20, 55]), startDate: '2031-02-01', endDate: '2031-03-15' }));
    await create(itemDraft(excerpts, { title: 'Strike in March', startDate: '2031-03-05' }));
    const set = await changes('since=2031-03-01&until=2031-03-31&time=event');
    expect(set.time).toBe('event');
    expect(set.items.map((change) => [change.item.properties.title, change.change])).toEqual([
      ['Strike in March', 'appeared'],
      ['Exercise that ends mid-March', 'ended'],
    ]);
    expect(set.areas.map((change) => change.change)).toEqual(['lost']);
  });

  it.each([
    ['reversed moments', 'since=2024-12-01&until=2024-11-01', 'since', 'since must be before until'],
    ['a date that is not one', 'since=2024-02-31&until=2024-12-01', 'since', 'since is not a real date'],
    ['a malformed date', 'since=yesterday&until=2024-12-01', 'since', 'since must be a date'],
    ['a missing moment', 'since=2024-11-01', 'until', 'until is required'],
    ['an unknown time', 'since=2024-11-01&until=2024-12-01&time=later', 'time', 'time must be one of knowledge, event'],
    ['an unknown filter', 'since=2024-11-01&until=2024-12-01&colour=red', 'colour', 'Unknown parameter colour'],
  ])('answers 400 to %s, naming the parameter', async (_case, query, field, message) => {
    const { status, body } = await callRoute(route.GET, `/api/changes?${query}`);
    expect(status).toBe(400);
    expect(body.error.fields).toHaveProperty(field);
    expect(body.error.message).toContain(message);
  });
});
