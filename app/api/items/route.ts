import { NextResponse } from 'next/server';
import { requireAdmin } from '@/lib/auth/request';
import { parseJsonBody, parseParam, withErrors } from '@/lib/api/handler';
import { listItemsAsOf } from '@/lib/items/as-of';
import { createEditorItem } from '@/lib/items/editor';
import { asOfSchema, parseItemQuery } from '@/lib/items/query';
import { listItemsPage } from '@/lib/items/repository';
import { itemInputSchema } from '@/lib/items/schema';

export const dynamic = 'force-dynamic';

export const GET = withErrors(async (request: Request) => {
  const params = new URL(request.url).searchParams;
  const query = parseItemQuery(params);
  const asOf = params.has('asof') ? parseParam(asOfSchema, params.get('asof'), 'asof') : null;
  // The past is rebuilt from history in full; the browser applies the other filters to it. A page
  // (limit) says how many items match in all (numberMatched).
  const items = asOf ? await listItemsAsOf(asOf, query.q) : await listItemsPage(query);
  return NextResponse.json(items, { headers: { 'Content-Type': 'application/geo+json' } });
});

export const POST = withErrors(async (request: Request) => {
  const admin = await requireAdmin(request);
  const input = await parseJsonBody(request, itemInputSchema);
  return NextResponse.json(await createEditorItem(admin, input), { status: 201 });
});
