import { expect, test } from '@playwright/test';

test('an article that does not exist answers the not-found page', async ({ page }) => {
  const response = await page.goto('/article/999999');
  expect(response?.status()).toBe(404);
});
