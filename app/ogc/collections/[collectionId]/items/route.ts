import { withCachedRead } from '@/lib/api/cache';
import { GEOJSON_TYPE } from '@/lib/ogc/documents';
import { ogcBase, ogcResponse } from '@/lib/ogc/http';
import { parseItemsParams } from '@/lib/ogc/params';
import { getItemsPage } from '@/lib/ogc/service';

export const dynamic = 'force-dynamic';

export const GET = withCachedRead(async (request: Request, { params }: RouteContext<'/ogc/collections/[collectionId]/items'>) => {
  const search = new URL(request.url).searchParams;
  const page = await getItemsPage(ogcBase(request), (await params).collectionId, parseItemsParams(search), search);
  return ogcResponse(page, GEOJSON_TYPE);
});
