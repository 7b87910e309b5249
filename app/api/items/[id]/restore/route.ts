import { NextResponse } from 'next/server';
import { withAdmin } from '@/lib/api/handler';
import { db } from '@/lib/db/client';
import { idParamSchema, versionBodySchema } from '@/lib/items/schema';
import { restoreItem } from '@/lib/items/write';

export const dynamic = 'force-dynamic';

export const POST = withAdmin({ params: { id: idParamSchema }, body: versionBodySchema }, async ({ admin, params, body }) =>
  NextResponse.json(await restoreItem(db, admin, params.id, body.version)),
);
