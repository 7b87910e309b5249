// The OGC API – Features routes against a real seeded database (one file for the whole /ogc tree).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemFeature } from '@/lib/items/types';
import { ITEM_KINDS } from '@/lib/items/kinds';
import type { Link } from '@/lib/ogc/documents';
import { MAX_LIMIT } from '@/lib/ogc/params';
import { callRoute } from '@/lib/testing/route';
import { createSeededDatabase, type TempDatabase } from '@/lib/testing/temp-database';
import * as api from './api/route';
import * as collection from './collections/[collectionId]/route';
import * as feature from './collections/[collectionId]/items/[featureId]/route';
import * as itemsRoute from './collections/[collectionId]/items/route';
import * as collections from './collections/route';
import * as conformance from './conformance/route';
import * as landing from './route';

let database: TempDatabase;
const routes = { landing, conformance, api, collections, collection, items: itemsRoute, feature };

beforeAll(async () => {
  database = await createSeededDatabase();
});
afterAll(() => database.cleanup());

const items = (collectionId: string, query = '') =>
  callRoute(routes.items.GET, `/ogc/collections/${collectionId}/items${query}`, { collectionId });
const linkTo = (links: Link[], rel: string) => links.find((link) => link.rel === rel);
const titles = (features: ItemFeature[]) => features.map((f) => f.properties.title);

describe('GET /ogc (landing page)', () => {
  it('links the API definition, the conformance classes and the collections with absolute URLs', async () => {
    const { status, body } = await callRoute(routes.landing.GET, '/ogc');
    expect(status).toBe(200);
    expect(linkTo(body.links, 'service-desc')?.href).toBe('http://localhost/ogc/api');
    expect(linkTo(body.links, 'conformance')?.href).toBe('http://localhost/ogc/conformance');
    expect(linkTo(body.links, 'data')?.href).toBe('http://localhost/ogc/collections');
  });

  it('answers 400 naming an unknown parameter', async () => {
    const { status, body } = await callRoute(routes.landing.GET, '/ogc?lang=fr');
    expect(status).toBe(400);
    expect(body.error.fields).toHaveProperty('lang');
  });
});

describe('GET /ogc/conformance', () => {
  it('declares Core, GeoJSON and OpenAPI 3.0', async () => {
    const { body } = await callRoute(routes.conformance.GET, '/ogc/conformance');
    expect(body.conformsTo).toEqual(
      expect.arrayContaining(['core', 'geojson', 'oas30'].map((c) => `http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/${c}`)),
    );
  });
});

describe('GET /ogc/api', () => {
  it('is an OpenAPI 3.0 document whose limit and collection ids match the implementation', async () => {
    const { contentType, body } = await callRoute(routes.api.GET, '/ogc/api');
    expect(contentType).toContain('application/vnd.oai.openapi+json');
    expect(body.openapi).toMatch(/^3\.0\./);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/', '/conformance', '/collections', '/collections/{collectionId}/items', '/collections/{collectionId}/items/{featureId}']),
    );
    expect(body.components.parameters.limit.schema.maximum).toBe(MAX_LIMIT);
    expect(body.components.parameters.collectionId.schema.enum).toEqual(['items', ...ITEM_KINDS]);
  });
});

describe('GET /ogc/collections', () => {
  it('lists every item, then one collection per kind, each linking its GeoJSON items', async () => {
    const { body } = await callRoute(routes.collections.GET, '/ogc/collections');
    expect(body.collections.map((c: { id: string }) => c.id)).toEqual(['items', ...ITEM_KINDS]);
    expect(linkTo(body.collections[0].links, 'items')).toEqual(
      expect.objectContaining({ href: 'http://localhost/ogc/collections/items/items', type: 'application/geo+json' }),
    );
  });

  it('gives a collection the spatial and temporal extent of its items', async () => {
    const { body } = await callRoute(routes.collection.GET, '/ogc/collections/strike', { collectionId: 'strike' });
    expect(body.extent.spatial.bbox).toEqual([[32.3, 48.4366, 38.4, 53.3]]);
    expect(body.extent.temporal.interval).toEqual([['2024-11-19T00:00:00.000Z', '2024-11-25T00:00:00.000Z']]);
  });

  it('answers 404 for an unknown collection', async () => {
    const { status, body } = await callRoute(routes.collection.GET, '/ogc/collections/parades', { collectionId: 'parades' });
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
  });
});

