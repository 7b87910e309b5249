import { withCachedRead } from '@/lib/api/cache';
import { JSON_TYPE } from '@/lib/ogc/documents';
import { ogcBase, ogcResponse } from '@/lib/ogc/http';
import { parseFormatOnly } from '@/lib/ogc/params';
import { getCollection } from '@/lib/ogc/service';

export const dynamic = 'force-dynamic';

export const GET = withCachedRead(async (request: Request, { params }: RouteContext<'/ogc/collections/[collectionId]'>) => {
  parseFormatOnly(new URL(request.url).searchParams);
  return ogcResponse(await getCollection(ogcBase(request), (await params).collectionId), JSON_TYPE);
});
