import 'server-only';
import type { Feature, Point } from 'geojson';
import { toMapFeatures } from '@/lib/map/features';
import { wrapBBox } from '@/lib/geo/bbox';
import { Prisma } from '@/lib/generated/prisma/client';
import { queryRows } from '@/lib/db/reader';
import { hasNoFilter, type ItemFilterQuery } from '@/lib/items/query';
import { clusterItemsInBBox, countItemsUpTo, listItems, type ItemCluster } from '@/lib/items/repository';
import { encodeTile, TILE_BUFFER, TILE_EXTENT } from './encode';
import { CLUSTER_GRID, CLUSTERS_LAYER, ITEMS_LAYER, MAX_ITEMS_PER_TILE, MAX_PRECOMPUTED_CLUSTER_ZOOM } from './layers';
import { tileBBox, type TileCoordinates } from './tile-math';

/** The tile's CLUSTER_GRID × CLUSTER_GRID cells of "ItemCell" (level z + 3) that hold live items. */
function precomputedClusters({ z, x, y }: TileCoordinates): Promise<ItemCluster[]> {
  return queryRows<ItemCluster>(Prisma.sql`
    SELECT "count", "sumLng" / "count" AS "lng", "sumLat" / "count" AS "lat" FROM "ItemCell"
    WHERE "level" = ${z + Math.log2(CLUSTER_GRID)}
      AND "x" BETWEEN ${x * CLUSTER_GRID} AND ${(x + 1) * CLUSTER_GRID - 1}
      AND "y" BETWEEN ${y * CLUSTER_GRID} AND ${(y + 1) * CLUSTER_GRID - 1}`);
}

/** The items of one tile matching the filters, as a Mapbox Vector Tile (see docs/scale.md). */
export async function itemTile(tile: TileCoordinates, filters: ItemFilterQuery = {}): Promise<Uint8Array> {
  const query = { ...filters, bbox: wrapBBox(tileBBox(tile, TILE_BUFFER / TILE_EXTENT)) };
  if ((await countItemsUpTo(query, MAX_ITEMS_PER_TILE + 1)) <= MAX_ITEMS_PER_TILE) {
    const items = await listItems(query);
    return encodeTile(tile, { [ITEMS_LAYER]: toMapFeatures(items.features).features });
  }
  // Clusters are counted in the tile itself (no buffer), within one world copy. The precomputed cells
  // count every live item, so they only serve when no filter is active.
  const [west, south, east, north] = tileBBox(tile);
  const clusters =
    tile.z <= MAX_PRECOMPUTED_CLUSTER_ZOOM && hasNoFilter(filters)
      ? await precomputedClusters(tile)
      : await clusterItemsInBBox([Math.max(-180, west), south, Math.min(180, east), north], CLUSTER_GRID, CLUSTER_GRID, filters);
  const features = clusters.map(
    ({ count, lng, lat }): Feature<Point> => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lng, lat] }, properties: { count } }),
  );
  return encodeTile(tile, { [CLUSTERS_LAYER]: features });
}
