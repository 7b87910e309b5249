import { NextResponse } from 'next/server';
import { withAdmin } from '@/lib/api/handler';
import { db } from '@/lib/db/client';
import { idParamSchema } from '@/lib/items/schema';
import { excerptInputSchema } from '@/lib/sources/schema';
import { deleteExcerpt, updateExcerpt } from '@/lib/sources/write';

export const dynamic = 'force-dynamic';

const params = { id: idParamSchema, excerptId: idParamSchema };

/** Moves the excerpt to another verbatim span of its article, or changes its attribution. */
export const PUT = withAdmin({ params, body: excerptInputSchema }, async ({ admin, params: { id, excerptId }, body }) =>
  NextResponse.json(await updateExcerpt(db, admin, id, excerptId, body)),
);

/** Deletes the excerpt; refused (409, naming them) while an item or a region cites it. */
export const DELETE = withAdmin({ params }, async ({ admin, params: { id, excerptId } }) => {
  await deleteExcerpt(db, admin, id, excerptId);
  return new NextResponse(null, { status: 204 });
});
