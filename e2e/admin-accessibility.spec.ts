// axe-core (WCAG 2.2 AA) on every admin page: sign-in, items table, item editor, history, import.
import { expect, test } from '@playwright/test';
import { importFeature, importFile } from '../lib/testing/import-file';
import { createItem, signIn } from './admin';
import { expectNoViolations } from './axe';

test('the sign-in page, with an error shown, has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto('/admin/sign-in');
  await expectNoViolations(page);
  await page.getByLabel('Account name').fill('nobody');
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('form [role="alert"]')).toBeVisible();
  await expectNoViolations(page);
});

test('the items table has no WCAG 2.2 AA violations', async ({ page }) => {
  await signIn(page);
  await expect(page.locator('table.item-table tbody tr').first()).toBeVisible();
  await expectNoViolations(page);
});

test('the item editor and its history have no WCAG 2.2 AA violations', async ({ page }) => {
  await signIn(page);
  const item = await createItem(page, { title: 'E2E item for the accessibility check' });
  await page.goto(`/admin/items/${item.id}`);
  await expect(page.locator('.editor-map')).toHaveAttribute('data-ready', 'true', { timeout: 45_000 });
  await expectNoViolations(page);
  await page.getByRole('link', { name: 'History', exact: true }).click();
  await expect(page.locator('ol.revisions > li')).toHaveCount(1);
  await expectNoViolations(page);
});

test('the new item and new article pages have no WCAG 2.2 AA violations', async ({ page }) => {
  await signIn(page);
  await page.goto('/admin/items/new');
  await expect(page.locator('.editor-map')).toHaveAttribute('data-ready', 'true', { timeout: 45_000 });
  await expectNoViolations(page);
  await page.goto('/admin/sources/new');
  await expectNoViolations(page);
});

test('the import page, with a dry run showing problems, has no WCAG 2.2 AA violations', async ({ page }) => {
  await signIn(page);
  await page.goto('/admin/import');
  await expectNoViolations(page);
  const file = importFile([importFeature('Fine'), importFeature('Not fine', { kind: 'parade' as never })]);
  await page.getByLabel(/GeoJSON file/).setInputFiles({ name: 'two.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole('button', { name: 'Check the file (dry run)' }).click();
  await expect(page.locator('table.import-plan tbody tr')).toHaveCount(2);
  await expectNoViolations(page);
});
