import { expect, test, type Page } from '@playwright/test';
import { kindLayerIds } from '../lib/map/item-layers';
import { waitForIdle, waitForMap } from './map';
import { dragRangeEndToMiddle } from './timeline';

const list = (page: Page) => page.locator('.item-list');

test('dragging the timeline range filters the list and the map', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  const toThumb = page.getByRole('slider', { name: 'To' });
  await dragRangeEndToMiddle(page);
  await expect(page).toHaveURL(/to=2024-12-/);
  await expect(toThumb).toHaveAttribute('aria-valuetext', /Dec 2024/);
  await expect(list(page)).not.toContainText('Trump returns');
  await expect(list(page)).toContainText('Dnipro');
  await waitForIdle(page);
  const politicalEvents = await page.evaluate(
    (layers) => window.sitmap!.map.queryRenderedFeatures({ layers }).map((f) => f.properties.title),
    Object.values(kindLayerIds('political_event')),
  );
  expect(politicalEvents).not.toContain('Trump returns to the White House');
});

test('the range slider works from the keyboard', async ({ page }) => {
  await page.goto('/?from=2024-11-21&to=2024-11-21');
  await waitForMap(page);
  await expect(page.getByRole('heading', { name: 'Items by date (4)' })).toBeVisible();
  const fromThumb = page.getByRole('slider', { name: 'From' });
  await fromThumb.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/from=2024-11-19/);
  await expect(fromThumb).toHaveAttribute('aria-valuetext', '19 Nov 2024');
});

test('coarse dates are spans, not points: a November deployment shows on 28 November', async ({ page }) => {
  await page.goto('/?from=2024-11-28&to=2024-11-30');
  await waitForMap(page);
  await expect(list(page)).toContainText('North Korean troops');
  await expect(list(page)).toContainText('Russian exercises');
  await expect(list(page)).not.toContainText('Dnipro');
});

test('playback steps the current date forward', async ({ page }) => {
  await page.goto('/?to=2024-11-20');
  await waitForMap(page);
  const current = page.locator('.timeline-current');
  await expect(current).toHaveText('Showing up to 20 Nov 2024');
  await page.getByRole('button', { name: /Play/ }).click();
  await expect(current).toHaveText('Showing up to 21 Nov 2024');
  await expect(list(page)).toContainText('Dnipro');
});

test('pausing playback keeps the date reached', async ({ page }) => {
  await page.goto('/?to=2024-11-20');
  await waitForMap(page);
  const current = page.locator('.timeline-current');
  await page.getByRole('button', { name: /Play/ }).click();
  await expect(current).toHaveText('Showing up to 21 Nov 2024');
  await page.getByRole('button', { name: /Pause/ }).click();
  const paused = await current.textContent();
  await expect(page.getByRole('button', { name: /Play/ })).toBeVisible();
  expect(await current.textContent()).toBe(paused);
});

test('the time range also filters a region context', async ({ page }) => {
  await page.goto('/?region=USA&to=2024-12-31');
  await waitForMap(page);
  const detail = page.locator('article.detail');
  await expect(detail.locator('.item-list')).toContainText('Gerasimov–Brown');
  await expect(detail.locator('.item-list')).not.toContainText('Trump returns');
});

test('filters by status', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await page.locator('summary', { hasText: 'Status' }).click();
  await page.getByRole('checkbox', { name: 'claimed' }).check();
  await expect(page.getByRole('heading', { name: 'Items by date (2)' })).toBeVisible();
  await expect(list(page)).toContainText('Russian exercises');
  await expect(list(page)).toContainText('ATACMS');
});

test('filters by actor', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await page.locator('summary', { hasText: 'Actor' }).click();
  await page.getByRole('checkbox', { name: 'Vladimir Putin' }).check();
  await expect(list(page)).toHaveText(/Putin threatens countries/);
  await expect(list(page)).toHaveText(/Putin threatens Kyiv/);
  await expect(page.getByRole('heading', { name: 'Items by date (2)' })).toBeVisible();
});

test('filters by country', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await page.locator('summary', { hasText: 'Country' }).click();
  await page.getByRole('checkbox', { name: 'Syria', exact: true }).check();
  await expect(list(page)).toContainText('Rebel offensive');
  await expect(list(page)).not.toContainText('Trump');
  await expect(page).toHaveURL(/country=SYR/);
});

