import { NextResponse } from 'next/server';
import { withAdmin } from '@/lib/api/handler';
import { idParamSchema } from '@/lib/items/schema';
import { draftRequestSchema, draftSource } from '@/lib/sources/draft';

export const dynamic = 'force-dynamic';

/** Drafts the stored article: places, dates and proposed items. Writes nothing. */
export const POST = withAdmin({ params: { id: idParamSchema }, body: draftRequestSchema }, async ({ params, body }) =>
  NextResponse.json(await draftSource(params.id, body.lang)),
);
