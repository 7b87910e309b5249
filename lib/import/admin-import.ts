// The admin's GeoJSON import against the app's database: the dry run, and the import itself answered
// as a stream of progress events (lib/import/progress.ts).
//
// Why a streamed answer rather than a job to poll: one request carries the file, the transaction and
// the progress, so there is no job state to keep on the server (which would be lost on restart and
// not shared between server processes) and nothing to clean up. A proxy that buffers the answer only
// costs the intermediate progress; the final event still arrives.
import 'server-only';
import { toApiError } from '@/lib/api/errors';
import type { SignedInAdmin } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { checkedPlan, dryRunImport, writePlan } from './import-items';
import type { ImportPlan } from './plan';
import { encodeEvent, isProgressStep, type ImportEvent } from './progress';

export function previewImport(file: unknown, sourceId: number): Promise<ImportPlan> {
  return dryRunImport(db, file, sourceId);
}

/**
 * Checks the whole file first, so a bad file, an unknown source or any problem throws (400 / 404 with
 * every problem) before the answer starts. Then the stream runs the transaction: progress events (the
 * first, one per percent, the last), and one `done` event with the item ids, or one `error` event
 * when the transaction failed and was rolled back.
 */
export async function importWithProgress(admin: SignedInAdmin, file: unknown, sourceId: number): Promise<ReadableStream<Uint8Array>> {
  const plan = await checkedPlan(db, file, sourceId);
  const encoder = new TextEncoder();
  // A closed tab does not cancel the import: it commits, and the items show in the admin table.
  let listening = true;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (event: ImportEvent) => {
        if (listening) controller.enqueue(encoder.encode(encodeEvent(event)));
      };
      send({ type: 'progress', done: 0, total: plan.features.length });
      writePlan(db, admin, plan, { onProgress: (done, total) => isProgressStep(done, total) && send({ type: 'progress', done, total }) })
        .then(
          (itemIds) => send({ type: 'done', itemIds }),
          (error: unknown) => {
            const apiError = toApiError(error);
            if (apiError.status >= 500) console.error(error);
            send({ type: 'error', error: { code: apiError.code, message: `Nothing was imported: ${apiError.message}` } });
          },
        )
        .finally(() => {
          if (listening) controller.close();
        });
    },
    cancel() {
      listening = false;
    },
  });
}
