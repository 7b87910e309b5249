import { NextResponse } from 'next/server';
import { requireAdmin } from '@/lib/auth/request';
import { parseJsonBody, parseParam, withErrors } from '@/lib/api/handler';
import { deleteEditorItem, updateEditorItem } from '@/lib/items/editor';
import { getItem } from '@/lib/items/repository';
import { idParamSchema, itemUpdateSchema, versionBodySchema } from '@/lib/items/schema';

export const dynamic = 'force-dynamic';

type Context = RouteContext<'/api/items/[id]'>;

export const GET = withErrors(async (_request: Request, { params }: Context) => {
  const id = parseParam(idParamSchema, (await params).id, 'id');
  return NextResponse.json(await getItem(id), { headers: { 'Content-Type': 'application/geo+json' } });
});

export const PUT = withErrors(async (request: Request, { params }: Context) => {
  const admin = await requireAdmin(request);
  const id = parseParam(idParamSchema, (await params).id, 'id');
  const { version, ...input } = await parseJsonBody(request, itemUpdateSchema);
  return NextResponse.json(await updateEditorItem(admin, id, version, input));
});

/** Soft delete: the item leaves the public map and can be restored from its history. */
export const DELETE = withErrors(async (request: Request, { params }: Context) => {
  const admin = await requireAdmin(request);
  const id = parseParam(idParamSchema, (await params).id, 'id');
  const { version } = await parseJsonBody(request, versionBodySchema);
  return NextResponse.json(await deleteEditorItem(admin, id, version));
});
