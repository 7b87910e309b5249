import { NextResponse } from 'next/server';
import { requireAdmin } from '@/lib/auth/request';
import { parseJsonBody, parseParam, withErrors } from '@/lib/api/handler';
import { restoreEditorItem } from '@/lib/items/editor';
import { idParamSchema, versionBodySchema } from '@/lib/items/schema';

export const dynamic = 'force-dynamic';

export const POST = withErrors(async (request: Request, { params }: RouteContext<'/api/items/[id]/restore'>) => {
  const admin = await requireAdmin(request);
  const id = parseParam(idParamSchema, (await params).id, 'id');
  const { version } = await parseJsonBody(request, versionBodySchema);
  return NextResponse.json(await restoreEditorItem(admin, id, version));
});
