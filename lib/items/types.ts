// Shapes of the API's answers about regions and sources, shared by route handlers and the client hooks.
// The item's own shapes are inferred from the zod schemas of lib/items/schema.ts.
import type { Geometry } from 'geojson';
import type { ExcerptDto, ItemFeature } from './schema';

export type { ExcerptDto, ItemCollection, ItemFeature } from './schema';

export type BBox = [number, number, number, number];

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
  version: number;
  /** Live items for which this article is the earliest source (lib/sources/support.ts firstReport). */
  added: number[];
  /** Live items it cites that an earlier article already supported. */
  corroborated: number[];
  excerpts: Array<ExcerptDto & { itemIds: number[]; regionIds: string[] }>;
}
