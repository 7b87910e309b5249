// Browser timings for `npm run bench`: the dashboard in headless Chromium (software WebGL here), from
// navigation to its data and its map being ready, in a fresh browser context per run (nothing cached).
// Software WebGL is slow, so what counts is when the data is there, not frames per second.
import { chromium, type Browser, type Request } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/chromium-path.cjs';
import type { ItemSourceMode } from '@/lib/map/item-source';

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

/** A page to time, and which item source its map uses (what "items drawn" waits for). */
export interface MapPage {
  url: string;
  mode: ItemSourceMode;
}

/**
 * Loads each page `runs` times at the given size, in one browser, a fresh context per load, and
 * collects when each stage was reached (one MapLoadTimings per page). The pages alternate, in
 * reverse order every other round (A B, B A, ...), so drifting load on the machine hits them alike;
 * `warmUp` first loads each page once uncounted (the server's first answers are slower).
 */
export async function measureMapLoads(
  pages: MapPage[],
  viewport: { width: number; height: number },
  runs: number,
  { warmUp = false }: { warmUp?: boolean } = {},
): Promise<MapLoadTimings[]> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  const timings = pages.map((): MapLoadTimings => ({ itemsJson: [], firstTile: [], firstIdle: [], itemsDrawn: [] }));
  try {
    if (warmUp) for (const page of pages) await loadOnce(browser, page, viewport);
    for (let run = 0; run < runs; run++) {
      const order = pages.map((_, i) => i);
      if (run % 2 === 1) order.reverse();
      for (const i of order) {
        const stages = await loadOnce(browser, pages[i], viewport);
        for (const key of Object.keys(stages) as Array<keyof MapLoadTimings>) timings[i][key].push(stages[key]);
      }
    }
  } finally {
    await browser.close();
  }
  return timings;
}

/** One page load in a fresh context: when each stage was reached (NaN: not within PAGE_TIMEOUT_MS). */
async function loadOnce(browser: Browser, { url, mode }: MapPage, viewport: { width: number; height: number }): Promise<Record<keyof MapLoadTimings, number>> {
  const context = await browser.newContext({ viewport });
  try {
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
    return { itemsJson: firstEnd('/api/items'), firstTile: firstEnd('/api/tiles/'), ...marks };
  } finally {
    await context.close();
  }
}

// NaN (not reached) sorts last, as the slowest.
const sorted = (values: number[]) => [...values].sort((a, b) => (Number.isNaN(a) ? 1 : Number.isNaN(b) ? -1 : a - b));
const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)];
const max = (values: number[]) => sorted(values)[values.length - 1];
const seconds = (ms: number) => (Number.isNaN(ms) ? `> ${PAGE_TIMEOUT_MS / 1000} s` : `${(ms / 1000).toFixed(2)} s`);

/** One markdown row: the median and the maximum of each stage, and every run's value. */
export function timingRow(what: string, timings: MapLoadTimings, notApplicable: Array<keyof MapLoadTimings> = []): string {
  const cell = (key: keyof MapLoadTimings) =>
    notApplicable.includes(key) ? '—' : `${seconds(median(timings[key]))}, max ${seconds(max(timings[key]))} (${timings[key].map(seconds).join(', ')})`;
  return `| ${what} | ${cell('itemsJson')} | ${cell('firstTile')} | ${cell('firstIdle')} | ${cell('itemsDrawn')} |`;
}

export const TIMING_HEADER = '| page | /api/items arrived | first item tile arrived | first map `idle` | items drawn |\n|---|---:|---:|---:|---:|';
