// Handles on live maps for the browser tests and the benchmark, set on `window` only when the server
// runs for them (SITMAP_TEST_HOOKS=1, which app/layout.tsx turns into <html data-test-hooks>): a
// production page exposes nothing.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { TerraDraw } from 'terra-draw';

declare global {
  interface Window {
    /** The dashboard's map and the time of its first `idle`. */
    sitmap?: { map: MapLibreMap; firstIdleMs?: number };
    /** The editor's map and drawing tool. */
    sitmapEditor?: { map: MapLibreMap; draw: TerraDraw };
  }
}

export const TEST_HOOKS_ATTRIBUTE = 'data-test-hooks';

export function exposeForTests<Key extends 'sitmap' | 'sitmapEditor'>(key: Key, value: Window[Key]): void {
  if (document.documentElement.hasAttribute(TEST_HOOKS_ATTRIBUTE)) (window as Pick<Window, Key>)[key] = value;
}
