// Both feeds read back with a feed parser (@extractus/feed-extractor) and checked against the view
// they follow: /api/items with the same filters.
import { extractFromJson, extractFromXml } from '@extractus/feed-extractor';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem, updateItem } from '@/lib/items/write';
import { itemInputSchema, type ItemInputDraft } from '@/lib/items/schema';
import { getEditorItem, listEditorItems } from '@/lib/items/editor';
import type { ItemCollection } from '@/lib/items/types';
import { itemDraft } from '@/lib/testing/items';
import { callRoute } from '@/lib/testing/route';
import { createSeededDatabase, type TempDatabase } from '@/lib/testing/temp-database';

let database: TempDatabase;
let atom: typeof import('./route');
let json: typeof import('../feed.json/route');
let items: typeof import('../api/items/route');
let admin: { id: number; name: string };

beforeAll(async () => {
  database = await createSeededDatabase();
  atom = await import('./route');
  json = await import('../feed.json/route');
  items = await import('../api/items/route');
  admin = await database.client.admin.create({ data: { name: 'feeder', passwordHash: 'not-used-here' } });
});
afterAll(() => database.cleanup());

/** Creates an item through the write path, as the editor does (with its revision). */
const create = (draft: ItemInputDraft) => database.client.$transaction((tx) => createItem(tx, itemInputSchema.parse(draft), admin));

const entryFields = (entry: Record<string, unknown>) => ({ rawId: entry.id, rawUpdated: entry.updated ?? entry.date_modified });
const readAtom = (xml: string) => extractFromXml(xml, { descriptionMaxLen: 0, getExtraEntryFields: entryFields });
const readJson = (feed: unknown) => extractFromJson(feed as Record<string, unknown>, { descriptionMaxLen: 0, getExtraEntryFields: entryFields });

async function viewIds(query: string): Promise<number[]> {
  const { body } = await callRoute(items.GET, `/api/items?${query}`);
  return (body as ItemCollection).features.map((item) => item.id);
}

async function firstExcerptId(): Promise<number> {
  return (await database.client.excerpt.findFirstOrThrow({ orderBy: { id: 'asc' } })).id;
}

