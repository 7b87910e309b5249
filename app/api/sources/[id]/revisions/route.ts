import { NextResponse } from 'next/server';
import { withAdmin } from '@/lib/api/handler';
import { idParamSchema } from '@/lib/items/schema';
import { listSourceRevisions } from '@/lib/sources/repository';

export const dynamic = 'force-dynamic';

/** The article's history (its own changes and its excerpts'), newest first; admins only, as items' history. */
export const GET = withAdmin({ params: { id: idParamSchema } }, async ({ params }) =>
  NextResponse.json({ revisions: await listSourceRevisions(params.id) }),
);
