import { NextResponse } from 'next/server';
import { z } from 'zod';
import { withAdmin } from '@/lib/api/handler';
import { importWithProgress, previewImport } from '@/lib/import/admin-import';
import { MAX_IMPORT_BYTES } from '@/lib/import/limits';
import { NDJSON_TYPE } from '@/lib/import/progress';
import { idParamSchema } from '@/lib/items/schema';

export const dynamic = 'force-dynamic';

const dryRunSchema = z.enum(['true', 'false'], { error: 'dryRun must be true or false' }).default('false');

/**
 * The body is the GeoJSON file itself. `?dryRun=true` answers the plan (per feature: what will be
 * created, every problem); otherwise the import runs and answers NDJSON progress (lib/import/progress.ts).
 */
export const POST = withAdmin(
  { query: { source: idParamSchema, dryRun: dryRunSchema }, body: z.unknown(), bodyOptions: { maxBytes: MAX_IMPORT_BYTES, subject: 'The file' } },
  async ({ admin, query, body: file }) => {
    if (query.dryRun === 'true') return NextResponse.json(await previewImport(file, query.source));
    return new Response(await importWithProgress(admin, file, query.source), {
      headers: {
        'Content-Type': NDJSON_TYPE,
        // Each line as it is written: no compression or proxy buffering holding progress back.
        'Cache-Control': 'no-store, no-transform',
        'X-Accel-Buffering': 'no',
      },
    });
  },
);
