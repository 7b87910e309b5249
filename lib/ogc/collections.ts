// The feature collections the OGC API serves: every item, and one collection per kind (so a GIS can
// load strikes and fronts as separate layers). Pure data, read by the documents and the OpenAPI.
import { ApiError } from '@/lib/api/errors';
import { MESSAGES } from '@/lib/i18n/messages';
import { ITEM_KINDS, type ItemKind } from '@/lib/items/kinds';

export interface CollectionDef {
  id: string;
  title: string;
  description: string;
  /** Kinds the collection holds; undefined = every kind. */
  kinds?: ItemKind[];
}

export const ALL_ITEMS_COLLECTION = 'items';

export const COLLECTIONS: CollectionDef[] = [
  {
    id: ALL_ITEMS_COLLECTION,
    title: 'All items',
    description: 'Every item of the situation map (strikes, exercise areas, fronts, deployments, contacts, events), with the article excerpts they are taken from.',
  },
  ...ITEM_KINDS.map((kind) => ({
    id: kind,
    title: MESSAGES.en.kinds[kind].label,
    description: `${MESSAGES.en.kinds[kind].description}: the items of kind ${kind}.`,
    kinds: [kind],
  })),
];

/** The collection with this id; an unknown id answers 404 (OGC API Features /req/core/fc-md-op). */
export function findCollection(id: string): CollectionDef {
  const collection = COLLECTIONS.find((c) => c.id === id);
  if (!collection) throw new ApiError('not_found', `No collection with id ${id}`);
  return collection;
}
