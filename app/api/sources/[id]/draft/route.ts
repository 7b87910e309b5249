import { NextResponse } from 'next/server';
import { requireAdmin } from '@/lib/auth/request';
import { parseJsonBody, parseParam, withErrors } from '@/lib/api/handler';
import { idParamSchema } from '@/lib/items/schema';
import { draftRequestSchema, draftSource } from '@/lib/sources/draft';

export const dynamic = 'force-dynamic';

/** Drafts the stored article: places, dates and proposed items. Writes nothing. */
export const POST = withErrors(async (request: Request, { params }: RouteContext<'/api/sources/[id]/draft'>) => {
  await requireAdmin(request);
  const id = parseParam(idParamSchema, (await params).id, 'id');
  const { lang } = await parseJsonBody(request, draftRequestSchema);
  return NextResponse.json(await draftSource(id, lang));
});
