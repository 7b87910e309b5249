import { NextResponse } from 'next/server';
import { withCachedRead } from '@/lib/api/cache';
import { parseParam, withAdmin } from '@/lib/api/handler';
import { db } from '@/lib/db/client';
import { idParamSchema, versionBodySchema } from '@/lib/items/schema';
import { getSource } from '@/lib/sources/repository';
import { MAX_SOURCE_TEXT, sourceUpdateSchema } from '@/lib/sources/schema';
import { deleteSource, updateSource } from '@/lib/sources/write';

export const dynamic = 'force-dynamic';

export const GET = withCachedRead(async (_request: Request, { params }: RouteContext<'/api/sources/[id]'>) => {
  const id = parseParam(idParamSchema, (await params).id, 'id');
  return NextResponse.json(await getSource(id));
});

/** Edits an article at the version it was read at; its excerpts follow its text or the edit is refused (409). */
export const PUT = withAdmin(
  // The text may be MAX_SOURCE_TEXT characters of up to 3 UTF-8 bytes each, JSON-escaped.
  { params: { id: idParamSchema }, body: sourceUpdateSchema, bodyOptions: { maxBytes: MAX_SOURCE_TEXT * 6 + 10_000 } },
  async ({ admin, params, body: { version, ...input } }) => {
    await updateSource(db, admin, params.id, version, input);
    return NextResponse.json(await getSource(params.id));
  },
);

/** Deletes an article and its excerpts; refused (409, naming them) while an item or a region cites one. */
export const DELETE = withAdmin({ params: { id: idParamSchema }, body: versionBodySchema }, async ({ admin, params, body }) => {
  await deleteSource(db, admin, params.id, body.version);
  return new NextResponse(null, { status: 204 });
});
