'use client';
// One EventSource per page, shared by every hook that wants to know when the map's data changed
// (lib/live/stream.ts on the server). EventSource reconnects by itself; the version it receives on
// reconnecting tells whether a change was missed meanwhile.
import { useEffect, useRef } from 'react';

export const LIVE_URL = '/api/live';

type Listener = () => void;

const listeners = new Set<Listener>();
let source: EventSource | null = null;
let lastVersion: string | null = null;

/**
 * The first version of a page's stream counts as a change too: the page's data may have been read
 * just before a save whose version is the first this stream tells (one extra request per page load).
 */
function onVersion(event: MessageEvent<string>) {
  const changed = event.data !== lastVersion;
  lastVersion = event.data;
  if (changed) for (const listener of listeners) listener();
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  if (!source && typeof EventSource !== 'undefined') {
    source = new EventSource(LIVE_URL);
    source.addEventListener('version', onVersion);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && source) {
      source.close();
      source = null;
    }
  };
}

/** Calls `onChange` whenever the server's data changes, while `enabled`. */
export function useLiveUpdates(onChange: () => void, enabled = true): void {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => (enabled ? subscribe(() => latest.current()) : undefined), [enabled]);
}
