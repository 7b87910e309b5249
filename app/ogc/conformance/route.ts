import { withCachedRead } from '@/lib/api/cache';
import { conformance, JSON_TYPE } from '@/lib/ogc/documents';
import { ogcResponse } from '@/lib/ogc/http';
import { parseFormatOnly } from '@/lib/ogc/params';

export const dynamic = 'force-dynamic';

export const GET = withCachedRead(async (request: Request) => {
  parseFormatOnly(new URL(request.url).searchParams);
  return ogcResponse(conformance(), JSON_TYPE);
});
