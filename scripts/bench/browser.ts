// Browser timings for `npm run bench`: the dashboard in headless Chromium (software WebGL here), from
// navigation to its data and its map being ready, in a fresh browser context per run (nothing cached).
// Software WebGL is slow, so what counts is when the data is there, not frames per second.
import { chromium } from '@playwright/test';
import { findChromium } from '../../e2e/chromium-path.cjs';
import type { ItemSourceMode } from '@/components/map/item-source';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Milliseconds since navigation start, one value per run. */
export interface MapLoadTimings {
  /** The item collection (/api/items) has arrived: what the GeoJSON source waits for. */
  itemsJson: number[];
  /** The first item tile has arrived (tiles mode only). */
  firstTile: number[];
  /** The map's first `idle` (basemap drawn). */
  firstIdle: number[];
  /** The map is loaded and its item source has features (items or clusters) to draw. */
  itemsDrawn: number[];
}

/** Loads `url` `runs` times at the given size and collects when each stage was reached. */
export async function measureMapLoad(url: string, viewport: { width: number; height: number }, mode: ItemSourceMode, runs: number): Promise<MapLoadTimings> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  const timings: MapLoadTimings = { itemsJson: [], firstTile: [], firstIdle: [], itemsDrawn: [] };
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'commit' });
      // Polled every animation frame; the first frame where the items are there is kept.
      await page.waitForFunction(
        (sourceMode) => {
          const map = window.sitmap?.map;
          const layers = sourceMode === 'tiles' ? ['items', 'clusters'] : [undefined];
          const drawn =
            !!map &&
            !!map.getSource('items') &&
            map.loaded() &&
            layers.some((sourceLayer) => map.querySourceFeatures('items', sourceLayer ? { sourceLayer } : {}).length > 0);
          const marks = window as unknown as { itemsDrawnAt?: number };
          if (drawn) marks.itemsDrawnAt ??= performance.now();
          return drawn && window.sitmap?.firstIdleMs !== undefined;
        },
        mode,
        { polling: 'raf', timeout: 180_000 },
      );
      const stages = await page.evaluate(() => {
        const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const ends = (part: string) => resources.filter((entry) => new URL(entry.name).pathname.startsWith(part)).map((entry) => entry.responseEnd);
        const [items, tiles] = [ends('/api/items'), ends('/api/tiles/')];
        return {
          itemsJson: items.length ? Math.max(...items) : Number.NaN,
          firstTile: tiles.length ? Math.min(...tiles) : Number.NaN,
          firstIdle: window.sitmap!.firstIdleMs!,
          itemsDrawn: (window as unknown as { itemsDrawnAt: number }).itemsDrawnAt,
        };
      });
      for (const key of Object.keys(timings) as Array<keyof MapLoadTimings>) timings[key].push(stages[key]);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return timings;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One markdown row: the median of each stage and every run's value. */
export function timingRow(what: string, timings: MapLoadTimings): string {
  const cell = (values: number[]) =>
    values.every(Number.isNaN) ? '—' : `${(median(values) / 1000).toFixed(2)} s (${values.map((v) => (v / 1000).toFixed(2)).join(', ')})`;
  return `| ${what} | ${cell(timings.itemsJson)} | ${cell(timings.firstTile)} | ${cell(timings.firstIdle)} | ${cell(timings.itemsDrawn)} |`;
}

export const TIMING_HEADER = '| page | /api/items arrived | first tile arrived | first map `idle` | items drawn |\n|---|---:|---:|---:|---:|';
