import { NextResponse } from 'next/server';
import { withAdmin } from '@/lib/api/handler';
import { db } from '@/lib/db/client';
import { idParamSchema, versionBodySchema } from '@/lib/items/schema';
import { restoreRevision } from '@/lib/items/write';

export const dynamic = 'force-dynamic';

export const POST = withAdmin(
  { params: { id: idParamSchema, revisionId: idParamSchema }, body: versionBodySchema },
  async ({ admin, params, body }) => NextResponse.json(await restoreRevision(db, admin, params.id, params.revisionId, body.version)),
);
