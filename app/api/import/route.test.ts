// POST /api/import on a real seeded database: guarded like every mutating endpoint, the dry run
// writes nothing, a file with a problem imports nothing, a good one creates items with revisions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, MAX_IMPORT_FEATURES } from '@/lib/import/limits';
import type { ImportPlan } from '@/lib/import/plan';
import { readEvents, type ImportEvent } from '@/lib/import/progress';
import { signedInAdmin } from '@/lib/testing/admin';
import { importFeature, importFile, UNQUOTED_PHRASE } from '@/lib/testing/import-file';
import { callRoute, jsonRequest } from '@/lib/testing/route';
import { databaseSnapshot } from '@/lib/testing/snapshot';
import { createSeededDatabase, type TempDatabase } from '@/lib/testing/temp-database';
import * as route from './route';
import * as itemRoute from '../items/[id]/route';

let database: TempDatabase;
let admin: { id: number; token: string };

beforeAll(async () => {
  database = await createSeededDatabase();
  admin = await signedInAdmin(database.client);
});
afterAll(() => database.cleanup());

const send = (query: string, init: RequestInit) => callRoute(route.POST, `/api/import?${query}`, {}, init);
const post = (query: string, body: unknown) => send(query, jsonRequest('POST', body, admin.token));

/** The import's NDJSON events, read from the handler's streamed answer. */
async function importEvents(file: unknown): Promise<{ status: number; events: ImportEvent[] }> {
  const response = await route.POST(new Request('http://localhost/api/import?source=1', jsonRequest('POST', file, admin.token)), { params: Promise.resolve({}) });
  const events: ImportEvent[] = [];
  for await (const event of readEvents(response.body!)) events.push(event);
  return { status: response.status, events };
}

describe('POST /api/import', () => {
  it('answers 401 without a session and changes nothing', async () => {
    const before = await databaseSnapshot(database.url);
    const { status, body } = await send('source=1', jsonRequest('POST', importFile([importFeature('No session')])));
    expect(status).toBe(401);
    expect(body.error.code).toBe('unauthorized');
    expect(await databaseSnapshot(database.url)).toEqual(before);
  });

  it('answers 403 to a signed-in cross-site request and changes nothing', async () => {
    const before = await databaseSnapshot(database.url);
    const { status, body } = await send('source=1', jsonRequest('POST', importFile([importFeature('Cross-site')]), admin.token, 'https://evil.example'));
    expect(status).toBe(403);
    expect(body.error.code).toBe('forbidden');
    expect(await databaseSnapshot(database.url)).toEqual(before);
  });

  it('dry run: answers the plan per feature, with its problems, and writes nothing', async () => {
    const before = await databaseSnapshot(database.url);
    const file = importFile([importFeature('Planned strike'), importFeature('Planned parade', { kind: 'parade' as never, excerpts: [] })]);
    const { status, body } = await post('source=1&dryRun=true', file);
    expect(status).toBe(200);
    const plan = body as ImportPlan;
    expect(plan.features.map((f) => [f.index, f.title, f.item?.kind ?? null])).toEqual([
      [0, 'Planned strike', 'strike'],
      [1, 'Planned parade', null],
    ]);
    expect(plan.features[0].excerpts).toEqual([expect.objectContaining({ text: UNQUOTED_PHRASE, existingId: null })]);
    expect(plan.features[1].problems).toEqual([
      { path: 'properties.kind', message: 'Choose a kind from the list' },
      { path: 'properties.excerpts', message: 'Cite at least one excerpt of the article' },
    ]);
    expect(plan.problemCount).toBe(2);
    expect(await databaseSnapshot(database.url)).toEqual(before);
  });

  it('a file with one bad feature answers 400 with the problem per feature and imports nothing', async () => {
    const before = await databaseSnapshot(database.url);
    const file = importFile([importFeature('Good one'), importFeature('Bad one', { geometry: { type: 'Point', coordinates: [200, 10] } })]);
    const { status, body } = await post('source=1', file);
    expect(status).toBe(400);
    expect(body.error.message).toBe('The file has 1 problem(s); nothing was imported');
    expect(Object.keys(body.error.fields)).toEqual(['features.1.geometry.coordinates.0']);
    expect(await databaseSnapshot(database.url)).toEqual(before);
  });

  it('imports a good file: progress, then the items, each with a create revision by the admin', async () => {
    const titles = ['Imported strike A', 'Imported strike B', 'Imported strike C'];
    const { status, events } = await importEvents(importFile(titles.map((title) => importFeature(title))));
    expect(status).toBe(200);
    expect(events.filter((e) => e.type === 'progress')).toEqual([0, 1, 2, 3].map((done) => ({ type: 'progress', done, total: 3 })));
    const last = events.at(-1)!;
    expect(last.type).toBe('done');
    const itemIds = (last as Extract<ImportEvent, { type: 'done' }>).itemIds;

    const served = await Promise.all(itemIds.map((id) => callRoute(itemRoute.GET, `/api/items/${id}`, { id: String(id) })));
    expect(served.map((r) => r.body.properties.title)).toEqual(titles);
    expect(served.map((r) => r.body.properties.excerpts[0].text)).toEqual(titles.map(() => UNQUOTED_PHRASE));
    // One new excerpt, shared by the three items.
    expect(await database.client.excerpt.count({ where: { text: UNQUOTED_PHRASE } })).toBe(1);
    const revisions = await database.client.revision.findMany({ where: { itemId: { in: itemIds } } });
    expect(revisions.map((r) => [r.action, r.adminId])).toEqual(titles.map(() => ['create', admin.id]));
  });

  it('answers 413 for a file over the size limit, before reading it', async () => {
    const before = await databaseSnapshot(database.url);
    const { status, body } = await post('source=1', ' '.repeat(MAX_IMPORT_BYTES + 1));
    expect(status).toBe(413);
    expect(body.error.message).toBe(`The file must be at most 20 MB (${MAX_IMPORT_BYTES} bytes)`);
    expect(await databaseSnapshot(database.url)).toEqual(before);
  });

  it('answers 400 for too many features', async () => {
    const { status, body } = await post('source=1&dryRun=true', importFile(Array.from({ length: MAX_IMPORT_FEATURES + 1 }, () => ({}))));
    expect(status).toBe(400);
    expect(body.error.message).toBe(`file: A file may hold at most ${MAX_IMPORT_FEATURES} features`);
  });

  it('answers 400 for a file that is not JSON, or not a FeatureCollection', async () => {
    expect((await post('source=1', '{"type": "FeatureCollection",')).body.error.message).toBe('The file is not valid JSON');
    const notCollection = await post('source=1', { type: 'Feature', geometry: null, properties: {} });
    expect(notCollection.status).toBe(400);
    expect(notCollection.body.error.message).toBe('file: The file must be a GeoJSON FeatureCollection');
  });

  it('names a missing or bad parameter, and answers 404 for an unknown source', async () => {
    const file = importFile([importFeature('Anything')]);
    expect((await post('', file)).body.error.fields).toHaveProperty('source');
    expect((await post('source=1&dryRun=yes', file)).body.error.fields).toEqual({ dryRun: ['dryRun must be true or false'] });
    const unknown = await post('source=999&dryRun=true', file);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe('No source with id 999');
  });
});
