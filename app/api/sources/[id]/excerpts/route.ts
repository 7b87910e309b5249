import { NextResponse } from 'next/server';
import { requireAdmin } from '@/lib/auth/request';
import { parseJsonBody, parseParam, withErrors } from '@/lib/api/handler';
import { idParamSchema } from '@/lib/items/schema';
import { addExcerpt } from '@/lib/sources/editor';
import { excerptInputSchema } from '@/lib/sources/schema';

export const dynamic = 'force-dynamic';

/** Stores a verbatim span of the source (or finds the same span stored before). */
export const POST = withErrors(async (request: Request, { params }: RouteContext<'/api/sources/[id]/excerpts'>) => {
  await requireAdmin(request);
  const id = parseParam(idParamSchema, (await params).id, 'id');
  const span = await parseJsonBody(request, excerptInputSchema);
  return NextResponse.json(await addExcerpt(id, span), { status: 201 });
});
