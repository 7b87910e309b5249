// Maps stored items to the API's GeoJSON features (pure: no database access).
import type { Geometry } from 'geojson';
import type { DatePrecision, ItemKind, ItemStatus, LocationPrecision } from './kinds';
import type { BBox, ExcerptDto, ItemFeature } from './types';

/** The Prisma include that reads an item's excerpts, in order, as ExcerptRows. */
export const withExcerpts = {
  excerpts: {
    orderBy: { position: 'asc' },
    include: { excerpt: { include: { source: { select: { title: true, language: true } } } } },
  },
} as const;

export interface ItemRow {
  id: number;
  title: string;
  summary: string;
  kind: string;
  status: string;
  geometry: string;
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
  locationPrecision: string;
  startDate: Date;
  endDate: Date | null;
  datePrecision: string;
  announcedAt: Date | null;
  actors: string;
  countries: string;
  version: number;
}

export interface ExcerptRow {
  id: number;
  sourceId: number;
  start: number;
  end: number;
  text: string;
  source: { title: string; language: string };
}

export function toDateString(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
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
  };
}

export function toItemFeature(item: ItemRow, excerpts: ExcerptRow[]): ItemFeature {
  const bbox: BBox = [item.minLng, item.minLat, item.maxLng, item.maxLat];
  return {
    type: 'Feature',
    id: item.id,
    bbox,
    geometry: JSON.parse(item.geometry) as Geometry,
    properties: {
      id: item.id,
      title: item.title,
      summary: item.summary,
      kind: item.kind as ItemKind,
      status: item.status as ItemStatus,
      locationPrecision: item.locationPrecision as LocationPrecision,
      startDate: toDateString(item.startDate)!,
      endDate: toDateString(item.endDate),
      datePrecision: item.datePrecision as DatePrecision,
      announcedAt: toDateString(item.announcedAt),
      actors: JSON.parse(item.actors) as string[],
      countries: JSON.parse(item.countries) as string[],
      version: item.version,
      excerpts: excerpts.map(toExcerptDto),
    },
  };
}
