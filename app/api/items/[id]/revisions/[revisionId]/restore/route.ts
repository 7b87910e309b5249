import { NextResponse } from 'next/server';
import { requireAdmin } from '@/lib/auth/request';
import { parseJsonBody, parseParam, withErrors } from '@/lib/api/handler';
import { restoreRevision } from '@/lib/items/editor';
import { idParamSchema, versionBodySchema } from '@/lib/items/schema';

export const dynamic = 'force-dynamic';

export const POST = withErrors(
  async (request: Request, { params }: RouteContext<'/api/items/[id]/revisions/[revisionId]/restore'>) => {
    const admin = await requireAdmin(request);
    const { id, revisionId } = await params;
    const itemId = parseParam(idParamSchema, id, 'id');
    const revision = parseParam(idParamSchema, revisionId, 'revisionId');
    const { version } = await parseJsonBody(request, versionBodySchema);
    return NextResponse.json(await restoreRevision(admin, itemId, revision, version));
  },
);
