// Browser timings for `npm run bench`: the dashboard in headless Chromium (software WebGL here), from
// navigation to its data and its map being ready, in a fresh browser context per run (nothing cached).
// Software WebGL is slow, so what counts is when the data is there, not frames per second.
import { chromium, type Request } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/chromium-path.cjs';
import type { ItemSourceMode } from '@/components/map/item-source';

/** How long one page load may take before its unreached stages count as not reached. */
const PAGE_TIMEOUT_MS = 120_000;

/** Milliseconds since navigation start, one value per run (NaN: not reached within PAGE_TIMEOUT_MS). */
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
      const finished: Request[] = [];
      page.on('requestfinished', (request) => finished.push(request));
      await page.goto(url, { waitUntil: 'commit' });
      // Polled every animation frame; the first frame where the items are there is kept. A stage not
      // reached within PAGE_TIMEOUT_MS is reported as such (NaN), with the stages that were.
      const ready = page.waitForFunction(
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
        { polling: 'raf', timeout: PAGE_TIMEOUT_MS },
      );
      await ready.catch((error: unknown) => {
        if (!(error instanceof Error && error.name === 'TimeoutError')) throw error;
      });
      // Network times from Playwright (MapLibre fetches tiles in a web worker, out of the page's
      // resource timings): the first response of each kind, since navigation start.
      const timeOrigin = await page.evaluate(() => performance.timeOrigin);
      const firstEnd = (part: string) => {
        const ends = finished.filter((request) => new URL(request.url()).pathname.startsWith(part)).map((request) => {
          const timing = request.timing();
          return timing.startTime + timing.responseEnd - timeOrigin;
        });
        return ends.length ? Math.min(...ends) : Number.NaN;
      };
      const marks = await page.evaluate(() => ({
        firstIdle: window.sitmap?.firstIdleMs ?? Number.NaN,
        itemsDrawn: (window as unknown as { itemsDrawnAt?: number }).itemsDrawnAt ?? Number.NaN,
      }));
      const stages: Record<keyof MapLoadTimings, number> = { itemsJson: firstEnd('/api/items'), firstTile: firstEnd('/api/tiles/'), ...marks };
      for (const key of Object.keys(timings) as Array<keyof MapLoadTimings>) timings[key].push(stages[key]);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return timings;
}

// NaN (not reached) sorts last, as the slowest.
const median = (values: number[]) => [...values].sort((a, b) => (Number.isNaN(a) ? 1 : Number.isNaN(b) ? -1 : a - b))[Math.floor(values.length / 2)];
const seconds = (ms: number) => (Number.isNaN(ms) ? `> ${PAGE_TIMEOUT_MS / 1000} s` : `${(ms / 1000).toFixed(2)} s`);

/** One markdown row: the median of each stage and every run's value. */
export function timingRow(what: string, timings: MapLoadTimings, notApplicable: Array<keyof MapLoadTimings> = []): string {
  const cell = (key: keyof MapLoadTimings) =>
    notApplicable.includes(key) ? '—' : `${seconds(median(timings[key]))} (${timings[key].map(seconds).join(', ')})`;
  return `| ${what} | ${cell('itemsJson')} | ${cell('firstTile')} | ${cell('firstIdle')} | ${cell('itemsDrawn')} |`;
}

export const TIMING_HEADER = '| page | /api/items arrived | first tile arrived | first map `idle` | items drawn |\n|---|---:|---:|---:|---:|';
