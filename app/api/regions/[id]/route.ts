import { NextResponse } from 'next/server';
import { withCachedRead } from '@/lib/api/cache';
import { parseParam } from '@/lib/api/handler';
import { regionIdSchema } from '@/lib/regions/schema';
import { getRegionContext } from '@/lib/regions/repository';

export const dynamic = 'force-dynamic';

export const GET = withCachedRead(async (_request: Request, { params }: RouteContext<'/api/regions/[id]'>) => {
  const id = parseParam(regionIdSchema, (await params).id, 'id');
  return NextResponse.json(await getRegionContext(id));
});
