// What changed in a view between two moments (pure): the items that appeared, ended or were edited,
// and, for areas, the ground gained and lost as shapes with their size. Two readings of "between":
// knowledge time compares the map as it was known at each moment (from the edit history); event time
// compares what was happening at each moment, by the items' own dates as known now.
import { area, difference, featureCollection, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { dayMs, itemSpan, spanOverlaps } from '@/lib/dates';
import type { ItemKind } from '@/lib/items/kinds';
import type { ItemFeature } from '@/lib/items/schema';

import type { ChangeTime } from './times';

export type ItemChangeKind = 'appeared' | 'ended' | 'edited';

/** The item fields a knowledge-time edit is reported by (excerpts as the ids they cite). */
export const COMPARED_FIELDS = [
  'title',
  'summary',
  'kind',
  'status',
  'geometry',
  'locationPrecision',
  'startDate',
  'endDate',
  'datePrecision',
  'announcedAt',
  'actors',
  'countries',
  'excerpts',
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface ItemChange {
  id: number;
  change: ItemChangeKind;
  /** The item at the later moment, or, for one that ended, as it was last seen. */
  item: ItemFeature;
  /** Knowledge time, edited: the item at the earlier moment, and the fields that differ. */
  previous: ItemFeature | null;
  fields: ComparedField[];
}

export interface AreaChange {
  change: 'gained' | 'lost';
  kind: ItemKind;
  actors: string[];
  geometry: Polygon | MultiPolygon;
  /** Size of the shape, km² (geodesic, turf `area`). */
  km2: number;
  /** The area items whose outlines make up the shape. */
  itemIds: number[];
}

/** The answer of GET /api/changes. */
export interface ChangeSet {
  time: ChangeTime;
  /** The two moments as instants (ISO 8601, UTC). */
  since: string;
  until: string;
  items: ItemChange[];
  areas: AreaChange[];
}

export interface ChangeWindow {
  since: Date;
  until: Date;
}

function fieldValue(item: ItemFeature, field: ComparedField): unknown {
  if (field === 'geometry') return item.geometry;
  if (field === 'excerpts') return item.properties.excerpts.map((excerpt) => excerpt.id);
  return item.properties[field];
}

/** The fields whose values differ between two versions of an item. */
export function changedFields(before: ItemFeature, after: ItemFeature): ComparedField[] {
  return COMPARED_FIELDS.filter((field) => JSON.stringify(fieldValue(before, field)) !== JSON.stringify(fieldValue(after, field)));
}

const byId = (items: ItemFeature[]) => new Map(items.map((item) => [item.id, item]));

/** Knowledge time: items in the later view only appeared, in the earlier only ended, in both and different were edited. */
export function knowledgeItemChanges(atSince: ItemFeature[], atUntil: ItemFeature[]): ItemChange[] {
  const before = byId(atSince);
  const after = byId(atUntil);
  const changes: ItemChange[] = [];
  for (const item of atUntil) {
    const previous = before.get(item.id);
    if (!previous) changes.push({ id: item.id, change: 'appeared', item, previous: null, fields: [] });
    else {
      const fields = changedFields(previous, item);
      if (fields.length) changes.push({ id: item.id, change: 'edited', item, previous, fields });
    }
  }
  for (const item of atSince) {
    if (!after.has(item.id)) changes.push({ id: item.id, change: 'ended', item, previous: null, fields: [] });
  }
  return changes;
}

/**
 * Event time: items whose span starts within the window appeared; those that started before it and
 * end within it ended (an item that starts and ends within it counts once, as appeared).
 */
export function eventItemChanges(items: ItemFeature[], { since, until }: ChangeWindow): ItemChange[] {
  const [first, last] = [dayMs(since.toISOString()), dayMs(until.toISOString())];
  return items.flatMap((item): ItemChange[] => {
    const span = itemSpan(item.properties);
    if (span.from >= first && span.from <= last) return [{ id: item.id, change: 'appeared', item, previous: null, fields: [] }];
    if (span.from < first && span.to >= first && span.to <= last && item.properties.endDate !== null) {
      return [{ id: item.id, change: 'ended', item, previous: null, fields: [] }];
    }
    return [];
  });
}

/** Event time: the items happening on the day of `moment`. */
export function happeningOn(items: ItemFeature[], moment: Date): ItemFeature[] {
  const day = dayMs(moment.toISOString());
  return items.filter((item) => spanOverlaps(itemSpan(item.properties), day, day));
}

type AreaFeature = Feature<Polygon | MultiPolygon>;

const isArea = (item: ItemFeature) => item.geometry.type === 'Polygon' || item.geometry.type === 'MultiPolygon';

/** Areas grouped by who holds them: same kind and same actors. */
function groupKey(item: ItemFeature): string {
  return JSON.stringify([item.properties.kind, [...item.properties.actors].sort()]);
}

function unionOf(items: ItemFeature[]): AreaFeature | null {
  const shapes = items.map((item): AreaFeature => ({ type: 'Feature', geometry: item.geometry as Polygon | MultiPolygon, properties: {} }));
  if (shapes.length === 0) return null;
  if (shapes.length === 1) return shapes[0];
  return union(featureCollection(shapes));
}

function minus(a: AreaFeature | null, b: AreaFeature | null): AreaFeature | null {
  if (!a) return null;
  if (!b) return a;
  return difference(featureCollection([a, b]));
}

/** Below this a difference is a sliver left by rounding, not ground that changed hands. */
const MIN_KM2 = 0.01;

/**
 * For each group of areas (kind and actors), the ground covered at the later moment and not the
 * earlier (gained) and the reverse (lost), each as one shape with its size.
 */
export function areaChanges(atSince: ItemFeature[], atUntil: ItemFeature[]): AreaChange[] {
  const groups = new Map<string, { before: ItemFeature[]; after: ItemFeature[] }>();
  const add = (item: ItemFeature, side: 'before' | 'after') => {
    if (!isArea(item)) return;
    const key = groupKey(item);
    if (!groups.has(key)) groups.set(key, { before: [], after: [] });
    groups.get(key)![side].push(item);
  };
  atSince.forEach((item) => add(item, 'before'));
  atUntil.forEach((item) => add(item, 'after'));

  const changes: AreaChange[] = [];
  for (const { before, after } of groups.values()) {
    const [was, is] = [unionOf(before), unionOf(after)];
    const { kind, actors } = (after[0] ?? before[0]).properties;
    const sides = [
      { change: 'gained' as const, shape: minus(is, was), items: after },
      { change: 'lost' as const, shape: minus(was, is), items: before },
    ];
    for (const { change, shape, items } of sides) {
      if (!shape) continue;
      const km2 = area(shape) / 1e6;
      if (km2 < MIN_KM2) continue;
      changes.push({ change, kind, actors: [...actors].sort(), geometry: shape.geometry, km2, itemIds: items.map((item) => item.id) });
    }
  }
  return changes;
}
