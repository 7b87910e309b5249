import { NextResponse } from 'next/server';
import { withAdmin } from '@/lib/api/handler';
import { idParamSchema } from '@/lib/items/schema';
import { addExcerpt } from '@/lib/sources/editor';
import { excerptInputSchema } from '@/lib/sources/schema';

export const dynamic = 'force-dynamic';

/** Stores a verbatim span of the source (or finds the same span stored before). */
export const POST = withAdmin({ params: { id: idParamSchema }, body: excerptInputSchema }, async ({ admin, params, body }) =>
  NextResponse.json(await addExcerpt(params.id, body, admin), { status: 201 }),
);