test('full-text search folds accents: "Guerassimov" finds the call', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await page.getByRole('searchbox').fill('Guerassimov');
  await expect(page).toHaveURL(/q=Guerassimov/);
  await expect(list(page)).toContainText('Gerasimov–Brown phone call');
  await expect(list(page)).not.toContainText('Trump');
});

const WHOLE_VIEW = '/?item=1&status=confirmed,reported&country=RUS&q=Moscou&from=2024-11-01&to=2024-12-31&lang=fr&view=30.0000,50.0000,3.50';

test('a link restores the whole view, after a reload too', async ({ page }) => {
  await page.goto(WHOLE_VIEW);
  await waitForMap(page);
  await page.reload();
  await waitForMap(page);
  await expect(page.getByRole('searchbox')).toHaveValue('Moscou');
  await expect(page.locator('summary', { hasText: 'Statut' })).toContainText('(2)');
  await expect(page).toHaveURL(/to=2024-12-31/);
  await expect(page.getByRole('slider', { name: 'Au' })).toHaveAttribute('aria-valuetext', '31 déc. 2024');
  expect(await page.evaluate(() => window.sitmap!.map.getZoom())).toBeCloseTo(3.5, 1);
});

test('back and forward walk through the changes to the view', async ({ page }) => {
  await page.goto(WHOLE_VIEW);
  await waitForMap(page);
  await page.getByRole('button', { name: /Tous les éléments/ }).click();
  await expect(page).not.toHaveURL(/item=/);
  await page.goBack();
  await expect(page).toHaveURL(/item=1/);
  await page.goForward();
  await expect(page).not.toHaveURL(/item=/);
  await expect(page).toHaveURL(/q=Moscou/);
});

test.describe('for a French browser', () => {
  test.use({ locale: 'fr-FR' });

  test('the interface is French by default', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { name: /Éléments par date/ })).toBeVisible();
  });

  test('an item reads in French, its quote keeps its own language', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await page.getByRole('button', { name: /Missile strike on the Pivdenmash/ }).click();
    await expect(page.locator('article.detail')).toContainText('21 nov. 2024');
    await expect(page.locator('blockquote').first()).toHaveAttribute('lang', 'fr');
  });

  test('the switch goes to English, the quote stays French', async ({ page, request }) => {
    await page.goto('/');
    await waitForMap(page);
    await page.getByRole('button', { name: /Missile strike on the Pivdenmash/ }).click();
    await expect(page.locator('article.detail')).toContainText('21 nov. 2024');
    await page.getByRole('button', { name: 'Show in English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveURL(/lang=en/);
    await expect(page.locator('article.detail')).toContainText('21 Nov 2024');
    await expect(page.locator('blockquote').first()).toHaveAttribute('lang', 'fr');
    expect((await request.get('/api/items')).ok()).toBe(true);
  });
});

/** Opens the Gerasimov–Brown call from the list with the keyboard. */
async function openCallWithKeyboard(page: Page) {
  const row = page.getByRole('button', { name: /Gerasimov–Brown phone call/ });
  await row.focus();
  await expect(row).toBeFocused();
  await page.keyboard.press('Enter');
}

test('Enter on a listed item opens it and moves focus to its title', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await openCallWithKeyboard(page);
  await expect(page.locator('#detail-title')).toBeFocused();
});

test('the selection is announced', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await openCallWithKeyboard(page);
  await expect(page.locator('[aria-live="polite"]', { hasText: 'Selected: Gerasimov–Brown phone call' })).toBeAttached();
});

test('the way back to all items is one Shift+Tab from the title', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await openCallWithKeyboard(page);
  await expect(page.locator('#detail-title')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: '← All items' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#detail-title')).toHaveCount(0);
});

test('Space on a legend kind hides it', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await page.getByRole('checkbox', { name: /^Strike/ }).focus();
  await page.keyboard.press('Space');
  await expect(list(page)).not.toContainText('Dnipro');
});

test('the table view carries what the map shows', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(13);
  const call = table.getByRole('row', { name: /Gerasimov–Brown/ });
  await expect(call).toContainText('Diplomatic contact');
  await expect(call).toContainText('confirmed');
  await expect(call).toContainText('Russia');
});

test('a table row opens its item', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await page.getByRole('table').getByRole('row', { name: /Gerasimov–Brown/ }).getByRole('button').click();
  await expect(page.locator('#detail-title')).toHaveText('Gerasimov–Brown phone call');
});
