import { expect, test } from '@playwright/test';
import { kindLayerIds } from '../lib/map/item-layers';
import { clickLngLat, findItem, waitForIdle, waitForMap } from './map';

const DNIPRO: [number, number] = [35.0005, 48.4366];

test('the map renders the seeded items on the offline basemap', async ({ page }, testInfo) => {
  await page.goto('/');
  const firstIdleMs = await waitForMap(page);
  console.log(`first map idle after ${Math.round(firstIdleMs)} ms (1280x800, software WebGL)`);
  testInfo.annotations.push({ type: 'first-idle-ms', description: String(Math.round(firstIdleMs)) });
  await expect(page.getByRole('heading', { name: /Items by date \(12\)/ })).toBeVisible();
  const drawnKinds = await page.evaluate(() =>
    [...new Set(window.sitmap!.map.queryRenderedFeatures().map((f) => f.properties?.kind).filter(Boolean))].sort(),
  );
  expect(drawnKinds).toEqual(['diplomatic_contact', 'exercise_area', 'front_line', 'political_event', 'strike', 'troop_deployment']);
});

test('unchecking a kind in the legend hides it from the map and the list', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await page.getByRole('checkbox', { name: /^Strike/ }).uncheck();
  await expect(page.locator('.item-list')).not.toContainText('Dnipro');
  await waitForIdle(page);
  const strikeLayers = Object.values(kindLayerIds('strike'));
  const renderedStrikes = await page.evaluate(
    (layers) => window.sitmap!.map.queryRenderedFeatures({ layers }).length,
    strikeLayers,
  );
  expect(renderedStrikes).toBe(0);
  await expect(page).toHaveURL(/hide=strike/);
});

test('clicking the Dnipro strike on the map shows its excerpt', async ({ page }) => {
  await page.goto('/?view=35,48.4,5');
  await waitForMap(page);
  await clickLngLat(page, DNIPRO);
  const detail = page.locator('article.detail');
  await expect(detail.getByRole('heading', { name: /Pivdenmash plant, Dnipro/ })).toBeVisible();
  await expect(detail.locator('blockquote').first()).toContainText('le tir le 21 novembre par l’armée russe');
  await expect(detail.locator('blockquote').first()).toHaveAttribute('lang', 'fr');
  await expect(detail).toContainText('21 Nov 2024');
  await expect(page).toHaveURL(/item=\d+/);
});

test('clicking Syria shows its context from the article', async ({ page }) => {
  await page.goto('/?view=39,35,5');
  await waitForMap(page);
  await clickLngLat(page, [40.2, 34.9]);
  const detail = page.locator('article.detail');
  await expect(detail.getByRole('heading', { name: 'Syria' })).toBeVisible();
  await expect(detail.locator('blockquote').first()).toContainText('perd du terrain');
  await expect(detail.locator('.item-list')).toContainText('Rebel offensive in northwest Syria');
  await expect(page).toHaveURL(/region=SYR/);
});

test('a theatre opens from the list with the items inside it', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await page.getByRole('button', { name: 'Eastern Mediterranean', exact: true }).click();
  const detail = page.locator('article.detail');
  await expect(detail.getByRole('heading', { name: 'Eastern Mediterranean' })).toBeVisible();
  await expect(detail.locator('.item-list')).toContainText('Russian exercises in the eastern Mediterranean');
});

test('"read in the article" opens the article with the excerpt highlighted', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await page.getByRole('button', { name: /Russian exercises in the eastern Mediterranean/ }).click();
  await expect(page.locator('article.detail')).toContainText('Exact dates unknown (announced 3 Dec 2024)');
  await page.getByRole('link', { name: 'Read in the article' }).nth(1).click();
  const target = page.locator('mark.excerpt-target');
  await expect(target).toContainText('hypersoniques Zirkon');
  await expect(target.first()).toBeInViewport();
  await expect(page.locator('.article-text')).toHaveAttribute('lang', 'fr');
});

test('"back to the map" from the article returns to the item', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await page.getByRole('button', { name: /Russian exercises in the eastern Mediterranean/ }).click();
  await page.getByRole('link', { name: 'Read in the article' }).nth(1).click();
  await expect(page.locator('mark.excerpt-target').first()).toBeVisible();
  await page.getByRole('link', { name: /Back to the map/ }).click();
  await expect(page.locator('article.detail')).toContainText('Russian exercises');
});

test('a permalink restores the selection and the view', async ({ page, request }) => {
  const strike = await findItem(request, 'Dnipro');
  await page.goto(`/?item=${strike.id}&view=35.0000,48.4000,6.00`);
  await waitForMap(page);
  await expect(page.locator('article.detail').getByRole('heading', { name: /Dnipro/ })).toBeVisible();
  await waitForIdle(page);
  const zoom = await page.evaluate(() => window.sitmap!.map.getZoom());
  expect(zoom).toBeGreaterThan(4);
  await page.reload();
  await waitForMap(page);
  await expect(page.locator('article.detail').getByRole('heading', { name: /Dnipro/ })).toBeVisible();
});

test('back after "All items" reopens the selection', async ({ page, request }) => {
  const strike = await findItem(request, 'Dnipro');
  await page.goto(`/?item=${strike.id}&view=35.0000,48.4000,6.00`);
  await waitForMap(page);
  await expect(page.locator('article.detail').getByRole('heading', { name: /Dnipro/ })).toBeVisible();
  await page.getByRole('button', { name: '← All items' }).click();
  await expect(page.getByRole('heading', { name: /Items by date/ })).toBeVisible();
  await page.goBack();
  await expect(page.locator('article.detail').getByRole('heading', { name: /Dnipro/ })).toBeVisible();
});

test('the panel becomes a bottom sheet at phone width', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await waitForMap(page);
  const panel = await page.locator('aside.panel').boundingBox();
  expect(panel!.y).toBeGreaterThan(400);
  expect(panel!.width).toBeCloseTo(390, 0);
  await page.screenshot({ path: 'test-results/phone.png' });
});

test('an unknown item says so instead of failing', async ({ page }) => {
  await page.goto('/?item=99999');
  await expect(page.locator('.panel [role=alert]')).toContainText('Item 99999 does not exist');
});

test('an unknown region says so instead of failing', async ({ page }) => {
  await page.goto('/?region=XXX');
  await expect(page.locator('.panel [role=alert]')).toContainText('No region with id XXX');
});
