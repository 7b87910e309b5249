import 'server-only';
// One poller per process, shared by every open stream: it reads the data version every POLL_MS while
// anyone listens and tells the listeners when it moves. Polling the database (not an in-process event
// bus) is what lets a save made through another app server reach this server's readers.
import { readDataVersion } from '@/lib/db/data-version';

export const POLL_MS = 300;

type Listener = (version: number) => void;

interface Watcher {
  listeners: Set<Listener>;
  version: number | null;
  timer: ReturnType<typeof setTimeout> | null;
  failing: boolean;
}

// On globalThis so dev hot reload keeps one poller.
const globalForWatcher = globalThis as unknown as { sitmapVersionWatcher?: Watcher };
const watcher = (globalForWatcher.sitmapVersionWatcher ??= { listeners: new Set(), version: null, timer: null, failing: false });

async function poll(read: () => Promise<number>): Promise<void> {
  try {
    const version = await read();
    watcher.failing = false;
    if (version !== watcher.version) {
      watcher.version = version;
      for (const listener of watcher.listeners) listener(version);
    }
  } catch (error) {
    // Logged once per outage: a database that is briefly away must not flood the log every 500 ms.
    if (!watcher.failing) console.error('live updates: could not read the data version', error);
    watcher.failing = true;
  }
  watcher.timer = watcher.listeners.size ? setTimeout(() => void poll(read), POLL_MS) : null;
}

/**
 * Calls `listener` with the current data version (at once if known) and whenever it changes;
 * returns the unsubscribe function. The poller runs only while someone listens.
 */
export function watchDataVersion(listener: Listener, read: () => Promise<number> = readDataVersion): () => void {
  watcher.listeners.add(listener);
  if (watcher.version !== null) listener(watcher.version);
  if (watcher.timer === null) {
    watcher.timer = setTimeout(() => void poll(read), 0);
  }
  return () => {
    watcher.listeners.delete(listener);
    if (watcher.listeners.size === 0 && watcher.timer !== null) {
      clearTimeout(watcher.timer);
      watcher.timer = null;
      // Unknown again: the first listener of the next session gets a fresh reading, not a stale one.
      watcher.version = null;
    }
  };
}
