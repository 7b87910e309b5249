import { NextResponse } from 'next/server';
import { requireAdmin } from '@/lib/auth/request';
import { parseJsonBody, withErrors } from '@/lib/api/handler';
import { addSource } from '@/lib/sources/editor';
import { sourceInputSchema } from '@/lib/sources/schema';

export const dynamic = 'force-dynamic';

export const POST = withErrors(async (request: Request) => {
  await requireAdmin(request);
  const input = await parseJsonBody(request, sourceInputSchema);
  return NextResponse.json(await addSource(input), { status: 201 });
});
