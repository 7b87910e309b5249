// The JSON documents of OGC API – Features Part 1 (pure: built from a base URL and repository data).
import { wrapBBox } from '@/lib/geo/bbox';
import type { BBox, ItemCollection, ItemFeature } from '@/lib/items/types';
import type { CollectionDef } from './collections';

export const JSON_TYPE = 'application/json';
export const GEOJSON_TYPE = 'application/geo+json';
export const OPENAPI_TYPE = 'application/vnd.oai.openapi+json;version=3.0';
const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';

export const CONFORMANCE_CLASSES = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
];

export interface Link {
  href: string;
  rel: string;
  type: string;
  title?: string;
}

export interface Extent {
  bbox: BBox;
  start: Date;
  end: Date;
}

export function landingPage(base: string) {
  return {
    title: 'Sitmap',
    description: 'Situation map items taken from news articles, each with the article excerpts it rests on.',
    links: [
      { href: base, rel: 'self', type: JSON_TYPE, title: 'This document' },
      { href: `${base}/api`, rel: 'service-desc', type: OPENAPI_TYPE, title: 'The API definition (OpenAPI 3.0)' },
      { href: `${base}/conformance`, rel: 'conformance', type: JSON_TYPE, title: 'Conformance classes' },
      { href: `${base}/collections`, rel: 'data', type: JSON_TYPE, title: 'The feature collections' },
    ] satisfies Link[],
  };
}

export function conformance() {
  return { conformsTo: CONFORMANCE_CLASSES };
}

export function collectionDocument(base: string, collection: CollectionDef, extent: Extent | null) {
  const href = `${base}/collections/${collection.id}`;
  return {
    id: collection.id,
    title: collection.title,
    description: collection.description,
    itemType: 'feature',
    crs: [CRS84],
    ...(extent && {
      extent: {
        // A box reaching past 180 (items cut at the antimeridian) is written west > east, as OGC and RFC 7946 want.
        spatial: { bbox: [wrapBBox(extent.bbox)], crs: CRS84 },
        temporal: { interval: [[extent.start.toISOString(), extent.end.toISOString()]], trs: 'http://www.opengis.net/def/uom/ISO-8601/0/Gregorian' },
      },
    }),
    links: [
      { href, rel: 'self', type: JSON_TYPE, title: 'This collection' },
      { href: `${href}/items`, rel: 'items', type: GEOJSON_TYPE, title: `${collection.title} (GeoJSON)` },
    ] satisfies Link[],
  };
}

export function collectionsDocument(base: string, collections: Array<{ collection: CollectionDef; extent: Extent | null }>) {
  return {
    links: [{ href: `${base}/collections`, rel: 'self', type: JSON_TYPE, title: 'This document' }] satisfies Link[],
    collections: collections.map(({ collection, extent }) => collectionDocument(base, collection, extent)),
  };
}

export interface ItemsPageInput {
  base: string;
  collection: CollectionDef;
  /** The request's own query string: paging links keep its filters and change only limit/offset. */
  search: URLSearchParams;
  /** A page with its total (lib/items/repository.ts listItemsPage). */
  items: ItemCollection;
  limit: number;
  offset: number;
  timeStamp: Date;
}

/** A feature as OGC and RFC 7946 §5.2 want its box: one crossing the antimeridian is written west > east. */
function ogcFeature(feature: ItemFeature): ItemFeature {
  return feature.bbox[2] > 180 ? { ...feature, bbox: wrapBBox(feature.bbox) } : feature;
}

export function itemsPage({ base, collection, search, items, limit, offset, timeStamp }: ItemsPageInput) {
  const href = `${base}/collections/${collection.id}/items`;
  const pageHref = (pageOffset: number) => {
    const params = new URLSearchParams(search);
    params.set('limit', String(limit));
    params.set('offset', String(pageOffset));
    return `${href}?${params}`;
  };
  const numberReturned = items.features.length;
  const links: Link[] = [
    { href: pageHref(offset), rel: 'self', type: GEOJSON_TYPE, title: 'This page' },
    { href: `${base}/collections/${collection.id}`, rel: 'collection', type: JSON_TYPE, title: collection.title },
  ];
  // An estimated total is not OGC's numberMatched ("the number of features that match"): it is left
  // out, and a full page then always links to the next one.
  const numberMatched = items.numberMatchedEstimated ? undefined : items.numberMatched;
  const hasNext = numberMatched === undefined ? numberReturned === limit : offset + numberReturned < numberMatched;
  if (hasNext) links.push({ href: pageHref(offset + limit), rel: 'next', type: GEOJSON_TYPE, title: 'Next page' });
  if (offset > 0) links.push({ href: pageHref(Math.max(0, offset - limit)), rel: 'prev', type: GEOJSON_TYPE, title: 'Previous page' });
  return {
    type: 'FeatureCollection' as const,
    features: items.features.map(ogcFeature),
    ...(numberMatched !== undefined && { numberMatched }),
    numberReturned,
    timeStamp: timeStamp.toISOString(),
    links,
  };
}

export function featureDocument(base: string, collection: CollectionDef, feature: ItemFeature) {
  const collectionHref = `${base}/collections/${collection.id}`;
  return {
    ...ogcFeature(feature),
    links: [
      { href: `${collectionHref}/items/${feature.id}`, rel: 'self', type: GEOJSON_TYPE, title: 'This feature' },
      { href: collectionHref, rel: 'collection', type: JSON_TYPE, title: collection.title },
    ] satisfies Link[],
  };
}
