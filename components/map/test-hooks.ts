// Handles on live maps for the browser tests and the benchmark, set on `window` only in a test build
// (`npm run build:test`, which sets NEXT_PUBLIC_SITMAP_TEST_HOOKS=1 and Next inlines); a production build
// leaves the variable unset, so exposeForTests sets nothing there.
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

export function exposeForTests<Key extends 'sitmap' | 'sitmapEditor'>(key: Key, value: Window[Key]): void {
  if (process.env.NEXT_PUBLIC_SITMAP_TEST_HOOKS === '1') (window as Pick<Window, Key>)[key] = value;
}
