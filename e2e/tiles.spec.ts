// The dashboard above the tiles threshold, forced on the seeded database with ?itemSource=tiles: the
// map's tiles carry the dashboard's filters, and the list is a page of the items in view.
import { expect, test, type Page } from '@playwright/test';
import { interactiveItemLayerIds } from '../lib/map/item-layers';
import { waitForIdle } from './map';

// Ukraine and the Levant at zoom 4: the Dnipro strike, Moscow and Syria are in view, Washington is not.
const UKRAINE_VIEW = '/?itemSource=tiles&view=35,48,4';

/** Titles of the items the map draws, from the tiles' per-kind layers. */
function renderedTitles(page: Page): Promise<string[]> {
  return page.evaluate((layers) => {
    const map = window.sitmap!.map;
    const drawn = map.queryRenderedFeatures({ layers: layers.filter((id) => map.getLayer(id)) });
    return [...new Set(drawn.map((feature) => String(feature.properties.title)))].sort();
  }, interactiveItemLayerIds());
}

/** Kinds and titles the loaded tiles hold, whatever the layers' visibility: what the server sent. */
function tileContents(page: Page): Promise<{ kinds: string[]; titles: string[] }> {
  return page.evaluate(() => {
    const features = window.sitmap!.map.querySourceFeatures('items', { sourceLayer: 'items' });
    return {
      kinds: [...new Set(features.map((feature) => String(feature.properties.kind)))].sort(),
      titles: [...new Set(features.map((feature) => String(feature.properties.title)))].sort(),
    };
  });
}

async function waitForTileItems(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = window.sitmap?.map;
    return !!map?.getSource('items') && map.querySourceFeatures('items', { sourceLayer: 'items' }).length > 0;
  }, null, { timeout: 45_000 });
  await waitForIdle(page);
}

test('in tiles mode the list is the page of items in view, with their count, and follows the map', async ({ page }) => {
  await page.goto(UKRAINE_VIEW);
  await waitForTileItems(page);

  const list = page.locator('.item-list');
  await expect(page.getByRole('heading', { name: /^Items in view \(\d+\)$/ })).toBeVisible();
  await expect(list).toContainText('Dnipro');
  await expect(list).not.toContainText('Trump');
  await expect(page.locator('.page-note')).toContainText('the map draws every item matching the filters');
  const inView = await list.getByRole('button').count();
  await expect(page.getByRole('heading', { name: `Items in view (${inView})` })).toBeVisible();
  expect(await renderedTitles(page)).toEqual(expect.arrayContaining([expect.stringContaining('Dnipro')]));
  await page.screenshot({ path: 'test-results/tiles-dashboard.png' });

  await page.evaluate(() => window.sitmap!.map.jumpTo({ center: [-77.03, 38.9], zoom: 6 }));

  await expect(list).toContainText('Trump');
  await expect(list).not.toContainText('Dnipro');
});

test('in tiles mode unchecking a kind takes it out of the tiles, the map and the list', async ({ page }) => {
  await page.goto(UKRAINE_VIEW);
  await waitForTileItems(page);
  expect((await tileContents(page)).kinds).toContain('strike');

  await page.getByRole('checkbox', { name: /^Strike/ }).uncheck();

  await expect(page).toHaveURL(/hide=strike/);
  await expect(page.locator('.item-list')).not.toContainText('Dnipro');
  // New tiles (asked with kind=… but strike) replace the old ones in the same source.
  await expect.poll(async () => (await tileContents(page)).kinds, { timeout: 30_000 }).not.toContain('strike');
  expect(await page.evaluate(() => (window.sitmap!.map.getStyle().sources.items as { tiles: string[] }).tiles[0])).toMatch(/kind=[a-z_,]+/);
  await waitForIdle(page);
  expect((await tileContents(page)).kinds.length).toBeGreaterThan(0);
  expect(await renderedTitles(page)).not.toEqual(expect.arrayContaining([expect.stringContaining('Dnipro')]));
});

test('in tiles mode narrowing the time range takes the later items off the map', async ({ page }) => {
  await page.goto(UKRAINE_VIEW);
  await waitForTileItems(page);
  expect(await renderedTitles(page)).toEqual(expect.arrayContaining([expect.stringContaining('Dnipro')]));

  // The range's end to its first day: before the Dnipro strike of 21 November 2024.
  await page.getByRole('slider', { name: 'To' }).press('Home');

  await expect(page).toHaveURL(/to=2024-(10-\d\d|11-(0\d|1\d|20))/);
  await expect(page.locator('.panel-body')).not.toContainText('Dnipro');
  await expect.poll(async () => (await tileContents(page)).titles, { timeout: 30_000 }).not.toEqual(
    expect.arrayContaining([expect.stringContaining('Dnipro')]),
  );
  await waitForIdle(page);
  expect(await renderedTitles(page)).not.toEqual(expect.arrayContaining([expect.stringContaining('Dnipro')]));
});

test('in tiles mode "as known on" says the map cannot show the past', async ({ page }) => {
  await page.goto(`${UKRAINE_VIEW}&asof=2024-11-28`);

  await expect(page.locator('.as-of-banner')).toContainText('At this scale the map cannot be rebuilt from history');
});
