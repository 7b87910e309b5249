// Following the situation in the browser: a reader's open dashboard shows an admin's save by itself
// (server-sent events), the comparison of two moments on the map, "Follow this view", and the
// webhooks page. In the admin project: these journeys add and change items.
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { EditorItem } from '../lib/items/schema';
import { api, createItem, signIn } from './admin';
import { expectNoViolations } from './axe';
import { noteWhenTitleAppears, titleSeenAt } from './live';
import { waitForIdle, waitForMap } from './map';

/** A signed-in admin in a browser context of its own (its own cookies), as a second person would be. */
async function adminPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await signIn(page);
  return page;
}

async function openDashboard(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.getByRole('heading', { name: /^(Items by date|Éléments par date) \(\d+\)$/ })).toBeVisible();
}

test('a reader’s open dashboard shows an admin’s save within 2 seconds, without reloading', async ({ page, browser }) => {
  const admin = await adminPage(browser);
  await openDashboard(page);
  // A reload would wipe this mark; the URL's own updates (the camera in ?view=) are not reloads.
  await page.evaluate(() => Object.assign(window, { sitmapNotReloaded: true }));

  const title = `Saved while a reader watches ${Date.now()}`;
  await noteWhenTitleAppears(page, title);
  await createItem(admin, { title });
  const saved = Date.now();
  await expect(page.getByRole('button', { name: new RegExp(title) })).toBeVisible({ timeout: 10_000 });
  const seenAt = await titleSeenAt(page);
  console.log(`live update shown ${seenAt! - saved} ms after the save answered`);
  expect(seenAt! - saved).toBeLessThan(2_000);
  expect(await page.evaluate(() => (window as unknown as { sitmapNotReloaded?: boolean }).sitmapNotReloaded)).toBe(true);
  await admin.context().close();
});

test('comparing two moments shows what the map learned: the edit, its fields, and the ground gained and lost', async ({ page, browser }) => {
  const admin = await adminPage(browser);
  const square = (west: number, south: number) => ({
    type: 'Polygon' as const,
    coordinates: [[[west, south], [west + 0.6, south], [west + 0.6, south + 0.4], [west, south + 0.4], [west, south]]],
  });
  const area = await createItem(admin, { title: 'Ground held south of Kupiansk', kind: 'front_line', geometry: square(37.4, 49.3), actors: ['Russian Armed Forces'] });
  const since = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 50));
  const moved = await api<EditorItem>(admin, 'PUT', `/api/items/${area.id}`, { ...area.input, version: area.version, geometry: square(37.7, 49.3) });
  expect(moved.status).toBe(200);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const until = new Date().toISOString();

  await page.goto(`/?since=${since}&until=${until}&time=knowledge&view=37.85,49.5,7.5`);
  await waitForMap(page);
  const panel = page.locator('.compare');
  await expect(panel.getByRole('heading', { name: '1 change' })).toBeVisible();
  await expect(panel.getByText('Changed: shape or place')).toBeVisible();
  await expect(panel.locator('li', { hasText: 'Ground gained' })).toContainText(/Front line \/ ground held, Russian Armed Forces: [\d,]+ km²/);
  await expect(panel.locator('li', { hasText: 'Ground lost' })).toContainText(/[\d,]+ km²/);
  const legend = page.locator('.change-overlay');
  await expect(legend.getByRole('heading')).toContainText('What the map learned between');
  await expect(legend).toContainText('Ground gained');
  const drawn = await page.evaluate(() => window.sitmap!.map.querySourceFeatures('changes').map((f) => f.properties.change as string));
  expect([...new Set(drawn)].sort()).toEqual(['edited', 'gained', 'lost']);
  await waitForIdle(page);
  // Kept out of docs/ so a test run never changes a tracked file; docs/compare.png is a copy of it.
  await page.screenshot({ path: 'test-results/compare.png' });
  await expectNoViolations(page);

  await legend.getByRole('button', { name: 'Stop comparing' }).click();
  await expect(legend).toHaveCount(0);
  expect(new URL(page.url()).searchParams.has('since')).toBe(false);
  await admin.context().close();
});

test('the comparison form refuses B before A and works from the keyboard, on event time', async ({ page }) => {
  await openDashboard(page);
  await page.getByText('Compare two moments').click();
  await page.getByLabel('A (from)').fill('2024-12-31');
  await page.getByLabel('B (to)').fill('2024-11-01');
  await page.getByLabel('B (to)').press('Enter');
  await expect(page.locator('.compare [role="alert"]')).toHaveText('A must be before B.');
  await page.getByLabel('A (from)').fill('2024-11-01');
  await page.getByLabel('B (to)').fill('2024-11-30');
  await page.getByLabel('what happened (event time)').check();
  await page.getByRole('button', { name: 'Show changes' }).press('Enter');
  await expect(page).toHaveURL(/since=2024-11-01&until=2024-11-30&time=event/);
  await expect(page.locator('.change-overlay h2')).toHaveText('What happened between 1 Nov 2024 and 30 Nov 2024 (event time).');
  await expect(page.locator('.compare .change-list li').first()).toContainText('Began');
  await expectNoViolations(page);
});

test('“Follow this view” links to the Atom and JSON feeds of the current filters', async ({ page }) => {
  await openDashboard(page, '?status=confirmed&lang=fr');
  await page.getByText('Suivre cette vue').click();
  const atom = page.getByRole('link', { name: 'Flux Atom' });
  const json = page.getByRole('link', { name: 'Flux JSON Feed' });
  await expect(atom).toHaveAttribute('href', '/feed.atom?status=confirmed&lang=fr');
  await expect(json).toHaveAttribute('href', '/feed.json?status=confirmed&lang=fr');
  const feed = await page.request.get('/feed.json?status=confirmed&lang=fr');
  expect(feed.headers()['content-type']).toBe('application/feed+json; charset=utf-8');
  const items = ((await feed.json()) as { items: Array<{ _sitmap: { status: string } }> }).items;
  expect(items.length).toBeGreaterThan(0);
  expect(items.every((item) => item._sitmap.status === 'confirmed')).toBe(true);
  await expectNoViolations(page);
});

test('the webhooks page refuses an address that is not http(s) or is private, with the reason, and has no WCAG violations', async ({ page }) => {
  await signIn(page);
  await page.getByRole('link', { name: 'Webhooks' }).click();
  await expect(page.getByRole('heading', { name: 'Webhooks', level: 1 })).toBeVisible();
  await expectNoViolations(page);
  const url = page.getByLabel('Address to send changes to');
  await url.fill('ftp://example.org/hook');
  await page.getByRole('button', { name: 'Add webhook' }).click();
  await expect(page.locator('.field-error')).toHaveText('The address must start with http:// or https://');
  await url.fill('http://127.0.0.1:9/hook');
  await page.getByRole('button', { name: 'Add webhook' }).click();
  await expect(page.locator('.field-error')).toContainText('private or reserved address');
  await expect(page.getByText('No webhook yet.')).toBeVisible();
  await expectNoViolations(page);
});
