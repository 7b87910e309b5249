// Property-based tests of every mutating endpoint, signed in: thousands of generated bad requests
// (malformed JSON, wrong types, huge strings, out-of-range and non-finite coordinates, open rings,
// bowties, too many vertices, script tags, bad ids and versions) all answer 4xx with a message,
// never 5xx, and leave the database exactly as it was.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badItemField,
  badItemFieldForApi,
  badSourceField,
  badVersion,
  malformedJson,
  notAnObject,
} from '@/lib/testing/bad-inputs';
import { signedInAdmin } from '@/lib/testing/admin';
import { importFeature, importFile } from '@/lib/testing/import-file';
import { itemDraft } from '@/lib/testing/items';
import { callRoute, jsonRequest } from '@/lib/testing/route';
import { databaseSnapshot } from '@/lib/testing/snapshot';
import { createSeededDatabase, type TempDatabase } from '@/lib/testing/temp-database';
import * as importRoute from './import/route';
import * as restoreRoute from './items/[id]/restore/route';
import * as revisionRestoreRoute from './items/[id]/revisions/[revisionId]/restore/route';
import * as itemRoute from './items/[id]/route';
import * as itemsRoute from './items/route';
import * as excerptsRoute from './sources/[id]/excerpts/route';
import * as excerptRoute from './sources/[id]/excerpts/[excerptId]/route';
import * as sourceRoute from './sources/[id]/route';
import * as situationRoute from './situation/route';
import * as sourcesRoute from './sources/route';

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

let database: TempDatabase;
let token: string;
let itemId: number;
let revisionId: number;
let sourceId: number;
let excerptId: number;

beforeAll(async () => {
  database = await createSeededDatabase();
  token = (await signedInAdmin(database.client)).token;
  sourceId = (await database.client.source.findFirstOrThrow()).id;
  excerptId = (await database.client.excerpt.findFirstOrThrow()).id;
  itemId = (await callRoute(itemsRoute.POST, '/api/items', {}, jsonRequest('POST', itemDraft([excerptId]), token))).body.id;
  revisionId = (await database.client.revision.findFirstOrThrow({ where: { itemId } })).id;
});
afterAll(() => database.cleanup());

/** A body as sent on the wire: raw text, or a value serialized as JSON. */
type Body = { raw: string } | { json: unknown };
const asBody = (arbitrary: fc.Arbitrary<unknown>): fc.Arbitrary<Body> => arbitrary.map((json) => ({ json }));
const rawBody: fc.Arbitrary<Body> = malformedJson.map((raw) => ({ raw }));

const withField = (base: () => Record<string, unknown>, bad: fc.Arbitrary<[string, unknown]>) =>
  asBody(bad.map(([field, value]) => ({ ...base(), [field]: value })));

const versionBody = fc.oneof(rawBody, asBody(notAnObject), asBody(badVersion.map((version) => ({ version }))));

async function send<P>(handler: Handler<P>, method: string, url: string, params: P, body: Body) {
  const init = jsonRequest(method, 'raw' in body ? body.raw : JSON.stringify(body.json), token);
  return callRoute(handler, url, params, init);
}

function isRefusal(response: { status: number; body: unknown }): boolean {
  const error = (response.body as { error?: { message?: string } }).error;
  return response.status >= 400 && response.status < 500 && typeof error?.message === 'string' && error.message.length > 0;
}

async function expectAllRefused<P>(
  route: Handler<P>,
  method: string,
  url: () => string,
  params: () => P,
  bodies: fc.Arbitrary<Body>,
  numRuns: number,
) {
  const before = await databaseSnapshot(database.url);
  await fc.assert(
    fc.asyncProperty(bodies, async (body) => isRefusal(await send(route, method, url(), params(), body))),
    { numRuns },
  );
  expect(await databaseSnapshot(database.url)).toEqual(before);
}

