// The README's screenshots (docs/*.png), taken only by `npm run docs:screenshots`
// (playwright.docs.config.ts): the test suite never writes tracked files. Each shot is the state a
// user reaches by the same steps as the journey that covers it in e2e/*.spec.ts.
import { expect, test, type Page } from '@playwright/test';
import { drawPolygon, fillItemForm, selectInPicker, signIn, SYRIAN_EXERCISE_ZONE } from './admin';
import { exportFromDashboard, pickFile, withTwoProblems } from './export';
import { clickLngLat, waitForIdle, waitForMap } from './map';
import { dragRangeEndToMiddle } from './timeline';

const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: `docs/${name}.png`, fullPage });

test('dashboard', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await expect(page.getByRole('heading', { name: /Items by date/ })).toBeVisible();
  await waitForIdle(page);
  await shot(page, 'dashboard');
});

test('region', async ({ page }) => {
  await page.goto('/?view=39,35,5');
  await waitForMap(page);
  await clickLngLat(page, [40.2, 34.9]);
  await expect(page.locator('article.detail').getByRole('heading', { name: 'Syria' })).toBeVisible();
  await waitForIdle(page);
  await shot(page, 'region');
});

test('timeline', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await dragRangeEndToMiddle(page);
  await expect(page).toHaveURL(/to=2024-12-/);
  await waitForIdle(page);
  await shot(page, 'timeline');
});

test('filters', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  // The Status and Actor sections open, as a user reaches the country filter after trying them.
  await page.locator('summary', { hasText: 'Status' }).click();
  await page.locator('summary', { hasText: 'Actor' }).click();
  await page.locator('summary', { hasText: 'Country' }).click();
  await page.getByRole('checkbox', { name: 'Syria', exact: true }).check();
  await expect(page).toHaveURL(/country=SYR/);
  await waitForIdle(page);
  await shot(page, 'filters');
});

test.describe('for a French browser', () => {
  test.use({ locale: 'fr-FR' });

  test('french', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await expect(page.getByRole('heading', { name: /Éléments par date/ })).toBeVisible();
    await waitForIdle(page);
    await shot(page, 'french');
  });
});

test('table', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(page.getByRole('table').getByRole('row', { name: /Gerasimov–Brown/ })).toBeVisible();
  await shot(page, 'table');
});

test('admin editor', async ({ page }) => {
  const item = SYRIAN_EXERCISE_ZONE;
  await signIn(page);
  await fillItemForm(page, item);
  await drawPolygon(page, item.corners);
  await page.getByRole('tab', { name: 'Type coordinates' }).click();
  await selectInPicker(page, item.phrase);
  await page.getByRole('button', { name: 'Cite the selection' }).click();
  await expect(page.locator('ol.cited q')).toHaveText([item.phrase]);
  await shot(page, 'admin-editor', true);
});

test('admin import', async ({ page }, testInfo) => {
  await signIn(page);
  const exported = await exportFromDashboard(page, testInfo.outputPath('export.geojson'));
  const features = exported.features.map((f) => ({ ...f, properties: { ...f.properties, title: `Imported: ${f.properties.title}` } }));
  await page.goto('/admin/import');
  await page.getByLabel('Article the excerpts quote').selectOption('1');
  await pickFile(page, 'broken.geojson', withTwoProblems({ ...exported, features }));
  await page.getByRole('button', { name: 'Check the file (dry run)' }).click();
  await expect(page.getByRole('status')).toContainText('features have problems');
  await shot(page, 'admin-import', true);
});
