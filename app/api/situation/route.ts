import { NextResponse } from 'next/server';
import { withCachedRead } from '@/lib/api/cache';
import { withAdmin } from '@/lib/api/handler';
import { db } from '@/lib/db/client';
import { getSituation } from '@/lib/situation/repository';
import { situationUpdateSchema } from '@/lib/situation/schema';
import { updateSituation } from '@/lib/situation/write';

export const dynamic = 'force-dynamic';

export const GET = withCachedRead(async () => NextResponse.json(await getSituation()));

/** Renames or redescribes the situation at the version it was read at (409 when it moved on). */
export const PUT = withAdmin({ body: situationUpdateSchema }, async ({ admin, body: { version, ...input } }) =>
  NextResponse.json(await updateSituation(db, admin, version, input)),
);