describe('mutating endpoints refuse bad input with 4xx and change nothing', () => {
  it('POST /api/items', async () => {
    const bodies = fc.oneof(rawBody, asBody(notAnObject), withField(() => itemDraft([excerptId]), badItemFieldForApi));
    await expectAllRefused(itemsRoute.POST, 'POST', () => '/api/items', () => ({}), bodies, 1000);
  });

  it('PUT /api/items/[id]', async () => {
    const bodies = fc.oneof(
      rawBody,
      asBody(notAnObject),
      withField(() => ({ ...itemDraft([excerptId]), version: 1 }), badItemFieldForApi),
      asBody(badVersion.map((version) => ({ ...itemDraft([excerptId]), version }))),
    );
    await expectAllRefused(itemRoute.PUT, 'PUT', () => `/api/items/${itemId}`, () => ({ id: String(itemId) }), bodies, 800);
  });

  it('DELETE /api/items/[id]', async () => {
    await expectAllRefused(itemRoute.DELETE, 'DELETE', () => `/api/items/${itemId}`, () => ({ id: String(itemId) }), versionBody, 300);
  });

  it('POST /api/items/[id]/restore', async () => {
    await expectAllRefused(restoreRoute.POST, 'POST', () => `/api/items/${itemId}/restore`, () => ({ id: String(itemId) }), versionBody, 300);
  });

  it('POST /api/items/[id]/revisions/[revisionId]/restore', async () => {
    await expectAllRefused(revisionRestoreRoute.POST,
      'POST',
      () => `/api/items/${itemId}/revisions/${revisionId}/restore`,
      () => ({ id: String(itemId), revisionId: String(revisionId) }),
      versionBody,
      300,
    );
  });

  it('POST /api/sources', async () => {
    const valid = () => ({ title: 'T', outlet: 'O', language: 'en', text: 'Some text.' });
    const bodies = fc.oneof(rawBody, asBody(notAnObject), withField(valid, badSourceField), asBody(fc.constant({ ...valid(), text: 'x'.repeat(200_001) })));
    await expectAllRefused(sourcesRoute.POST, 'POST', () => '/api/sources', () => ({}), bodies, 800);
  });

  it('PUT /api/sources/[id]', async () => {
    const valid = () => ({ title: 'T', outlet: 'O', language: 'en', text: 'Some text.', version: 1 });
    const bodies = fc.oneof(rawBody, asBody(notAnObject), withField(valid, badSourceField), asBody(badVersion.map((version) => ({ ...valid(), version }))));
    await expectAllRefused(sourceRoute.PUT, 'PUT', () => `/api/sources/${sourceId}`, () => ({ id: String(sourceId) }), bodies, 500);
  });

  it('DELETE /api/sources/[id]', async () => {
    await expectAllRefused(sourceRoute.DELETE, 'DELETE', () => `/api/sources/${sourceId}`, () => ({ id: String(sourceId) }), versionBody, 200);
  });

  it('PUT /api/sources/[id]/excerpts/[excerptId]', async () => {
    const notVerbatim = fc.tuple(fc.nat(5000), fc.integer({ min: 1, max: 200 })).map(([start, length]) => ({ start, end: start + length, text: 'Ω'.repeat(length) }));
    const badAttribution = fc.oneof(fc.integer(), fc.constant('x'.repeat(201)), fc.dictionary(fc.string(), fc.string(), { maxKeys: 1 }));
    const { start, end, text } = await database.client.excerpt.findUniqueOrThrow({ where: { id: excerptId } });
    const bodies = fc.oneof(rawBody, asBody(notAnObject), asBody(notVerbatim), asBody(badAttribution.map((attribution) => ({ start, end, text, attribution }))));
    const params = () => ({ id: String(sourceId), excerptId: String(excerptId) });
    await expectAllRefused(excerptRoute.PUT, 'PUT', () => `/api/sources/${sourceId}/excerpts/${excerptId}`, params, bodies, 500);
  });

  it('PUT /api/situation', async () => {
    const valid = () => ({ name: 'A name', description: '', version: 1 });
    const badField = fc.oneof(
      fc.tuple(fc.constant('name'), fc.oneof(fc.constantFrom('', '  ', null, 3), fc.constant('x'.repeat(201)))),
      fc.tuple(fc.constant('description'), fc.oneof(fc.constant('x'.repeat(2001)), fc.integer(), fc.constant(null))),
    );
    const bodies = fc.oneof(rawBody, asBody(notAnObject), withField(valid, badField), asBody(badVersion.map((version) => ({ ...valid(), version }))));
    await expectAllRefused(situationRoute.PUT, 'PUT', () => '/api/situation', () => ({}), bodies, 500);
  });

  it('POST /api/sources/[id]/excerpts', async () => {
    const notVerbatim = fc.tuple(fc.nat(5000), fc.integer({ min: 1, max: 200 })).map(([start, length]) => ({ start, end: start + length, text: 'Ω'.repeat(length) }));
    const badOffsets = fc.tuple(fc.oneof(fc.integer({ max: -1 }), fc.double({ noNaN: true }).filter((n) => !Number.isInteger(n)), fc.constant(2 ** 53)), fc.nat()).map(([start, end]) => ({ start, end, text: 'x' }));
    const beyondText = fc.integer({ min: 100_000, max: 2 ** 31 }).map((start) => ({ start, end: start + 6, text: 'Moscou' }));
    const bodies = fc.oneof(rawBody, asBody(notAnObject), asBody(notVerbatim), asBody(badOffsets), asBody(beyondText));
    await expectAllRefused(excerptsRoute.POST, 'POST', () => `/api/sources/${sourceId}/excerpts`, () => ({ id: String(sourceId) }), bodies, 800);
  });

  it('POST /api/import', async () => {
    // The import reads lists written back as JSON text by GIS tools: a random string may be a valid list.
    const LIST_FIELDS = ['actors', 'countries'];
    const withBadFeature = fc
      .oneof(
        badItemField.filter(([field, value]) => field !== 'excerptIds' && !(LIST_FIELDS.includes(field) && typeof value === 'string')).map(([field, value]) => importFeature('Bad', { [field]: value })),
        fc.constantFrom({}, null, 'Feature', { type: 'Feature', geometry: null }),
      )
      .map((bad) => importFile([importFeature('Good'), bad]));
    const bodies = fc.oneof(rawBody, asBody(notAnObject), asBody(withBadFeature));
    await expectAllRefused(importRoute.POST, 'POST', () => `/api/import?source=${sourceId}`, () => ({}), bodies, 500);
  });

  it('bad ids in the path answer 400 or 404', async () => {
    const before = await databaseSnapshot(database.url);
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.constantFrom('0', '-1', '1.5', '1e400', '99999999999999999999', '<script>', 'NaN')), async (id) => {
        const response = await callRoute(itemRoute.DELETE, `/api/items/x`, { id }, jsonRequest('DELETE', { version: 999 }, token));
        return isRefusal(response);
      }),
      { numRuns: 500 },
    );
    expect(await databaseSnapshot(database.url)).toEqual(before);
  });

  it('a body over the size limit answers 413 without being read whole', async () => {
    const coordinates = Array.from({ length: 1_000_000 }, (_, i) => [i % 180, (i % 90) - 45]);
    const response = await send(itemsRoute.POST, 'POST', '/api/items', {}, { json: { ...itemDraft([excerptId]), geometry: { type: 'LineString', coordinates } } });
    expect(response.status).toBe(413);
  });
});
