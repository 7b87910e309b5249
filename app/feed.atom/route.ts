import { withErrors } from '@/lib/api/handler';
import { feedResponse } from '@/lib/feeds/respond';

export const dynamic = 'force-dynamic';

/** Atom feed of the items created or changed in a view (`?` the parameters of /api/items, `lang`). */
export const GET = withErrors(async (request: Request) => feedResponse(request, 'atom'));
