// Shapes of the API's answers, shared by route handlers and the client hooks.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { DatePrecision, ItemKind, ItemStatus, LocationPrecision } from './kinds';

export type BBox = [number, number, number, number];

export interface ExcerptDto {
  id: number;
  sourceId: number;
  start: number;
  end: number;
  text: string;
  /** BCP 47 language of the source, for the quote's lang attribute. */
  language: string;
  sourceTitle: string;
}

export interface ItemProperties {
  id: number;
  title: string;
  summary: string;
  kind: ItemKind;
  status: ItemStatus;
  locationPrecision: LocationPrecision;
  /** YYYY-MM-DD */
  startDate: string;
  endDate: string | null;
  datePrecision: DatePrecision;
  announcedAt: string | null;
  actors: string[];
  countries: string[];
  version: number;
  excerpts: ExcerptDto[];
}

export interface ItemFeature extends Omit<Feature<Geometry, ItemProperties>, 'id' | 'bbox'> {
  id: number;
  bbox: BBox;
}
export interface ItemCollection extends Omit<FeatureCollection<Geometry, ItemProperties>, 'features'> {
  features: ItemFeature[];
  /** How many items match in all, when the answer is a page (`limit`). */
  numberMatched?: number;
}

export type RegionKind = 'country' | 'theatre';

export interface RegionSummaryDto {
  id: string;
  name: string;
  kind: RegionKind;
  isoA3: string | null;
  bbox: BBox;
  hasContext: boolean;
  /** Theatres only: countries are drawn from the basemap. */
  geometry: Geometry | null;
}

export interface RegionContextDto {
  region: RegionSummaryDto & { summary: string | null };
  excerpts: ExcerptDto[];
  /** The first items in or touching the region by date, at most REGION_ITEMS_PAGE (lib/regions/containment.ts). */
  items: ItemFeature[];
  /** How many items are in or touching the region in all. */
  itemCount: number;
}

export interface SourceDto {
  id: number;
  title: string;
  outlet: string;
  url: string | null;
  language: string;
  publishedAt: string | null;
  reportedAt: string | null;
  text: string;
  excerpts: Array<ExcerptDto & { itemIds: number[]; regionIds: string[] }>;
}
