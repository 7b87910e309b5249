import 'server-only';
import type { Geometry } from 'geojson';
import { db } from '@/lib/db/client';
import { ApiError } from '@/lib/api/errors';
import { toExcerptDto } from '@/lib/items/geojson';
import { wrapBBox } from '@/lib/geo/bbox';
import { itemGeometries, listIndexedItems, listItems, type IndexedItem } from '@/lib/items/repository';
import type { BBox, RegionContextDto, RegionKind, RegionSummaryDto } from '@/lib/items/types';
import { REGION_ITEMS_PAGE, regionShifts, touchesRegion } from './containment';
import { buildRegionCover, type RegionCover } from './cover';

interface RegionRow {
  id: string;
  name: string;
  kind: string;
  isoA3: string | null;
  geometry: string;
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
  summary: string | null;
}

function toSummary(row: RegionRow, withGeometry: boolean): RegionSummaryDto {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as RegionKind,
    isoA3: row.isoA3,
    bbox: [row.minLng, row.minLat, row.maxLng, row.maxLat],
    hasContext: row.summary !== null,
    geometry: withGeometry ? (JSON.parse(row.geometry) as Geometry) : null,
  };
}

/** All regions; theatres carry their outline, countries are drawn by the basemap. */
export async function listRegions(kind?: RegionKind): Promise<RegionSummaryDto[]> {
  const rows = await db.region.findMany({ where: kind ? { kind } : {}, orderBy: [{ kind: 'desc' }, { name: 'asc' }] });
  return rows.map((row) => toSummary(row, row.kind === 'theatre'));
}

// Regions are few and their outlines change only with the seed: one cover per region and outline per process.
const covers = new Map<string, { geometry: string; cover: RegionCover }>();

function coverOf(row: RegionRow, geometry: Geometry, bbox: BBox): RegionCover {
  const cached = covers.get(row.id);
  if (cached?.geometry === row.geometry) return cached.cover;
  const cover = buildRegionCover(geometry, bbox);
  covers.set(row.id, { geometry: row.geometry, cover });
  return cover;
}

/**
 * The live items in or touching a region: the spatial index gives the candidates in the region's box
 * (wrapped across the antimeridian for unwrapped regions) with their exact boxes; the region's cover
 * places most of them by box alone; turf decides on the few near its outline.
 */
async function itemsInRegion(row: RegionRow, geometry: Geometry, bbox: BBox): Promise<IndexedItem[]> {
  const cover = coverOf(row, geometry, bbox);
  const shifts = regionShifts(bbox);
  const touching: IndexedItem[] = [];
  const undecided = new Map<number, IndexedItem>();
  for (const item of await listIndexedItems(wrapBBox(bbox))) {
    const placements = shifts.map((delta) => cover.place([item.minLng + delta, item.minLat, item.maxLng + delta, item.maxLat]));
    if (placements.includes('inside')) touching.push(item);
    else if (placements.includes('border')) undecided.set(item.id, item);
  }
  for (const { id, kind, geometry: itemGeometry } of await itemGeometries([...undecided.keys()])) {
    const item = undecided.get(id)!;
    if (touchesRegion({ geometry, bbox }, { kind, geometry: itemGeometry, bbox: [item.minLng, item.minLat, item.maxLng, item.maxLat] })) {
      touching.push(item);
    }
  }
  return touching;
}

export async function getRegionContext(id: string): Promise<RegionContextDto> {
  const row = await db.region.findUnique({
    where: { id },
    include: {
      excerpts: {
        orderBy: { position: 'asc' },
        include: { excerpt: { include: { source: { select: { title: true, language: true } } } } },
      },
    },
  });
  if (!row) throw new ApiError('not_found', `No region with id ${id}`);
  const bbox: BBox = [row.minLng, row.minLat, row.maxLng, row.maxLat];
  const geometry = JSON.parse(row.geometry) as Geometry;
  const touching = await itemsInRegion(row, geometry, bbox);
  const byDate = (a: IndexedItem, b: IndexedItem) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : a.id - b.id);
  const page = touching.sort(byDate).slice(0, REGION_ITEMS_PAGE);
  return {
    region: { ...toSummary(row, true), summary: row.summary },
    excerpts: row.excerpts.map((link) => toExcerptDto(link.excerpt)),
    items: page.length ? (await listItems({ ids: page.map((item) => item.id) })).features : [],
    itemCount: touching.length,
  };
}
