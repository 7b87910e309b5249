// Render tests, the maplibre-gl-js habit: the basemap alone (overlays hidden) at three views, in English
// and French, compared pixel by pixel with the images committed under e2e/render/expected/. A changed
// basemap changes them on purpose only: `npm run test:render:update` rewrites them (RENDER_UPDATE=1);
// a normal run only compares, and leaves the actual image and the difference in test-results/.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { BASEMAP_SOURCE } from '../../lib/map/basemap-style';
import { waitForBasemap, waitForIdle } from '../map';

const EXPECTED_DIR = path.join(__dirname, 'expected');
const UPDATE = process.env.RENDER_UPDATE === '1';
/** Per-pixel colour distance pixelmatch tolerates (0-1), and the share of pixels that may differ. */
const PIXEL_THRESHOLD = 0.1;
const MAX_DIFFERENT_SHARE = 0.005;

const VIEWS = [
  { name: 'world-z1', view: '20,30,1' },
  { name: 'ukraine-z6', view: '33,48.5,6' },
  { name: 'dnipro-z9', view: '35.05,48.45,9' },
] as const;

// A fixed viewport, one browser at a time (playwright.config.ts), no animation: the same pixels each run.
test.use({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });

/** The map's canvas with only the basemap drawn, as a PNG. */
async function renderBasemap(page: Page): Promise<Buffer> {
  await page.evaluate((basemap) => {
    const map = window.sitmap!.map;
    for (const layer of map.getStyle().layers) {
      if ('source' in layer && layer.source !== basemap) map.setLayoutProperty(layer.id, 'visibility', 'none');
    }
  }, BASEMAP_SOURCE);
  await waitForIdle(page);
  // Read in the frame that drew it (the drawing buffer is not kept after the frame).
  const dataUrl = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const map = window.sitmap!.map;
        map.once('render', () => resolve(map.getCanvas().toDataURL('image/png')));
        map.triggerRepaint();
      }),
  );
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
}

for (const { name, view } of VIEWS) {
  for (const lang of ['en', 'fr'] as const) {
    test(`basemap ${name} in ${lang} matches its expected image`, async ({ page }, testInfo) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`/?view=${view}&lang=${lang}`);
      await waitForBasemap(page);
      const actual = await renderBasemap(page);
      const expectedFile = path.join(EXPECTED_DIR, `${name}-${lang}.png`);
      if (UPDATE) {
        fs.mkdirSync(EXPECTED_DIR, { recursive: true });
        fs.writeFileSync(expectedFile, actual);
        return;
      }
      expect(fs.existsSync(expectedFile), `${expectedFile} is missing: run npm run test:render:update`).toBe(true);
      const expected = PNG.sync.read(fs.readFileSync(expectedFile));
      const got = PNG.sync.read(actual);
      fs.writeFileSync(testInfo.outputPath(`${name}-${lang}-actual.png`), actual);
      expect([got.width, got.height]).toEqual([expected.width, expected.height]);
      const diff = new PNG({ width: got.width, height: got.height });
      const different = pixelmatch(expected.data, got.data, diff.data, got.width, got.height, { threshold: PIXEL_THRESHOLD });
      fs.writeFileSync(testInfo.outputPath(`${name}-${lang}-diff.png`), PNG.sync.write(diff));
      expect(different / (got.width * got.height), `${different} pixels differ (diff in ${testInfo.outputDir})`).toBeLessThanOrEqual(MAX_DIFFERENT_SHARE);
    });
  }
}