describe('GET /ogc/collections/{collectionId}/items', () => {
  it('answers GeoJSON with numberMatched, numberReturned and a next link but no prev on the first page', async () => {
    const { status, contentType, body } = await items('items', '?limit=3');
    expect(status).toBe(200);
    expect(contentType).toContain('application/geo+json');
    expect(body).toMatchObject({ type: 'FeatureCollection', numberMatched: 12, numberReturned: 3 });
    expect(linkTo(body.links, 'self')?.href).toBe('http://localhost/ogc/collections/items/items?limit=3&offset=0');
    expect(linkTo(body.links, 'next')?.href).toBe('http://localhost/ogc/collections/items/items?limit=3&offset=3');
    expect(linkTo(body.links, 'prev')).toBeUndefined();
  });

  it('reaches every item exactly once by following the next links, by date', async () => {
    const seen: ItemFeature[] = [];
    let next: string | undefined = '?limit=3';
    while (next) {
      const { body } = await items('items', next);
      seen.push(...body.features);
      const href: string | undefined = linkTo(body.links, 'next')?.href;
      next = href ? new URL(href).search : undefined;
    }
    expect(seen.map((f) => f.id).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const dates = seen.map((f) => f.properties.startDate);
    expect(dates).toEqual([...dates].sort());
  });

  it('links back from a later page, keeping the filters', async () => {
    const { body } = await items('items', '?bbox=-180,-90,180,90&limit=3&offset=3');
    expect(linkTo(body.links, 'prev')?.href).toBe('http://localhost/ogc/collections/items/items?bbox=-180%2C-90%2C180%2C90&limit=3&offset=0');
  });

  it('filters by bbox and counts only the matches', async () => {
    const { body } = await items('items', '?bbox=34,33,38,37');
    expect(titles(body.features).sort()).toEqual([
      'Rebel offensive in northwest Syria: Aleppo, Idlib, towards Hama',
      'Rebels enter Hama',
      'Russian exercises in the eastern Mediterranean',
    ]);
    expect(body.numberMatched).toBe(3);
  });

  it('filters by source and support, as /api/items does', async () => {
    const { body } = await items('items', '?bbox=34,33,38,37&support=corroborated&source=2');
    expect(titles(body.features)).toEqual(['Rebel offensive in northwest Syria: Aleppo, Idlib, towards Hama']);
  });

  it('answers 400 naming an unknown support level', async () => {
    const { status, body } = await items('items', '?support=strong');
    expect(status).toBe(400);
    expect(body.error.fields).toHaveProperty('support');
  });

  it('filters by a datetime instant: the items whose days include it, coarse dates over their week or month', async () => {
    const { body } = await items('items', '?datetime=2024-11-21T12:00:00Z');
    expect(titles(body.features).sort()).toEqual([
      'Missile strike on the Pivdenmash plant, Dnipro',
      'North Korean troops deployed alongside Russian forces (Pyongyang → Kursk region)',
      'Putin threatens countries that arm Ukraine',
      'Ukrainian strikes on Russian soil with Western long-range missiles',
    ]);
  });

  it('filters by an interval open at the start', async () => {
    const { body } = await items('items', '?datetime=../2024-11-19T23:59:59Z');
    expect(titles(body.features).sort()).toEqual([
      'North Korean troops deployed alongside Russian forces (Pyongyang → Kursk region)',
      'Ukrainian strikes on Russian soil with Western long-range missiles',
    ]);
  });

  it('filters by an interval open at the end', async () => {
    const { body } = await items('items', '?datetime=2025-01-01T00:00:00Z/..');
    expect(titles(body.features)).toEqual(['Trump returns to the White House']);
  });

  it('serves one kind per kind collection', async () => {
    const { body } = await items('strike');
    expect(body.numberMatched).toBe(3);
    expect(body.features.every((f: ItemFeature) => f.properties.kind === 'strike')).toBe(true);
  });

  it.each([
    ['?limit=5000', 'limit'],
    ['?bbox=0,0,200,10', 'bbox'],
    ['?datetime=2024-12-01T00:00:00Z/2024-11-01T00:00:00Z', 'datetime'],
    ['?kind=strike', 'kind'],
  ])('answers 400 for %s naming %s', async (query, parameter) => {
    const { status, body } = await items('items', query);
    expect(status).toBe(400);
    expect(Object.keys(body.error.fields)).toEqual([parameter]);
  });

  it('answers 404 for an unknown collection', async () => {
    const { status } = await items('parades');
    expect(status).toBe(404);
  });
});

describe('GET /ogc/collections/{collectionId}/items/{featureId}', () => {
  const feature = (collectionId: string, featureId: string) =>
    callRoute(routes.feature.GET, `/ogc/collections/${collectionId}/items/${featureId}`, { collectionId, featureId });

  it('answers one feature with its self and collection links', async () => {
    const { status, contentType, body } = await feature('strike', '3');
    expect(status).toBe(200);
    expect(contentType).toContain('application/geo+json');
    expect(body).toMatchObject({ type: 'Feature', id: 3, geometry: { type: 'Point', coordinates: [35.0005, 48.4366] } });
    expect(linkTo(body.links, 'self')?.href).toBe('http://localhost/ogc/collections/strike/items/3');
    expect(linkTo(body.links, 'collection')?.href).toBe('http://localhost/ogc/collections/strike');
  });

  it('answers 404 for an item of another kind than the collection', async () => {
    const { status } = await feature('front_line', '3');
    expect(status).toBe(404);
  });

  it('answers 404 for an unknown item and 400 naming featureId for a malformed one', async () => {
    expect((await feature('items', '99999')).status).toBe(404);
    const { status, body } = await feature('items', 'abc');
    expect(status).toBe(400);
    expect(body.error.fields).toHaveProperty('featureId');
  });
});
