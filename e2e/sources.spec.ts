// The reader's view of the sources: the Sources panel, filtering by an article, the reader's links
// back to the map, how well an item is supported and the "Corroborated only" filter.
import { expect, test, type APIRequestContext } from '@playwright/test';
import type { ItemCollection } from '../lib/items/types';
import type { SourceList } from '../lib/sources/schema';
import { expectNoViolations } from './axe';
import { waitForMap } from './map';

async function sources(request: APIRequestContext): Promise<SourceList['sources']> {
  return ((await (await request.get('/api/sources')).json()) as SourceList).sources;
}

async function items(request: APIRequestContext): Promise<ItemCollection['features']> {
  return ((await (await request.get('/api/items')).json()) as ItemCollection).features;
}

test('the Sources panel lists every article with its outlet and how many items cite it', async ({ page, request }) => {
  const expected = await sources(request);
  expect(expected.length).toBeGreaterThanOrEqual(3);
  await page.goto('/');
  await waitForMap(page);
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  await expect(page).toHaveURL(/tab=sources/);
  const entries = page.locator('.source-entry');
  await expect(entries).toHaveCount(expected.length);
  for (const [index, source] of expected.entries()) {
    await expect(entries.nth(index).getByRole('heading', { level: 3 })).toHaveText(source.title);
    await expect(entries.nth(index).locator('.source-meta')).toContainText(source.outlet);
    await expect(entries.nth(index).locator('.source-meta')).toContainText(source.itemCount === 1 ? 'cited by 1 item' : `cited by ${source.itemCount} items`);
  }
  await expectNoViolations(page);
});

test('showing only an article’s items filters the map and the list by that source', async ({ page, request }) => {
  const [, second] = await sources(request);
  const citing = (await items(request)).filter((item) => item.properties.sourceIds.includes(second.id));
  expect(citing.length).toBeGreaterThan(0);
  await page.goto('/?tab=sources');
  await waitForMap(page);
  await page.locator('.source-entry').nth(1).getByRole('button', { name: 'Show only its items' }).click();
  await expect(page).toHaveURL(new RegExp(`source=${second.id}(&|$)`));
  await expect(page.locator('.source-filter-note')).toContainText(second.title);
  await page.getByRole('button', { name: 'Items', exact: true }).click();
  await expect(page.getByRole('heading', { name: `Items by date (${citing.length})` })).toBeVisible();
  // The map draws only those items (the ones in view of them: the source holds what the camera covers).
  const citingIds = citing.map((item) => item.id);
  const drawnOutside = () =>
    page.evaluate((ids) => {
      const drawn = [...new Set(window.sitmap!.map.querySourceFeatures('items').map((f) => Number(f.id)))];
      return { drawn: drawn.length, outside: drawn.filter((id) => !ids.includes(id)) };
    }, citingIds);
  await expect.poll(drawnOutside).toEqual({ drawn: expect.any(Number), outside: [] });
  expect((await drawnOutside()).drawn).toBeGreaterThan(0);
});

test('what an article added lists the items it created, each opening on the map', async ({ page, request }) => {
  const [first] = await sources(request);
  const detail = await (await request.get(`/api/sources/${first.id}`)).json();
  expect(detail.added.length).toBeGreaterThan(0);
  await page.goto('/?tab=sources');
  await waitForMap(page);
  const entry = page.locator('.source-entry').first();
  await entry.getByText('What this article added').click();
  const created = entry.locator('.source-contribution > div').first();
  await expect(created.getByRole('heading', { name: `Items it created (${detail.added.length})` })).toBeVisible();
  await created.getByRole('button').first().click();
  await expect(page).toHaveURL(new RegExp(`item=${detail.added[0]}(&|$)`));
  await expect(page.locator('article.detail')).toBeVisible();
});

test('the reader links a highlighted excerpt back to its item on the map', async ({ page }) => {
  await page.goto('/article/1');
  const link = page.locator('.excerpt-item-link').first();
  const label = await link.getAttribute('aria-label');
  await link.click();
  await expect(page).toHaveURL(/[?&]item=\d+/);
  const title = label!.replace(/^Show “(.*)” on the map$/, '$1');
  await expect(page.locator('article.detail').getByRole('heading', { name: title, level: 2 })).toBeVisible();
});

test('an item cited by several outlets groups its quotes by source and counts the outlets', async ({ page, request }) => {
  const item = (await items(request)).find((feature) => feature.properties.support.level === 'corroborated');
  expect(item, 'a seeded item corroborated by two outlets').toBeDefined();
  const { outlets, sourceIds, support } = item!.properties;
  await page.goto(`/?item=${item!.id}`);
  const detail = page.locator('article.detail');
  await expect(detail.locator('.support-line')).toContainText(`Supported by ${support.outlets} independent outlets`);
  await expect(detail.locator('.source-group')).toHaveCount(sourceIds.length);
  for (const outlet of outlets) await expect(detail.locator('.source-group-title', { hasText: outlet }).first()).toBeVisible();
  await expectNoViolations(page);
});

test('“Corroborated only” keeps the items supported by two outlets, and the list marks the others', async ({ page, request }) => {
  const all = await items(request);
  const corroborated = all.filter((item) => item.properties.support.level === 'corroborated');
  expect(corroborated.length).toBeLessThan(all.length);
  await page.goto('/');
  await waitForMap(page);
  await expect(page.locator('.item-list .support-badge').first()).toBeVisible();
  await page.getByRole('checkbox', { name: 'Corroborated only' }).check();
  await expect(page).toHaveURL(/support=corroborated/);
  await expect(page.getByRole('heading', { name: `Items by date (${corroborated.length})` })).toBeVisible();
  await expect(page.locator('.item-list .support-badge')).toHaveCount(0);
});
