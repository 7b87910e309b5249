import { withCachedRead } from '@/lib/api/cache';
import { OPENAPI_TYPE } from '@/lib/ogc/documents';
import { ogcBase, ogcResponse } from '@/lib/ogc/http';
import { openApiDocument } from '@/lib/ogc/openapi';
import { parseFormatOnly } from '@/lib/ogc/params';

export const dynamic = 'force-dynamic';

export const GET = withCachedRead(async (request: Request) => {
  parseFormatOnly(new URL(request.url).searchParams);
  return ogcResponse(openApiDocument(ogcBase(request)), OPENAPI_TYPE);
});
