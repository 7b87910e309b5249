// The import against real SQLite databases, and the round trip: export -> import into an empty
// database -> export again gives the same features.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toApiError } from '@/lib/api/errors';
import { createAdmin } from '@/lib/auth/accounts';
import { toStoredDate } from '@/lib/dates';
import { InvalidInputError } from '@/lib/errors';
import type { SignedInAdmin } from '@/lib/auth/session';
import { toExportCollection, type ExportedCollection } from '@/lib/export/geojson';
import type { ItemKind } from '@/lib/items/kinds';
import { listItems } from '@/lib/items/repository';
import { itemInputSchema, type ItemGeometry, type ItemInputDraft } from '@/lib/items/schema';
import { createItem } from '@/lib/items/write';
import { TEST_ADMIN_PASSWORD } from '@/lib/testing/admin';
import { createEmptyDatabase, createSeededDatabase, type TempDatabase } from '@/lib/testing/temp-database';
import { ARTICLE } from '@/prisma/seed/article';
import { readArticleText } from '@/prisma/seed/seed';
import { dryRunImport, importItems } from './import-items';

/**
 * Exports every item of the database the app points at now (the last one a test created) that cites
 * only the first article: a file is imported against one article.
 */
async function exportAll(): Promise<ExportedCollection> {
  return toExportCollection((await listItems()).features.filter((item) => item.properties.sourceIds.join() === '1'));
}

/** Ids are the database's own: a fresh database numbers items afresh. */
function withoutIds(collection: ExportedCollection) {
  return collection.features.map((feature) => ({ ...feature, id: undefined, properties: { ...feature.properties, id: undefined } }));
}

async function counts(database: TempDatabase) {
  return { items: await database.client.item.count(), excerpts: await database.client.excerpt.count() };
}

describe('importItems on the seeded database', () => {
  let database: TempDatabase;
  let exported: ExportedCollection;
  let admin: SignedInAdmin;

  beforeAll(async () => {
    database = await createSeededDatabase();
    admin = await createAdmin(database.client, 'importer', TEST_ADMIN_PASSWORD);
    exported = await exportAll();
  });
  afterAll(() => database.cleanup());

  const twoItems = () => ({ ...exported, features: exported.features.slice(0, 2) });

  it('a dry run plans every feature and writes nothing', async () => {
    const before = await counts(database);
    const plan = await dryRunImport(database.client, exported, 1);
    expect(plan.problemCount).toBe(0);
    expect(plan.features.map((f) => f.item?.title)).toEqual(exported.features.map((f) => f.properties.title));
    expect(plan.features.every((f) => f.excerpts.every((e) => e.existingId !== null))).toBe(true);
    expect(await counts(database)).toEqual(before);
  });

  it('imports the items, reusing the excerpts the source already has', async () => {
    const before = await counts(database);
    const { itemIds } = await importItems(database.client, admin, twoItems(), 1);
    expect(itemIds).toHaveLength(2);
    expect(await counts(database)).toEqual({ items: before.items + 2, excerpts: before.excerpts });
  });

  it('records a create revision by the admin for each item, like the editor', async () => {
    const { itemIds } = await importItems(database.client, admin, twoItems(), 1);
    const revisions = await database.client.revision.findMany({ where: { itemId: { in: itemIds } }, orderBy: { itemId: 'asc' } });
    expect(revisions.map((r) => [r.itemId, r.action, r.adminId, r.before])).toEqual(itemIds.map((id) => [id, 'create', admin.id, null]));
    expect(JSON.parse(revisions[0].after!).input.title).toBe(exported.features[0].properties.title);
  });

  it('reports progress after each item', async () => {
    const progress: Array<[number, number]> = [];
    await importItems(database.client, admin, twoItems(), 1, { onProgress: (done, total) => progress.push([done, total]) });
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it('imports nothing when one feature has a problem, and names it', async () => {
    const before = await counts(database);
    const file = twoItems();
    file.features[1] = { ...file.features[1], properties: { ...file.features[1].properties, kind: 'parade' as never } };
    const failure = await importItems(database.client, admin, file, 1).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InvalidInputError);
    expect(toApiError(failure).status).toBe(400);
    expect(toApiError(failure).fields).toEqual({ 'features.1.properties.kind': ['Choose a kind from the list'] });
    expect(await counts(database)).toEqual(before);
  });

  it('rolls everything back when writing fails half-way', async () => {
    const before = await counts(database);
    const text = readArticleText();
    const file = twoItems();
    // A span no item cites yet, so the first feature also creates an excerpt that must disappear.
    file.features[0] = { ...file.features[0], properties: { ...file.features[0].properties, excerpts: [{ ...file.features[0].properties.excerpts[0], start: 0, end: 12, text: text.slice(0, 12) }] } };
    const halfWay = () => {
      throw new Error('disk full');
    };
    await expect(importItems(database.client, admin, file, 1, { onProgress: halfWay })).rejects.toThrow('disk full');
    expect(await counts(database)).toEqual(before);
  });

  it('answers 404 for an unknown source', async () => {
    await expect(dryRunImport(database.client, exported, 999)).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('the export/import round trip', () => {
  let original: TempDatabase;
  let copy: TempDatabase;
  let first: ExportedCollection;

  beforeAll(async () => {
    original = await createSeededDatabase();
    const [excerpt] = await original.client.excerpt.findMany({ take: 1 });
    const extra = (title: string, kind: ItemKind, geometry: ItemGeometry) => itemInputSchema.parse({
      title,
      kind,
      geometry,
      summary: '',
      status: 'reported',
      locationPrecision: 'approximate',
      startDate: '2024-11-25',
      datePrecision: 'day',
      excerptIds: [excerpt.id],
    } satisfies ItemInputDraft);
    // Beyond the seed: a line across the Pacific (split at the antimeridian on export) and a polygon
    // wound clockwise (rewound on export), so the round trip covers what the export rewrites.
    await createItem(original.client, extra('Guam to Hawaii transfer', 'troop_deployment', { type: 'LineString', coordinates: [[144.79, 13.44], [-157.95, 21.35]] }), null);
    await createItem(
      original.client,
      extra('Clockwise exercise box', 'exercise_area', { type: 'Polygon', coordinates: [[[30.1234567, 40], [30.1234567, 45], [35, 45], [35, 40], [30.1234567, 40]]] }),
      null,
    );
    first = await exportAll();

    copy = await createEmptyDatabase();
    const source = await copy.client.source.create({
      data: { ...ARTICLE, reportedAt: toStoredDate(ARTICLE.reportedAt), text: readArticleText() },
    });
    const admin = await createAdmin(copy.client, 'importer', TEST_ADMIN_PASSWORD);
    await importItems(copy.client, admin, JSON.parse(JSON.stringify(first)), source.id);
  });
  afterAll(async () => {
    await original.cleanup();
    await copy.cleanup();
  });

  it('gives the same features when exported again from the empty database', async () => {
    const second = await exportAll();
    expect(second.features).toHaveLength(first.features.length);
    // Read from the copy: its ids are numbered afresh, in the file's order.
    expect(second.features.map((f) => f.id)).toEqual(first.features.map((_, i) => i + 1));
    expect(withoutIds(second)).toEqual(withoutIds(first));
  });

  it('covers the items beyond the seed, with the geometries the export rewrote', () => {
    const titles = first.features.map((f) => f.properties.title);
    expect(titles).toEqual(expect.arrayContaining(['Guam to Hawaii transfer', 'Clockwise exercise box']));
    expect(first.features.find((f) => f.properties.title === 'Guam to Hawaii transfer')?.geometry.type).toBe('MultiLineString');
  });
});
