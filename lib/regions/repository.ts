import 'server-only';
import type { Geometry } from 'geojson';
import { db } from '@/lib/db/client';
import { ApiError } from '@/lib/api/errors';
import { toExcerptDto } from '@/lib/items/geojson';
import { wrapBBox } from '@/lib/geo/bbox';
import { listItems } from '@/lib/items/repository';
import type { BBox, RegionContextDto, RegionKind, RegionSummaryDto } from '@/lib/items/types';
import { itemsTouchingRegion } from './containment';

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
  // The spatial index prefilters by the region's box (unwrapped ones wrapped across the antimeridian);
  // turf decides on what is left.
  const candidates = await listItems({ bbox: wrapBBox(bbox) });
  const geometry = JSON.parse(row.geometry) as Geometry;
  return {
    region: { ...toSummary(row, true), summary: row.summary },
    excerpts: row.excerpts.map((link) => toExcerptDto(link.excerpt)),
    items: itemsTouchingRegion({ geometry, bbox }, candidates.features),
  };
}
