import 'server-only';
import type { Geometry } from 'geojson';
import { db } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { excerptSourceColumns, toExcerptDto } from '@/lib/items/feature';
import { queryRows } from '@/lib/db/reader';
import { Prisma } from '@/lib/generated/prisma/client';
import { listItems } from '@/lib/items/repository';
import type { RegionContextDto, RegionKind, RegionSummaryDto } from '@/lib/items/types';
import { REGION_ITEMS_PAGE } from './containment';

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

/**
 * The first page (by date) of the live items in or touching a region, and how many there are: from
 * the membership kept at write time (ItemRegion, lib/regions/membership.ts), an indexed range each.
 */
async function regionItemPage(regionId: string): Promise<{ ids: number[]; count: number }> {
  const [page, [{ count }]] = await Promise.all([
    queryRows<{ itemId: number }>(Prisma.sql`SELECT "itemId" FROM "ItemRegion" WHERE "regionId" = ${regionId}
      ORDER BY "startDate", "itemId" LIMIT ${REGION_ITEMS_PAGE}`),
    queryRows<{ count: number }>(Prisma.sql`SELECT count(*) AS "count" FROM "ItemRegion" WHERE "regionId" = ${regionId}`),
  ]);
  return { ids: page.map((row) => row.itemId), count };
}

export async function getRegionContext(id: string): Promise<RegionContextDto> {
  const row = await db.region.findUnique({
    where: { id },
    include: {
      excerpts: {
        orderBy: { position: 'asc' },
        include: { excerpt: { include: { source: { select: excerptSourceColumns } } } },
      },
    },
  });
  if (!row) throw new NotFoundError(`No region with id ${id}`);
  const page = await regionItemPage(id);
  return {
    region: { ...toSummary(row, true), summary: row.summary },
    excerpts: row.excerpts.map((link) => toExcerptDto(link.excerpt)),
    items: page.ids.length ? (await listItems({ ids: page.ids })).features : [],
    itemCount: page.count,
  };
}
