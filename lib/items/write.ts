// The one write path for items: the admin's create, edit, delete and restores, the GeoJSON import and
// the seed all write here, and nothing else in the app writes "Item" (the benchmark's bulk insert,
// scripts/bench/synthetic-items.ts, fills the same columns). Every write:
//  - takes an ItemInput validated once, where it entered (the handler's body schema, the import's plan,
//    the seed), and checks here only what a schema cannot: that the cited excerpts exist;
//  - derives the stored columns: the bbox from the geometry, and the span of days the item covers
//    (lib/dates.ts itemSpan), which every time filter of the server compares;
//  - edits only the version it was based on (optimistic locking): otherwise a ConflictError carries the
//    item as it is now, so the editor can merge;
//  - records a revision (who, when, full state before and after) in the same transaction when an admin
//    writes; the seed writes without one (history starts at the first admin edit, lib/items/history.ts);
//  - rewrites the item's region membership (lib/regions/membership.ts) in the same transaction.
// Not server-only: it takes the database client, so the seed and scripts run it too.
//
// The database keeps the rest with triggers this module relies on (it never writes those tables):
//  - full-text search "item_search": SQLite FTS5 in prisma/migrations/20261125150000_item_search;
//    PostgreSQL in prisma/postgres/migrations/20261125173000_item_search_bbox_cells;
//  - the spatial index of live items, SQLite's R*Tree "ItemBBox" with the span and kind beside each box:
//    prisma/migrations/20261129090000_item_spans (PostgreSQL's partial GiST index "Item_live_box_idx",
//    in 20261125173000_item_search_bbox_cells, needs no trigger);
//  - live items counted per cell of the tile grids, "ItemCell": prisma/migrations/20261127090000_item_cells;
//    PostgreSQL in 20261125173000_item_search_bbox_cells.
import type { SignedInAdmin } from '@/lib/auth/session';
import { storedSpan, toStoredDate } from '@/lib/dates';
import type { Db } from '@/lib/db/create-client';
import { ConflictError, InvalidInputError, NotFoundError } from '@/lib/errors';
import { shapeBBox } from '@/lib/geo/bbox';
import { syncItemRegions } from '@/lib/regions/membership';
import { enqueueWebhookDeliveries } from '@/lib/webhooks/enqueue';
import { toEditorItem, withExcerpts } from './feature';
import type { EditorItem, ItemInput, ItemState, RevisionAction } from './schema';

export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/** The stored geometry and its box (kept in the spatial index by triggers) from a valid geometry. */
export function geometryColumns(geometry: ItemInput['geometry']) {
  const [minLng, minLat, maxLng, maxLat] = shapeBBox(geometry)!;
  return { geometry: JSON.stringify(geometry), minLng, minLat, maxLng, maxLat };
}

/** The item's own columns (everything but excerpts and bookkeeping), derived from a valid input. */
function itemColumns(input: ItemInput) {
  return {
    title: input.title,
    summary: input.summary,
    kind: input.kind,
    status: input.status,
    ...geometryColumns(input.geometry),
    locationPrecision: input.locationPrecision,
    startDate: toStoredDate(input.startDate),
    endDate: toStoredDate(input.endDate),
    datePrecision: input.datePrecision,
    announcedAt: toStoredDate(input.announcedAt),
    ...storedSpan(input),
    actors: JSON.stringify(input.actors),
    countries: JSON.stringify(input.countries),
  };
}

/** The cited excerpts, each once, in order; an id that names no excerpt is refused. */
async function citedExcerpts(tx: Tx, input: ItemInput): Promise<number[]> {
  const excerptIds = [...new Set(input.excerptIds)];
  const found = await tx.excerpt.count({ where: { id: { in: excerptIds } } });
  if (found !== excerptIds.length) {
    throw new InvalidInputError('An item cites an excerpt that does not exist', { excerptIds: ['One of these excerpts does not exist'] });
  }
  return excerptIds;
}

/** Places a live item in its regions (none once deleted). */
function syncRegions(tx: Tx, id: number, input: ItemInput, deleted: boolean): Promise<void> {
  const bbox = shapeBBox(input.geometry)!;
  return syncItemRegions(tx, id, deleted ? null : { kind: input.kind, geometry: input.geometry, bbox, startDate: toStoredDate(input.startDate) });
}

async function loadItem(tx: Tx, id: number): Promise<EditorItem> {
  const row = await tx.item.findUnique({ where: { id }, include: withExcerpts });
  if (!row) throw new NotFoundError(`No item with id ${id}`);
  return toEditorItem(row);
}

const stateOf = ({ version, deletedAt, input }: EditorItem): ItemState => ({ version, deletedAt, input });

