import { expect, test } from '@playwright/test';
import { expectNoViolations } from './axe';
import { findItem, waitForMap } from './map';

test('the dashboard has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await expectNoViolations(page);
});

test('an item has no WCAG 2.2 AA violations', async ({ page, request }) => {
  const strike = await findItem(request, 'Dnipro');
  await page.goto(`/?item=${strike.id}`);
  await waitForMap(page);
  await expect(page.locator('#detail-title')).toContainText('Dnipro');
  await expectNoViolations(page);
});

test('a region context has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto('/?region=SYR');
  await waitForMap(page);
  await expect(page.locator('#detail-title')).toHaveText('Syria');
  await expectNoViolations(page);
});

test('the table view has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto('/?table=1&lang=fr');
  await waitForMap(page);
  await expect(page.locator('.item-table')).toBeVisible();
  await expectNoViolations(page);
});

test('the article view has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto('/article/1?excerpt=1');
  await expect(page.locator('mark.excerpt-target').first()).toBeVisible();
  await expectNoViolations(page);
});
