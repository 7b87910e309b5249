import { NextResponse } from 'next/server';
import { z } from 'zod';
import { requireAdmin } from '@/lib/auth/request';
import { parseJsonBody, parseParam, withErrors } from '@/lib/api/handler';
import { importWithProgress, previewImport } from '@/lib/import/admin-import';
import { MAX_IMPORT_BYTES } from '@/lib/import/limits';
import { NDJSON_TYPE } from '@/lib/import/progress';
import { idParamSchema } from '@/lib/items/schema';

export const dynamic = 'force-dynamic';

const dryRunSchema = z.enum(['true', 'false'], { error: 'dryRun must be true or false' });

/**
 * The body is the GeoJSON file itself. `?dryRun=true` answers the plan (per feature: what will be
 * created, every problem); otherwise the import runs and answers NDJSON progress (lib/import/progress.ts).
 */
export const POST = withErrors(async (request: Request) => {
  const admin = await requireAdmin(request);
  const query = new URL(request.url).searchParams;
  const sourceId = parseParam(idParamSchema, query.get('source') ?? undefined, 'source');
  const dryRun = parseParam(dryRunSchema, query.get('dryRun') ?? 'false', 'dryRun') === 'true';
  const file = await parseJsonBody(request, z.unknown(), { maxBytes: MAX_IMPORT_BYTES, subject: 'The file' });
  if (dryRun) return NextResponse.json(await previewImport(file, sourceId));
  return new Response(await importWithProgress(admin, file, sourceId), {
    headers: {
      'Content-Type': NDJSON_TYPE,
      // Each line as it is written: no compression or proxy buffering holding progress back.
      'Cache-Control': 'no-store, no-transform',
      'X-Accel-Buffering': 'no',
    },
  });
});