/** Records the revision and, in the same transaction, queues it for the webhooks whose view it touches. */
async function writeRevision(tx: Tx, itemId: number, admin: SignedInAdmin, action: RevisionAction, before: ItemState | null, after: ItemState) {
  const revision = await tx.revision.create({
    data: { itemId, adminId: admin.id, action, before: before && JSON.stringify(before), after: JSON.stringify(after) },
  });
  await enqueueWebhookDeliveries(tx, { id: revision.id, itemId, action, createdAt: revision.createdAt, before, after });
}

/**
 * Creates an item in the caller's transaction (the import writes a whole file in one), with its
 * 'create' revision when an admin writes it. Returns the item as saved.
 */
export async function createItem(tx: Tx, input: ItemInput, admin: SignedInAdmin | null): Promise<EditorItem> {
  const excerptIds = await citedExcerpts(tx, input);
  const { id } = await tx.item.create({
    data: { ...itemColumns(input), excerpts: { create: excerptIds.map((excerptId, position) => ({ excerptId, position })) } },
    select: { id: true },
  });
  await syncRegions(tx, id, input, false);
  const saved = await loadItem(tx, id);
  if (admin) await writeRevision(tx, id, admin, 'create', null, stateOf(saved));
  return saved;
}

function conflict(current: EditorItem, message: string): ConflictError {
  return new ConflictError(message, { current });
}

/**
 * Replaces the content of the item (deleted when `deletedAt` is set) if it is still at the version
 * `current` was read at, records the revision and returns the item as saved.
 */
async function change(tx: Tx, admin: SignedInAdmin, current: EditorItem, action: RevisionAction, input: ItemInput, deletedAt: Date | null): Promise<EditorItem> {
  const excerptIds = await citedExcerpts(tx, input);
  const { count } = await tx.item.updateMany({
    where: { id: current.id, version: current.version },
    data: { ...itemColumns(input), deletedAt, version: { increment: 1 } },
  });
  if (count === 0) {
    throw conflict(await loadItem(tx, current.id), 'Someone else saved this item at the same moment. Compare both versions and save again.');
  }
  await syncRegions(tx, current.id, input, deletedAt !== null);
  await tx.itemExcerpt.deleteMany({ where: { itemId: current.id } });
  await tx.itemExcerpt.createMany({ data: excerptIds.map((excerptId, position) => ({ itemId: current.id, excerptId, position })) });
  const saved = await loadItem(tx, current.id);
  await writeRevision(tx, current.id, admin, action, stateOf(current), stateOf(saved));
  return saved;
}

/** The item at `version` in a transaction of its own, or a ConflictError when it moved on. */
function atVersion<T>(client: Db, id: number, version: number, write: (tx: Tx, current: EditorItem) => Promise<T>): Promise<T> {
  return client.$transaction(async (tx) => {
    const current = await loadItem(tx, id);
    if (current.version !== version) {
      throw conflict(current, 'Someone else saved this item after you opened it. Compare both versions and save again.');
    }
    return write(tx, current);
  });
}

export function updateItem(client: Db, admin: SignedInAdmin, id: number, version: number, input: ItemInput): Promise<EditorItem> {
  return atVersion(client, id, version, (tx, current) => {
    if (current.deletedAt) throw conflict(current, 'This item was deleted. Restore it before editing.');
    return change(tx, admin, current, 'update', input, null);
  });
}

/** Soft delete: the item leaves every public answer and can be restored from its history. */
export function deleteItem(client: Db, admin: SignedInAdmin, id: number, version: number): Promise<EditorItem> {
  return atVersion(client, id, version, (tx, current) => {
    if (current.deletedAt) throw conflict(current, 'This item is already deleted.');
    return change(tx, admin, current, 'delete', current.input, new Date());
  });
}

/** Brings a deleted item back as it was. */
export function restoreItem(client: Db, admin: SignedInAdmin, id: number, version: number): Promise<EditorItem> {
  return atVersion(client, id, version, (tx, current) => {
    if (!current.deletedAt) throw conflict(current, 'This item is not deleted.');
    return change(tx, admin, current, 'restore', current.input, null);
  });
}

/** Makes the item's content what it was after revision `revisionId` (before it, for a delete), live. */
export async function restoreRevision(client: Db, admin: SignedInAdmin, id: number, revisionId: number, version: number): Promise<EditorItem> {
  const revision = await client.revision.findFirst({ where: { id: revisionId, itemId: id } });
  if (!revision) throw new NotFoundError(`Item ${id} has no revision ${revisionId}`);
  const target = JSON.parse(revision.after ?? revision.before!) as ItemState;
  return atVersion(client, id, version, (tx, current) => change(tx, admin, current, 'restore', target.input, null));
}
