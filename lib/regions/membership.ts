// Region membership kept at write time (table ItemRegion): which live items lie in or touch which
// region, so a region's context reads one indexed page and one count instead of classifying every
// item in the region's box on each request. The item write path (lib/items/write.ts) rewrites an
// item's rows in the writer's transaction; regions are static (seeded), and ensureRegionMembership
// computes the rows of any region whose outline they were not computed from (new database, existing
// items after the migration, a changed outline). Not server-only: the seed and scripts run it.
import { createHash } from 'node:crypto';
import type { Geometry } from 'geojson';
import type { Db } from '@/lib/db/create-client';
import type { ItemKind } from '@/lib/items/kinds';
import type { BBox } from '@/lib/items/types';
import { footprint, lngShifts, shapeTouchesRegion, type PlacedItem } from './containment';
import { buildRegionCover, type RegionCover } from './cover';

export type MembershipClient = Pick<Db, 'item' | 'region' | 'itemRegion'>;

/** A region ready for classification: its outline, box and rasterised cover (built on first use). */
export interface RegionOutline {
  id: string;
  geometry: Geometry;
  bbox: BBox;
  readonly cover: RegionCover;
}

interface RegionRow {
  id: string;
  geometry: string;
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

const regionColumns = { id: true, geometry: true, minLng: true, minLat: true, maxLng: true, maxLat: true } as const;

// Outlines change only with the seed: parsed once per region and outline per process, and rasterised
// only for regions an item's box reaches (a cover takes up to ~0.1 s: all of them would slow every seed).
const outlines = new Map<string, { text: string; outline: RegionOutline }>();

export function regionOutline(row: RegionRow): RegionOutline {
  const cached = outlines.get(row.id);
  if (cached?.text === row.geometry) return cached.outline;
  const geometry = JSON.parse(row.geometry) as Geometry;
  const bbox: BBox = [row.minLng, row.minLat, row.maxLng, row.maxLat];
  let cover: RegionCover | undefined;
  const outline = {
    id: row.id,
    geometry,
    bbox,
    get cover() {
      return (cover ??= buildRegionCover(geometry, bbox));
    },
  };
  outlines.set(row.id, { text: row.geometry, outline });
  return outline;
}

/** Whether a shape within `bbox` lies in or touches the region: by the cover when it can tell, else turf. */
function shapeTouches(region: RegionOutline, shape: Geometry, bbox: BBox): boolean {
  const [west, south, east, north] = region.bbox;
  const boxes = lngShifts(region.bbox, bbox)
    .map((delta): BBox => [bbox[0] + delta, bbox[1], bbox[2] + delta, bbox[3]])
    .filter((box) => box[0] <= east && box[2] >= west && box[1] <= north && box[3] >= south);
  if (!boxes.length) return false;
  const placements = boxes.map((box) => region.cover.place(box));
  if (placements.includes('inside')) return true;
  return placements.includes('border') && shapeTouchesRegion(region, shape, bbox);
}

/**
 * Whether an item's box (west in -180..180, east past 180 for shapes cut at the antimeridian) meets
 * the region's box as it is or shifted by ±360°. Allocates nothing:
 * a bulk insert asks it of every region for every item, and most regions are far away.
 */
function boxReaches([west, south, east, north]: BBox, bbox: BBox): boolean {
  if (bbox[1] > north || bbox[3] < south) return false;
  return (
    (bbox[0] <= east && bbox[2] >= west) ||
    (east > 180 && bbox[0] + 360 <= east && bbox[2] + 360 >= west) ||
    ((west < -180 || bbox[2] > 180) && bbox[0] - 360 <= east && bbox[2] - 360 >= west)
  );
}

/**
 * Whether the item lies in or touches the region, as the region context always decided it: the cover
 * places most items by their box alone (in the region's longitudes, shifted by ±360° for outlines
 * unwrapped past the antimeridian), turf decides those on the outline; arcs count by their endpoints
 * (footprint), each placed on its own, since an arc's box spans whole continents and would reach every
 * region between its ends.
 */
export function itemTouchesRegion(region: RegionOutline, item: PlacedItem): boolean {
  if (!boxReaches(region.bbox, item.bbox)) return false;
  const shape = footprint(item);
  if (shape.type === 'MultiPoint') {
    return shape.coordinates.some((point) => shapeTouches(region, { type: 'Point', coordinates: point }, [point[0], point[1], point[0], point[1]]));
  }
  return shapeTouches(region, shape, item.bbox);
}

/** A Prisma filter on minLng…maxLat: boxes meeting `bbox` as it is or shifted by ±360° (a superset of lngShifts). */
function boxesMeeting([west, south, east, north]: BBox) {
  return {
    minLat: { lte: north },
    maxLat: { gte: south },
    OR: [0, 360, -360].map((delta) => ({ minLng: { lte: east + delta }, maxLng: { gte: west + delta } })),
  };
}

/** What identifies the outline a region's rows were computed from. */
export function outlineHash(geometry: string): string {
  return createHash('sha1').update(geometry).digest('hex');
}

/** An item as written: what places it, and its start date (copied into its rows for ordering). */
export interface MemberItem extends PlacedItem {
  startDate: Date;
}

/**
 * Rewrites the item's rows inside the caller's transaction: none when it is deleted (`null`),
 * otherwise one per region it lies in or touches.
 */
export async function syncItemRegions(client: Pick<Db, 'region' | 'itemRegion'>, itemId: number, item: MemberItem | null): Promise<void> {
  await client.itemRegion.deleteMany({ where: { itemId } });
  if (!item) return;
  const regions = await client.region.findMany({ where: boxesMeeting(item.bbox), select: regionColumns });
  const data = regions
    .map(regionOutline)
    .filter((region) => itemTouchesRegion(region, item))
    .map((region) => ({ itemId, regionId: region.id, startDate: item.startDate }));
  if (data.length) await client.itemRegion.createMany({ data });
}

/**
 * Computes the rows of every region whose outline they were not computed from (itemsOutlineHash),
 * against every live item, and stamps the region. Idempotent: a second run finds nothing to do.
 * Run it in a transaction (the seed's, or setup's) so no item write interleaves. Returns the regions recomputed.
 */
export async function ensureRegionMembership(client: MembershipClient): Promise<string[]> {
  const regions = await client.region.findMany({ select: { ...regionColumns, itemsOutlineHash: true } });
  const stale = regions.filter((row) => row.itemsOutlineHash !== outlineHash(row.geometry));
  for (const row of stale) {
    const region = regionOutline(row);
    const candidates = await client.item.findMany({
      where: { deletedAt: null, ...boxesMeeting(region.bbox) },
      select: { id: true, kind: true, geometry: true, minLng: true, minLat: true, maxLng: true, maxLat: true, startDate: true },
    });
    const data = candidates
      .filter((item) =>
        itemTouchesRegion(region, {
          kind: item.kind as ItemKind,
          geometry: JSON.parse(item.geometry) as Geometry,
          bbox: [item.minLng, item.minLat, item.maxLng, item.maxLat],
        }),
      )
      .map((item) => ({ itemId: item.id, regionId: region.id, startDate: item.startDate }));
    await client.itemRegion.deleteMany({ where: { regionId: region.id } });
    if (data.length) await client.itemRegion.createMany({ data });
    await client.region.update({ where: { id: region.id }, data: { itemsOutlineHash: outlineHash(row.geometry) } });
  }
  return stale.map((row) => row.id);
}
