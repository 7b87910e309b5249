import { NextResponse } from 'next/server';
import { withCachedRead } from '@/lib/api/cache';
import { listChanges } from '@/lib/changes/changes';
import { parseChangeQuery } from '@/lib/changes/params';

export const dynamic = 'force-dynamic';

/** What changed in a view between `since` and `until`, on knowledge or event time (docs/following.md). */
export const GET = withCachedRead(async (request: Request) => NextResponse.json(await listChanges(parseChangeQuery(new URL(request.url).searchParams))));
