import { describe, expect, it } from 'vitest';
import { liveStream } from './stream';

/** A watcher the test drives: `emit` sends a version to the stream, `watching` says if it still listens. */
function fakeWatcher() {
  let listener: ((version: number) => void) | null = null;
  return {
    watch: (next: (version: number) => void) => {
      listener = next;
      next(41);
      return () => {
        listener = null;
      };
    },
    emit: (version: number) => listener?.(version),
    watching: () => listener !== null,
  };
}

async function readText(reader: ReadableStreamDefaultReader<Uint8Array>, parts: number): Promise<string> {
  let text = '';
  for (let i = 0; i < parts; i++) text += new TextDecoder().decode((await reader.read()).value);
  return text;
}

describe('liveStream', () => {
  it('sends the reconnection delay, the current version, then each new version as server-sent events', async () => {
    const watcher = fakeWatcher();
    const reader = liveStream(new AbortController().signal, watcher.watch).getReader();
    watcher.emit(42);
    expect(await readText(reader, 3)).toBe('retry: 1000\n\nevent: version\ndata: 41\n\nevent: version\ndata: 42\n\n');
  });

  it('stops watching and ends when the page goes away', async () => {
    const watcher = fakeWatcher();
    const page = new AbortController();
    const reader = liveStream(page.signal, watcher.watch).getReader();
    await readText(reader, 2);
    page.abort();
    expect(watcher.watching()).toBe(false);
    expect((await reader.read()).done).toBe(true);
  });
});
