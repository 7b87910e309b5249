import { withCachedRead } from '@/lib/api/cache';
import { parseItemFilters } from '@/lib/items/query';
import { tileCoordinatesSchema } from '@/lib/tiles/tile-math';
import { itemTile } from '@/lib/tiles/repository';

export const dynamic = 'force-dynamic';

// The filters are in the query string, so each set of filters is its own URL and its own cache entry.
export const GET = withCachedRead(async (request: Request, { params }: RouteContext<'/api/tiles/[z]/[x]/[y]'>) => {
  const tile = tileCoordinatesSchema.parse(await params);
  const filters = parseItemFilters(new URL(request.url).searchParams);
  const body = await itemTile(tile, filters);
  return new Response(body as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/vnd.mapbox-vector-tile' } });
});
