// The one mapping of stored items to the item model (pure: no database access). A row becomes its
// ItemInput (what was written), and an ItemInput with its id, version, box and excerpts becomes the
// GeoJSON Feature that the API, "as of", tiles, exports and OGC all answer.
import { toDateField, toDay, toStoredDate } from '@/lib/dates';
import type { Item } from '@/lib/generated/prisma/client';
import { citedSources, supportOf } from '@/lib/sources/support';
import type { EditorItem, ExcerptDto, ItemFeature, ItemInput, ItemState } from './schema';
import type { BBox } from './types';

/** What an excerpt's answer reads of its source (the Prisma select). */
export const excerptSourceColumns = { title: true, language: true, outlet: true, publishedAt: true } as const;

/** The Prisma include that reads an item's excerpts, in order, as ExcerptRows. */
export const withExcerpts = {
  excerpts: {
    orderBy: { position: 'asc' },
    include: { excerpt: { include: { source: { select: excerptSourceColumns } } } },
  },
} as const;

/** The columns of "Item" that hold its content. */
export type ItemRow = Pick<
  Item,
  | 'id' | 'title' | 'summary' | 'kind' | 'status' | 'geometry' | 'minLng' | 'minLat' | 'maxLng' | 'maxLat'
  | 'locationPrecision' | 'startDate' | 'endDate' | 'datePrecision' | 'announcedAt' | 'actors' | 'countries' | 'version'
>;

/** An excerpt row with what its answer reads of its source (`excerptSourceColumns`). */
export interface ExcerptRow {
  id: number;
  sourceId: number;
  start: number;
  end: number;
  text: string;
  attribution: string | null;
  /** A Date from Prisma, ISO text from the raw reader's JSON. */
  source: { title: string; language: string; outlet: string; publishedAt: Date | string | null };
}

export function toExcerptDto(excerpt: ExcerptRow): ExcerptDto {
  return {
    id: excerpt.id,
    sourceId: excerpt.sourceId,
    start: excerpt.start,
    end: excerpt.end,
    text: excerpt.text,
    language: excerpt.source.language,
    sourceTitle: excerpt.source.title,
    outlet: excerpt.source.outlet,
    publishedAt: toDay(excerpt.source.publishedAt === null ? null : new Date(excerpt.source.publishedAt)),
    attribution: excerpt.attribution,
  };
}

/** A row's content as it was written (dates as the form writes them). */
export function toItemInput(row: ItemRow, excerptIds: number[]): ItemInput {
  return {
    title: row.title,
    summary: row.summary,
    kind: row.kind as ItemInput['kind'],
    status: row.status as ItemInput['status'],
    geometry: JSON.parse(row.geometry) as ItemInput['geometry'],
    locationPrecision: row.locationPrecision as ItemInput['locationPrecision'],
    startDate: toDateField(row.startDate),
    endDate: toDateField(row.endDate),
    datePrecision: row.datePrecision as ItemInput['datePrecision'],
    announcedAt: toDateField(row.announcedAt),
    actors: JSON.parse(row.actors) as string[],
    countries: JSON.parse(row.countries) as string[],
    excerptIds,
  };
}

export function toItemState(row: ItemRow & { deletedAt: Date | null }, excerptIds: number[]): ItemState {
  return { version: row.version, deletedAt: row.deletedAt?.toISOString() ?? null, input: toItemInput(row, excerptIds) };
}

/** An item row with its excerpts (`withExcerpts`) as the editor sees it. */
export function toEditorItem(row: ItemRow & { deletedAt: Date | null; updatedAt: Date; excerpts: Array<{ excerpt: ExcerptRow }> }): EditorItem {
  const excerpts = row.excerpts.map((link) => link.excerpt);
  return {
    id: row.id,
    updatedAt: row.updatedAt.toISOString(),
    excerpts: excerpts.map(toExcerptDto),
    ...toItemState(row, excerpts.map((excerpt) => excerpt.id)),
  };
}

/** A date field's calendar day (UTC), as the API answers dates. */
const dayOfField = (value: string | null) => toDay(toStoredDate(value));

/** The one mapper: an item's content at a version, with its box and excerpts, as the API's Feature. */
export function toItemFeature(id: number, version: number, input: ItemInput, bbox: BBox, excerpts: ExcerptDto[]): ItemFeature {
  return {
    type: 'Feature',
    id,
    bbox,
    geometry: input.geometry,
    properties: {
      id,
      title: input.title,
      summary: input.summary,
      kind: input.kind,
      status: input.status,
      locationPrecision: input.locationPrecision,
      startDate: dayOfField(input.startDate)!,
      endDate: dayOfField(input.endDate),
      datePrecision: input.datePrecision,
      announcedAt: dayOfField(input.announcedAt),
      actors: input.actors,
      countries: input.countries,
      version,
      excerpts,
      ...citedSources(excerpts),
      support: supportOf(excerpts),
    },
  };
}

/** A stored row and its excerpts as the API's Feature (the box as stored with it). */
export function rowToItemFeature(row: ItemRow, excerpts: ExcerptRow[]): ItemFeature {
  const input = toItemInput(row, excerpts.map((excerpt) => excerpt.id));
  return toItemFeature(row.id, row.version, input, [row.minLng, row.minLat, row.maxLng, row.maxLat], excerpts.map(toExcerptDto));
}
