import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getEditorItem, listEditorItems } from '@/lib/items/editor';
import type { ItemCollection } from '@/lib/items/types';
import { createItem, deleteItem, updateItem } from '@/lib/items/write';
import { callRoute } from '@/lib/testing/route';
import { createSeededDatabase, type TempDatabase } from '@/lib/testing/temp-database';
import * as route from './route';

let database: TempDatabase;
let admin: { id: number; name: string };

beforeAll(async () => {
  database = await createSeededDatabase();
  admin = await database.client.admin.create({ data: { name: 'historian', passwordHash: 'not-used-here' } });
});
afterAll(() => database.cleanup());

const titlesAsOf = async (asOf: Date | string) => {
  const iso = typeof asOf === 'string' ? asOf : asOf.toISOString();
  const { status, body } = await callRoute(route.GET, `/api/items?asof=${encodeURIComponent(iso)}`);
  expect(status).toBe(200);
  return (body as ItemCollection).features.map((f) => f.properties.title);
};
const pause = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('GET /api/items?asof=', () => {
  it('rebuilds the map as it was known: later edits undone, later items absent, deletions honoured', async () => {
    const seededAt = new Date();
    await pause();
    const strike = (await listEditorItems()).find((row) => row.title.includes('Dnipro'))!;
    const before = await getEditorItem(strike.id);
    const renamed = await updateItem(database.client, admin, strike.id, before.version, { ...before.input, title: 'Oreshnik strike on Dnipro' });
    await pause();
    const afterRename = new Date();
    await pause();
    const created = await database.client.$transaction((tx) => createItem(tx, { ...before.input, title: 'A later strike' }, admin));
    await pause();
    const afterCreate = new Date();
    await pause();
    await deleteItem(database.client, admin, renamed.id, renamed.version);

    const atSeed = await titlesAsOf(seededAt);
    expect(atSeed).toContain('Missile strike on the Pivdenmash plant, Dnipro');
    expect(atSeed).not.toContain('A later strike');

    const atRename = await titlesAsOf(afterRename);
    expect(atRename).toContain('Oreshnik strike on Dnipro');
    expect(atRename).not.toContain('A later strike');

    expect(await titlesAsOf(afterCreate)).toEqual(expect.arrayContaining(['Oreshnik strike on Dnipro', 'A later strike']));

    const now = await titlesAsOf(new Date());
    expect(now).toContain('A later strike');
    expect(now).not.toContain('Oreshnik strike on Dnipro');
    expect(created.id).toBeGreaterThan(strike.id);
  });

  it('is empty before anything was recorded', async () => {
    expect(await titlesAsOf('2000-01-01')).toEqual([]);
  });

  it('answers 400 naming asof for a malformed instant', async () => {
    const { status, body } = await callRoute(route.GET, '/api/items?asof=yesterday');
    expect(status).toBe(400);
    expect(body.error.fields).toHaveProperty('asof');
  });
});
