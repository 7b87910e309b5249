// Fixtures for driving the MapLibre map from Playwright: wait for data, click a place by coordinates.
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { ItemCollection, ItemFeature } from '../lib/items/types';

/** Waits for the first `idle` and for the items to be drawn; returns the first-idle time in ms. */
export async function waitForMap(page: Page): Promise<number> {
  await page.waitForFunction(() => window.sitmap?.firstIdleMs !== undefined, null, { timeout: 45_000 });
  await page.waitForFunction(
    () => {
      const map = window.sitmap?.map;
      return !!map && !!map.getSource('items') && map.querySourceFeatures('items').length > 0 && map.loaded();
    },
    null,
    { timeout: 45_000 },
  );
  return page.evaluate(() => window.sitmap!.firstIdleMs!);
}

/**
 * Waits for the first `idle` and for the item source and its layers (wherever the camera is, with
 * or without items in view), then for the camera to stop and every tile to be drawn.
 */
export async function waitForBasemap(page: Page): Promise<void> {
  await page.waitForFunction(() => window.sitmap?.firstIdleMs !== undefined && !!window.sitmap.map.getSource('items'), null, { timeout: 45_000 });
  await waitForIdle(page);
}

/** Waits until the camera has stopped and tiles are drawn. */
export async function waitForIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = window.sitmap?.map;
    return !!map && !map.isMoving() && map.loaded() && map.areTilesLoaded();
  }, null, { timeout: 30_000 });
}

/** Clicks the map with the mouse at a longitude/latitude, projected to pixels by the map itself. */
export async function clickLngLat(page: Page, lngLat: [number, number]): Promise<void> {
  await waitForIdle(page);
  const point = await page.evaluate((ll) => window.sitmap!.map.project(ll), lngLat);
  const box = await page.locator('.map canvas').boundingBox();
  expect(box).not.toBeNull();
  await page.mouse.click(box!.x + point.x, box!.y + point.y);
}

export async function findItem(request: APIRequestContext, titleFragment: string): Promise<ItemFeature> {
  const collection = (await (await request.get('/api/items')).json()) as ItemCollection;
  const item = collection.features.find((f) => f.properties.title.includes(titleFragment));
  expect(item, `an item whose title contains "${titleFragment}"`).toBeDefined();
  return item!;
}
