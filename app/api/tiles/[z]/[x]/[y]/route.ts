import { createHash } from 'node:crypto';
import { withErrors } from '@/lib/api/handler';
import { parseItemFilters } from '@/lib/items/query';
import { tileCoordinatesSchema } from '@/lib/tiles/tile-math';
import { itemTile } from '@/lib/tiles/repository';

export const dynamic = 'force-dynamic';

// Items change through the admin: a CDN may serve a tile for a minute, and a stale one while it
// revalidates; revalidation is cheap when the tile did not change (ETag -> 304). The filters are in the
// query string, so each set of filters is its own URL and its own cache entry.
const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';

export const GET = withErrors(async (request: Request, { params }: RouteContext<'/api/tiles/[z]/[x]/[y]'>) => {
  const tile = tileCoordinatesSchema.parse(await params);
  const filters = parseItemFilters(new URL(request.url).searchParams);
  const body = await itemTile(tile, filters);
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  const headers = { ETag: etag, 'Cache-Control': CACHE_CONTROL };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return new Response(body as Uint8Array<ArrayBuffer>, { headers: { ...headers, 'Content-Type': 'application/vnd.mapbox-vector-tile' } });
});
