import { expect, test } from '@playwright/test';
import type { EditorItem } from '../lib/items/schema';
import type { ItemCollection } from '../lib/items/types';
import { api, createItem, drawPolygon, fillItemForm, selectInPicker, signIn, SYRIAN_EXERCISE_ZONE, waitForEditorMap } from './admin';
import { waitForMap } from './map';

const { phrase: PHRASE, corners: CORNERS } = SYRIAN_EXERCISE_ZONE;

test('/admin asks to sign in, and a wrong password is refused', async ({ page }) => {
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await page.getByLabel('Account name').fill('admin');
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('form [role="alert"]')).toHaveText('No such account or wrong password');
});

test('draw a polygon, cite a selected passage, save: the public map and Syria’s context show it', async ({ page }) => {
  await signIn(page);
  await fillItemForm(page, SYRIAN_EXERCISE_ZONE);
  await drawPolygon(page, CORNERS);
  await expect(page.getByText('No shape yet.')).toBeHidden();
  await page.getByRole('tab', { name: 'Type coordinates' }).click();
  // Four corners, each within a few pixels of where it was clicked (the ring is closed for display).
  const typed = (await page.getByRole('textbox', { name: /One position per line/ }).inputValue()).split('\n').map((line) => line.split(', ').map(Number));
  expect(typed).toHaveLength(4);
  typed.forEach(([lng, lat], i) => {
    expect(Math.abs(lng - CORNERS[i][0])).toBeLessThan(0.05);
    expect(Math.abs(lat - CORNERS[i][1])).toBeLessThan(0.05);
  });

  await selectInPicker(page, PHRASE);
  await expect(page.getByText(`${PHRASE.length} characters selected`)).toBeVisible();
  await page.getByRole('button', { name: 'Cite the selection' }).click();
  await expect(page.locator('ol.cited q')).toHaveText([PHRASE]);

  await page.getByRole('button', { name: 'Create item' }).click();
  await expect(page).toHaveURL(/\/admin\/items\/\d+$/);
  const id = Number(new URL(page.url()).pathname.split('/').pop());

  const saved = (await (await page.request.get(`/api/items/${id}`)).json()) as ItemCollection['features'][number];
  expect(saved.geometry.type).toBe('Polygon');
  expect(saved.properties.excerpts.map((e) => e.text)).toEqual([PHRASE]);

  await page.goto(`/?item=${id}`);
  await waitForMap(page);
  const detail = page.locator('article.detail');
  await expect(detail.getByRole('heading', { name: 'E2E exercise zone in Syria' })).toBeVisible();
  await expect(detail.locator('blockquote').first()).toContainText(PHRASE);
  await expect.poll(() => page.evaluate((itemId) => window.sitmap!.map.querySourceFeatures('items').some((f) => f.properties.id === itemId), id)).toBe(true);

  await page.goto('/?region=SYR');
  await expect(page.locator('article.detail').getByRole('heading', { name: 'Syria' })).toBeVisible();
  await expect(page.locator('article.detail .item-list')).toContainText('E2E exercise zone in Syria');
});

