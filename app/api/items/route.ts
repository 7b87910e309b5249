import { NextResponse } from 'next/server';
import { withCachedRead } from '@/lib/api/cache';
import { parseParam, withAdmin } from '@/lib/api/handler';
import { db } from '@/lib/db/client';
import { listItemsAsOf } from '@/lib/items/as-of';
import { asOfSchema, parseItemQuery } from '@/lib/items/query';
import { listItemsPage } from '@/lib/items/repository';
import { itemInputSchema } from '@/lib/items/schema';
import { createItem } from '@/lib/items/write';

export const dynamic = 'force-dynamic';

export const GET = withCachedRead(async (request: Request) => {
  const params = new URL(request.url).searchParams;
  const query = parseItemQuery(params);
  const asOf = params.has('asof') ? parseParam(asOfSchema, params.get('asof'), 'asof') : null;
  // The past is rebuilt from history in full; the browser applies the other filters to it. A page
  // (limit) says how many items match in all (numberMatched).
  const items = asOf ? await listItemsAsOf(asOf, query.q) : await listItemsPage(query);
  return NextResponse.json(items, { headers: { 'Content-Type': 'application/geo+json' } });
});

export const POST = withAdmin({ body: itemInputSchema }, async ({ admin, body }) =>
  NextResponse.json(await db.$transaction((tx) => createItem(tx, body, admin)), { status: 201 }),
);
