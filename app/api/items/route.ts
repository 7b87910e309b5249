import { NextResponse } from 'next/server';
import { withErrors } from '@/lib/api/handler';
import { parseItemQuery } from '@/lib/items/query';
import { listItems } from '@/lib/items/repository';

export const dynamic = 'force-dynamic';

export const GET = withErrors(async (request: Request) => {
  const query = parseItemQuery(new URL(request.url).searchParams);
  return NextResponse.json(await listItems(query), { headers: { 'Content-Type': 'application/geo+json' } });
});
