import { NextResponse } from 'next/server';
import { withCachedRead } from '@/lib/api/cache';
import { parseParam } from '@/lib/api/handler';
import { idParamSchema } from '@/lib/items/schema';
import { getSource } from '@/lib/sources/repository';

export const dynamic = 'force-dynamic';

export const GET = withCachedRead(async (_request: Request, { params }: RouteContext<'/api/sources/[id]'>) => {
  const id = parseParam(idParamSchema, (await params).id, 'id');
  return NextResponse.json(await getSource(id));
});
