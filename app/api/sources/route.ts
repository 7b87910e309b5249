import { NextResponse } from 'next/server';
import { withCachedRead } from '@/lib/api/cache';
import { withAdmin } from '@/lib/api/handler';
import { addSource } from '@/lib/sources/editor';
import { listSources } from '@/lib/sources/repository';
import { sourceInputSchema, type SourceList } from '@/lib/sources/schema';

export const dynamic = 'force-dynamic';

export const GET = withCachedRead(async () => NextResponse.json({ sources: await listSources() } satisfies SourceList));

export const POST = withAdmin({ body: sourceInputSchema }, async ({ admin, body }) => NextResponse.json(await addSource(body, admin), { status: 201 }));
