import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '@/lib/draft/types';
import { MAX_DRAFT_BYTES } from '@/lib/draft/input';
import { signedInAdmin } from '@/lib/testing/admin';
import { callRoute, jsonRequest } from '@/lib/testing/route';
import { databaseSnapshot } from '@/lib/testing/snapshot';
import { createSeededDatabase, type TempDatabase } from '@/lib/testing/temp-database';

let database: TempDatabase;
let token: string;
let route: typeof import('./route');

beforeAll(async () => {
  database = await createSeededDatabase();
  token = (await signedInAdmin(database.client)).token;
  route = await import('./route');
});
afterAll(() => database.cleanup());

function draftOf(id: number, body: unknown = {}) {
  return callRoute(route.POST, `/api/sources/${id}/draft`, { id: String(id) }, jsonRequest('POST', body, token));
}

/** A source stored as it is (past the form's own limits), to see what the drafter answers. */
async function storedSource(text: string, language = 'en'): Promise<number> {
  const source = await database.client.source.create({ data: { title: 'T', outlet: 'O', language, text, reportedAt: new Date('2024-12-05T00:00:00Z') } });
  return source.id;
}

describe('POST /api/sources/[id]/draft', () => {
  it('drafts the seeded article with excerpts that are verbatim slices of its text', async () => {
    const source = await database.client.source.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const { status, body } = await draftOf(source.id);
    const draft = body as Draft;
    expect(status).toBe(200);
    expect(draft.lang).toBe('fr');
    expect(draft.proposals.length).toBeGreaterThan(0);
    for (const proposal of draft.proposals) expect(source.text.slice(proposal.excerpt.start, proposal.excerpt.end)).toBe(proposal.excerpt.text);
  });

  it('offers the seeded call as an excerpt for the item already on the map', async () => {
    const source = await database.client.source.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const call = await database.client.item.findFirstOrThrow({ where: { kind: 'diplomatic_contact' } });
    const draft = (await draftOf(source.id)).body as Draft;
    expect(draft.proposals.some((proposal) => proposal.matchesItemId === call.id)).toBe(true);
  });

  it('writes nothing', async () => {
    const before = await databaseSnapshot(database.url);
    await draftOf(1);
    expect(await databaseSnapshot(database.url)).toEqual(before);
  });

  it('answers 413 for a text above the limit', async () => {
    const id = await storedSource('The army said troops moved. '.repeat(Math.ceil(MAX_DRAFT_BYTES / 28) + 1));
    const { status, body } = await draftOf(id);
    expect(status).toBe(413);
    expect(body.error.code).toBe('payload_too_large');
  });

  it('answers 400 naming the language of a German article, with no proposals', async () => {
    const id = await storedSource('Die Armee hat am Dienstag die Stadt angegriffen, und der Minister sagte, dass die Lage ernst ist.', 'de');
    const { status, body } = await draftOf(id);
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/German/);
    expect(body.proposals).toBeUndefined();
  });

  it('answers 400 for HTML', async () => {
    const id = await storedSource('<p>Russian forces struck Kharkiv on Tuesday.</p>');
    const { status, body } = await draftOf(id);
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/HTML/);
  });

  it('answers 400 for a language other than fr or en in the body', async () => {
    const { status, body } = await draftOf(1, { lang: 'de' });
    expect(status).toBe(400);
    expect(body.error.fields.lang).toBeDefined();
  });

  it('answers 404 for an unknown source', async () => {
    expect((await draftOf(999_999)).status).toBe(404);
  });
});
