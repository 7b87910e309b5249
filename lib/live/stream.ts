import 'server-only';
// The live stream of a page (server-sent events): the data version on connect and on every change,
// a comment every HEARTBEAT_MS so proxies keep the connection open. EventSource reconnects by itself
// after `retry` ms; the version sent on reconnect tells the page whether it missed a change.
import { watchDataVersion } from './watcher';

export const HEARTBEAT_MS = 20_000;
export const RETRY_MS = 1_000;

export const SSE_HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  // no-transform: Next's compression would otherwise buffer the stream.
  'Cache-Control': 'no-cache, no-transform',
  Connection: 'keep-alive',
  'X-Accel-Buffering': 'no',
};

export function versionEvent(version: number): string {
  return `event: version\ndata: ${version}\n\n`;
}

export function liveStream(signal: AbortSignal, watch: typeof watchDataVersion = watchDataVersion): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let stop = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      send(`retry: ${RETRY_MS}\n\n`);
      const unwatch = watch((version) => send(versionEvent(version)));
      const heartbeat = setInterval(() => send(': keep-alive\n\n'), HEARTBEAT_MS);
      stop = () => {
        unwatch();
        clearInterval(heartbeat);
        signal.removeEventListener('abort', close);
      };
      const close = () => {
        stop();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      if (signal.aborted) close();
      else signal.addEventListener('abort', close);
    },
    cancel() {
      stop();
    },
  });
}
