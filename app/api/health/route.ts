import { NextResponse } from 'next/server';
import { countItems } from '@/lib/items/repository';

export const dynamic = 'force-dynamic';

export async function GET() {
  return NextResponse.json({ ok: true, items: await countItems() });
}
