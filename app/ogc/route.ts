import { withCachedRead } from '@/lib/api/cache';
import { JSON_TYPE, landingPage } from '@/lib/ogc/documents';
import { ogcBase, ogcResponse } from '@/lib/ogc/http';
import { parseFormatOnly } from '@/lib/ogc/params';

export const dynamic = 'force-dynamic';

export const GET = withCachedRead(async (request: Request) => {
  parseFormatOnly(new URL(request.url).searchParams);
  return ogcResponse(landingPage(ogcBase(request)), JSON_TYPE);
});
