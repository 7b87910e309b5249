import { NextResponse } from 'next/server';
import { withCachedRead } from '@/lib/api/cache';
import { parseParam, withAdmin } from '@/lib/api/handler';
import { db } from '@/lib/db/client';
import { getItem } from '@/lib/items/repository';
import { idParamSchema, itemUpdateSchema, versionBodySchema } from '@/lib/items/schema';
import { deleteItem, updateItem } from '@/lib/items/write';

export const dynamic = 'force-dynamic';

type Context = RouteContext<'/api/items/[id]'>;

export const GET = withCachedRead(async (_request: Request, { params }: Context) => {
  const id = parseParam(idParamSchema, (await params).id, 'id');
  return NextResponse.json(await getItem(id), { headers: { 'Content-Type': 'application/geo+json' } });
});

export const PUT = withAdmin({ params: { id: idParamSchema }, body: itemUpdateSchema }, async ({ admin, params, body: { version, ...input } }) =>
  NextResponse.json(await updateItem(db, admin, params.id, version, input)),
);

/** Soft delete: the item leaves the public map and can be restored from its history. */
export const DELETE = withAdmin({ params: { id: idParamSchema }, body: versionBodySchema }, async ({ admin, params, body }) =>
  NextResponse.json(await deleteItem(db, admin, params.id, body.version)),
);
