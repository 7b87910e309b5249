import { NextResponse } from 'next/server';
import { z } from 'zod';
import { withCachedRead } from '@/lib/api/cache';
import { parseParam } from '@/lib/api/handler';
import { listRegions } from '@/lib/regions/repository';

export const dynamic = 'force-dynamic';

const kindSchema = z.enum(['country', 'theatre'], { error: 'kind must be country or theatre' }).optional();

export const GET = withCachedRead(async (request: Request) => {
  const kind = parseParam(kindSchema, new URL(request.url).searchParams.get('kind') ?? undefined, 'kind');
  return NextResponse.json({ regions: await listRegions(kind) });
});
