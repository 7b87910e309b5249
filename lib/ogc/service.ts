import 'server-only';
// OGC API – Features answers from the item repository: one function per endpoint, called by thin routes.
import { ApiError } from '@/lib/api/errors';
import { getItem, itemExtent, listItemsPage } from '@/lib/items/repository';
import { COLLECTIONS, findCollection, type CollectionDef } from './collections';
import { collectionDocument, collectionsDocument, featureDocument, itemsPage } from './documents';
import type { ItemsParams } from './params';

const kindsOf = (collection: CollectionDef) => (collection.kinds ? { kinds: collection.kinds } : {});

export async function getCollections(base: string) {
  const withExtents = await Promise.all(
    COLLECTIONS.map(async (collection) => ({ collection, extent: await itemExtent(kindsOf(collection)) })),
  );
  return collectionsDocument(base, withExtents);
}

export async function getCollection(base: string, collectionId: string) {
  const collection = findCollection(collectionId);
  return collectionDocument(base, collection, await itemExtent(kindsOf(collection)));
}

export async function getItemsPage(base: string, collectionId: string, params: ItemsParams, search: URLSearchParams) {
  const collection = findCollection(collectionId);
  const query = { ...params.query, ...kindsOf(collection) };
  const items = await listItemsPage(query, { limit: params.limit, offset: params.offset });
  return itemsPage({ base, collection, search, items, limit: params.limit, offset: params.offset, timeStamp: new Date() });
}

export async function getFeature(base: string, collectionId: string, featureId: number) {
  const collection = findCollection(collectionId);
  const feature = await getItem(featureId);
  if (collection.kinds && !collection.kinds.includes(feature.properties.kind)) {
    throw new ApiError('not_found', `Item ${featureId} is not in collection ${collectionId}`);
  }
  return featureDocument(base, collection, feature);
}