test('a country or capital named in the article gives a starting point on the map', async ({ page }) => {
  await signIn(page);
  await page.goto('/admin/items/new?source=1');
  await waitForEditorMap(page);
  await page.getByRole('group', { name: 'Suggested countries' }).getByRole('button', { name: 'Syria' }).click();
  await expect(page.getByText('No shape yet.')).toBeHidden();
  // The article writes "Moscou": the capital's own point replaces the country's.
  await page.getByRole('group', { name: 'Suggested capitals' }).getByRole('button', { name: 'Moscow' }).click();
  await page.getByRole('tab', { name: 'Paste GeoJSON' }).click();
  await expect(page.getByRole('textbox', { name: /GeoJSON geometry/ })).toHaveValue(/"type": "Point",\s*"coordinates": \[\s*37\.61556,\s*55\.75222/);
});

test('an open public map picks up a new item without a reload', async ({ page, browser }) => {
  await page.goto('/');
  await waitForMap(page);
  const admin = await browser.newPage();
  await signIn(admin);
  const item = await createItem(admin, { title: 'E2E item appearing live' });
  await admin.close();
  await expect(page.locator('.item-list')).toContainText('E2E item appearing live', { timeout: 30_000 });
  expect(item.version).toBe(1);
});

test('a save from a stale page shows both versions, and the editor merges them', async ({ page, context }) => {
  await signIn(page);
  const item = await createItem(page, { title: 'E2E conflict original', summary: 'Original summary.' });
  const second = await context.newPage();
  await Promise.all([page.goto(`/admin/items/${item.id}`), second.goto(`/admin/items/${item.id}`)]);

  await page.getByLabel('Title').fill('E2E conflict: first editor’s title');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status')).toContainText('Saved as version 2');

  await second.getByLabel('Summary').fill('Second editor’s summary.');
  await second.getByRole('button', { name: 'Save changes' }).click();
  const conflict = second.locator('section.conflict');
  await expect(conflict).toContainText('Someone else saved this item (version 2)');
  await expect(conflict.getByRole('row', { name: /Title/ })).toContainText('E2E conflict: first editor’s title');
  await expect(conflict.getByRole('row', { name: /Summary/ })).toContainText('Second editor’s summary.');
  await second.screenshot({ path: 'test-results/admin-conflict.png', fullPage: true });

  await conflict.getByRole('row', { name: /Title/ }).getByRole('button', { name: 'Take theirs' }).click();
  await conflict.getByRole('button', { name: /Keep the form as it is/ }).click();
  await second.getByRole('button', { name: 'Save changes' }).click();
  await expect(second.getByRole('status')).toContainText('Saved as version 3');

  const merged = await (await page.request.get(`/api/items/${item.id}`)).json();
  expect(merged.properties.title).toBe('E2E conflict: first editor’s title');
  expect(merged.properties.summary).toBe('Second editor’s summary.');
});

test('delete takes an item off the public map; restore and the history bring it back', async ({ page }) => {
  await signIn(page);
  const item = await createItem(page, { title: 'E2E item to delete' });
  await page.goto(`/admin/items/${item.id}`);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Deleted');
  expect((await page.request.get(`/api/items/${item.id}`)).status()).toBe(404);

  await page.getByRole('button', { name: 'Restore it' }).click();
  await expect(page.getByRole('status')).toContainText('Restored');
  expect((await page.request.get(`/api/items/${item.id}`)).status()).toBe(200);

  await page.getByLabel('Title').fill('E2E item renamed');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status')).toContainText('Saved as version 4');

  await page.getByRole('link', { name: 'History', exact: true }).click();
  const entries = page.locator('ol.revisions > li');
  await expect(entries).toHaveCount(4);
  await expect(entries.nth(0)).toContainText('Edited');
  await expect(entries.nth(1)).toContainText('Restored');
  await expect(entries.nth(2)).toContainText('Deleted');
  await expect(entries.nth(3)).toContainText('Created');
  await page.screenshot({ path: 'test-results/admin-history.png', fullPage: true });
  await entries.nth(3).getByRole('button', { name: 'Restore this version' }).click();
  await expect(page.getByRole('status')).toContainText('Restored the version');
  await expect(entries).toHaveCount(5);
  const restored = await (await page.request.get(`/api/items/${item.id}`)).json();
  expect(restored.properties.title).toBe('E2E item to delete');
});

test('signing out closes /admin and the API', async ({ page }) => {
  await signIn(page);
  await page.screenshot({ path: 'test-results/admin-items.png', fullPage: true });
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await page.goto('/admin/items/new');
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  const refused = await api<{ error: { code: string } }>(page, 'POST', '/api/items', {});
  expect(refused.status).toBe(401);
});

test('script tags in stored text show as text on every page, never run', async ({ page }) => {
  const attack = '<script>window.__xss=1</script><img src=x onerror="window.__xss=1">';
  await signIn(page);
  const source = await api<{ id: number }>(page, 'POST', '/api/sources', {
    title: `Article ${attack}`,
    outlet: `Outlet ${attack}`,
    language: 'en',
    text: `Body ${attack} end.`,
  });
  expect(source.status).toBe(201);
  const excerpt = await api<{ id: number }>(page, 'POST', `/api/sources/${source.body.id}/excerpts`, {
    start: 5,
    end: 5 + attack.length,
    text: attack,
  });
  expect(excerpt.status).toBe(201);
  const item = (await api<EditorItem>(page, 'POST', '/api/items', {
    title: `Item ${attack}`,
    summary: attack,
    kind: 'strike',
    status: 'reported',
    geometry: { type: 'Point', coordinates: [30, 50] },
    locationPrecision: 'exact',
    startDate: '2024-12-01',
    datePrecision: 'day',
    actors: [attack],
    excerptIds: [excerpt.body.id],
  })).body;

  for (const path of [`/?item=${item.id}`, '/admin', `/admin/items/${item.id}`, `/admin/items/${item.id}/history`, `/article/${source.body.id}`]) {
    await page.goto(path);
    await expect(page.getByText(attack).first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), path).toBeUndefined();
    expect(await page.locator('img[src="x"]').count(), path).toBe(0);
  }
});

test('every page carries a nonce CSP, and neither map breaks it', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto('/');
  const csp = response!.headers()['content-security-policy'];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response!.headers()['x-content-type-options']).toBe('nosniff');
  expect(response!.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  await waitForMap(page);

  await signIn(page);
  await page.goto('/admin/items/new');
  await waitForEditorMap(page);
  await page.waitForFunction(() => window.sitmapEditor!.map.areTilesLoaded());
  expect(violations).toEqual([]);
});

test('"as of" shows the map as it was known: earlier versions, later items absent', async ({ page }) => {
  await signIn(page);
  const item = await createItem(page, { title: 'E2E as-of first title' });
  const edited = await api<EditorItem>(page, 'PUT', `/api/items/${item.id}`, { ...item.input, title: 'E2E as-of second title', version: item.version });
  expect(edited.status).toBe(200);
  // The server's own clock: a millisecond before each write, its revision was not yet known.
  const justBefore = (iso: string) => new Date(Date.parse(iso) - 1).toISOString();
  const [beforeCreate, beforeEdit] = [justBefore(item.updatedAt), justBefore(edited.body.updatedAt)];

  await page.goto(`/?asof=${encodeURIComponent(beforeEdit)}`);
  await waitForMap(page);
  await expect(page.locator('.as-of-banner')).toContainText('The map as it was known on');
  await expect(page.locator('.item-list')).toContainText('E2E as-of first title');
  await expect(page.locator('.item-list')).not.toContainText('E2E as-of second title');

  await page.goto(`/?asof=${encodeURIComponent(beforeCreate)}`);
  await waitForMap(page);
  await expect(page.locator('.item-list')).toContainText('Dnipro');
  await expect(page.locator('.item-list')).not.toContainText('E2E as-of');

  await page.getByLabel('As known on').fill('2000-01-01T00:00');
  await expect(page).toHaveURL(/asof=2000-01-01T00%3A00%3A00Z|asof=2000-01-01T00:00:00Z/);
  await expect(page.getByText('Nothing had been recorded yet at that moment.')).toBeVisible();
  await page.getByRole('button', { name: 'Back to now' }).click();
  await expect(page.locator('.item-list')).toContainText('E2E as-of second title');
});
