import { NextResponse } from 'next/server';
import { requireAdmin } from '@/lib/auth/request';
import { parseJsonBody, withErrors } from '@/lib/api/handler';
import { createEditorItem } from '@/lib/items/editor';
import { parseItemQuery } from '@/lib/items/query';
import { listItems } from '@/lib/items/repository';
import { itemInputSchema } from '@/lib/items/schema';

export const dynamic = 'force-dynamic';

export const GET = withErrors(async (request: Request) => {
  const query = parseItemQuery(new URL(request.url).searchParams);
  return NextResponse.json(await listItems(query), { headers: { 'Content-Type': 'application/geo+json' } });
});

export const POST = withErrors(async (request: Request) => {
  const admin = await requireAdmin(request);
  const input = await parseJsonBody(request, itemInputSchema);
  return NextResponse.json(await createEditorItem(admin, input), { status: 201 });
});
