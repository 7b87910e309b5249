import { withErrors } from '@/lib/api/handler';
import { liveStream, SSE_HEADERS } from '@/lib/live/stream';

export const dynamic = 'force-dynamic';

/** Server-sent events: `version` whenever the map's data changes (docs/following.md). */
export const GET = withErrors(async (request: Request) => new Response(liveStream(request.signal), { headers: SSE_HEADERS }));