describe('GET /feed.atom and /feed.json', () => {
  it('list exactly the items of the view, each with a stable id and a link to it on the map', async () => {
    const query = 'kind=strike,political_event&status=confirmed,reported';
    const expected = await viewIds(query);
    expect(expected.length).toBeGreaterThan(0);

    const atomAnswer = await callRoute(atom.GET, `/feed.atom?${query}`);
    expect(atomAnswer.status).toBe(200);
    expect(atomAnswer.contentType).toBe('application/atom+xml; charset=utf-8');
    const fromAtom = readAtom(atomAnswer.body as string).entries!;
    const jsonAnswer = await callRoute(json.GET, `/feed.json?${query}`);
    expect(jsonAnswer.contentType).toBe('application/feed+json; charset=utf-8');
    const fromJson = readJson(jsonAnswer.body).entries!;

    for (const entries of [fromAtom, fromJson]) {
      const ids = entries.map((entry) => Number(String((entry as unknown as { rawId: string }).rawId).split(':').at(-1)));
      expect(ids.sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
      for (const entry of entries) expect(entry.link).toMatch(/^http:\/\/localhost\/\?item=\d+&lang=en$/);
    }
  });

  it('put the newest change first, edited items included, with title, kind, place, dates and quotes', async () => {
    const excerptId = await firstExcerptId();
    const created = await create(itemDraft([excerptId], { title: 'Fresh strike in the feed', countries: ['UKR'] }));
    const seeded = (await listEditorItems()).find((row) => row.title.includes('Dnipro'))!;
    const before = await getEditorItem(seeded.id);
    await updateItem(database.client, admin, seeded.id, before.version, { ...before.input, title: 'Strike on Dnipro, edited' });

    const { body } = await callRoute(json.GET, '/feed.json?kind=strike');
    const feed = body as { items: Array<{ id: string; title: string; content_html: string; date_modified: string; _sitmap: { kind: string } }> };
    expect(feed.items.slice(0, 2).map((entry) => entry.title)).toEqual(['Strike on Dnipro, edited', 'Fresh strike in the feed']);
    const modified = feed.items.map((entry) => entry.date_modified);
    expect(modified).toEqual([...modified].sort().reverse());

    const fresh = feed.items.find((entry) => entry.id === `urn:sitmap:item:${created.id}`)!;
    expect(fresh._sitmap.kind).toBe('strike');
    expect(fresh.content_html).toContain('Strike (reported)');
    expect(fresh.content_html).toContain('30 Nov 2024');
    expect(fresh.content_html).toContain('Ukraine');
    const quote = await database.client.excerpt.findUniqueOrThrow({ where: { id: excerptId } });
    expect(fresh.content_html).toContain(quote.text.slice(0, 20).replace(/&/g, '&amp;').replace(/</g, '&lt;'));

    const atomEntries = readAtom((await callRoute(atom.GET, '/feed.atom?kind=strike')).body as string).entries!;
    expect(atomEntries[0].title).toBe('Strike on Dnipro, edited');
  });

  it('answer 304 to a reader whose copy is current, by ETag or by date, and 200 once something changed', async () => {
    const first = await callRoute(atom.GET, '/feed.atom?country=UKR');
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect(etag).toMatch(/^".+"$/);
    expect(new Date(lastModified).getTime()).not.toBeNaN();

    expect((await callRoute(atom.GET, '/feed.atom?country=UKR', {}, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    expect((await callRoute(atom.GET, '/feed.atom?country=UKR', {}, { headers: { 'If-Modified-Since': lastModified } })).status).toBe(304);

    await new Promise((resolve) => setTimeout(resolve, 1100));
    await create(itemDraft([await firstExcerptId()], { title: 'Another strike in Ukraine' }));
    expect((await callRoute(atom.GET, '/feed.atom?country=UKR', {}, { headers: { 'If-None-Match': etag } })).status).toBe(200);
    expect((await callRoute(atom.GET, '/feed.atom?country=UKR', {}, { headers: { 'If-Modified-Since': lastModified } })).status).toBe(200);
  });

  it('of an empty view are valid empty feeds', async () => {
    const atomAnswer = await callRoute(atom.GET, '/feed.atom?q=nothingmatchesthisword');
    expect(atomAnswer.status).toBe(200);
    // The feed extractor takes an Atom document without entries for an unknown format: read it as XML.
    const xml = atomAnswer.body as string;
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = new XMLParser().parse(xml) as { feed: Record<string, unknown> };
    expect(feed.title).toBe('Sitmap: items created or changed in this view');
    expect(new Date(feed.updated as string).getTime()).not.toBeNaN();
    expect(feed.id).toMatch(/^http:\/\/localhost\/feed\.atom/);
    expect(feed).not.toHaveProperty('entry');
    const jsonAnswer = await callRoute(json.GET, '/feed.json?q=nothingmatchesthisword');
    expect((jsonAnswer.body as { items: unknown[] }).items).toEqual([]);
    expect(readJson(jsonAnswer.body).entries).toEqual([]);
  });

  it('are in French with lang=fr', async () => {
    const { body } = await callRoute(json.GET, '/feed.json?kind=strike&lang=fr');
    const feed = body as { title: string; items: Array<{ url: string; content_html: string }> };
    expect(feed.title).toBe('Sitmap : éléments créés ou modifiés dans cette vue');
    expect(feed.items[0].url).toMatch(/lang=fr$/);
    expect(feed.items[0].content_html).toContain('Frappe');
  });

  it('refuse unknown filters and malformed ones with a 400 naming the parameter', async () => {
    const unknown = await callRoute(atom.GET, '/feed.atom?colour=red');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields).toHaveProperty('colour');
    const malformed = await callRoute(json.GET, '/feed.json?kind=tank');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.fields).toHaveProperty('kind');
  });
});
