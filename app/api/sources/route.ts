import { NextResponse } from 'next/server';
import { withAdmin } from '@/lib/api/handler';
import { addSource } from '@/lib/sources/editor';
import { sourceInputSchema } from '@/lib/sources/schema';

export const dynamic = 'force-dynamic';

export const POST = withAdmin({ body: sourceInputSchema }, async ({ body }) => NextResponse.json(await addSource(body), { status: 201 }));
