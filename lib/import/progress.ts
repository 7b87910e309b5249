// The import's answer while it runs: newline-delimited JSON events (pure; read by the admin page and
// the tests, written by lib/import/admin-import.ts).
import type { ApiErrorBody } from '@/lib/api/errors';

export const NDJSON_TYPE = 'application/x-ndjson';

export type ImportEvent =
  | { type: 'progress'; done: number; total: number }
  /** The import is committed: the created items' ids, in file order. */
  | { type: 'done'; itemIds: number[] }
  /** The transaction failed and was rolled back: nothing was imported. */
  | { type: 'error'; error: ApiErrorBody['error'] };

export function encodeEvent(event: ImportEvent): string {
  return `${JSON.stringify(event)}\n`;
}

/** Should `done` of `total` be reported? The first, the last and one per percent in between. */
export function isProgressStep(done: number, total: number): boolean {
  return done === 0 || done === total || Math.floor((done * 100) / total) > Math.floor(((done - 1) * 100) / total);
}

/** The events of an NDJSON body as they arrive (a line may span chunks). */
export async function* readEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<ImportEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let pending = '';
  for (;;) {
    const { done, value } = await reader.read();
    pending += decoder.decode(value, { stream: !done });
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) if (line.trim()) yield JSON.parse(line) as ImportEvent;
    if (done) break;
  }
  if (pending.trim()) yield JSON.parse(pending) as ImportEvent;
}
