import { withCachedRead } from '@/lib/api/cache';
import { parseParam } from '@/lib/api/handler';
import { idParamSchema } from '@/lib/items/schema';
import { GEOJSON_TYPE } from '@/lib/ogc/documents';
import { ogcBase, ogcResponse } from '@/lib/ogc/http';
import { parseFormatOnly } from '@/lib/ogc/params';
import { getFeature } from '@/lib/ogc/service';

export const dynamic = 'force-dynamic';

export const GET = withCachedRead(
  async (request: Request, { params }: RouteContext<'/ogc/collections/[collectionId]/items/[featureId]'>) => {
    parseFormatOnly(new URL(request.url).searchParams);
    const { collectionId, featureId } = await params;
    const id = parseParam(idParamSchema, featureId, 'featureId');
    return ogcResponse(await getFeature(ogcBase(request), collectionId, id), GEOJSON_TYPE);
  },
);
