// The admin's curation of articles and excerpts: editing an excerpt, deleting one no item cites, the
// refusal to delete one an item still cites, and the situation's name on the public map.
import { expect, test, type Page } from '@playwright/test';
import type { SourceDto } from '../lib/items/types';
import { api, signIn } from './admin';
import { expectNoViolations } from './axe';

async function source(page: Page, id: number): Promise<SourceDto> {
  return (await (await page.request.get(`/api/sources/${id}`)).json()) as SourceDto;
}

/** A sentence of the article's text that no excerpt covers yet, to cite afresh. */
function uncitedSentence(article: SourceDto): string {
  const sentences = article.text.match(/[^.!?\n]{30,200}[.!?]/g) ?? [];
  const free = sentences.find((sentence) => {
    const start = article.text.indexOf(sentence);
    return article.text.indexOf(sentence, start + 1) < 0 && article.excerpts.every((e) => e.end <= start || e.start >= start + sentence.length);
  });
  if (!free) throw new Error('the article has no uncited sentence');
  return free.trim();
}

test.beforeEach(async ({ page }) => {
  await signIn(page);
});

test('an admin sets whose statement an excerpt reports, and the item’s panel says it', async ({ page }) => {
  const article = await source(page, 1);
  const cited = article.excerpts.find((excerpt) => excerpt.itemIds.length > 0)!;
  await page.goto('/admin/sources/1');
  const row = page.getByRole('form', { name: `Excerpt ${cited.id}`, exact: true });
  await row.getByLabel(/^According to/).fill('the Kremlin');
  await row.getByRole('button', { name: 'Save excerpt' }).click();
  await expect(row.getByRole('status')).toHaveText('Saved.');
  expect((await source(page, 1)).excerpts.find((e) => e.id === cited.id)!.attribution).toBe('the Kremlin');
  await page.goto(`/?item=${cited.itemIds[0]}`);
  await expect(page.locator('article.detail')).toContainText('according to the Kremlin');
});

test('an admin deletes an excerpt no item cites', async ({ page }) => {
  const article = await source(page, 1);
  const sentence = uncitedSentence(article);
  const start = article.text.indexOf(sentence);
  const created = await api<{ id: number }>(page, 'POST', '/api/sources/1/excerpts', { start, end: start + sentence.length, text: sentence });
  expect(created.status).toBe(201);
  await page.goto('/admin/sources/1');
  const row = page.getByRole('form', { name: `Excerpt ${created.body.id}`, exact: true });
  await expect(row).toContainText('Cited by no item.');
  await row.getByRole('button', { name: 'Delete excerpt' }).click();
  await expect(row).toHaveCount(0);
  expect((await source(page, 1)).excerpts.map((e) => e.id)).not.toContain(created.body.id);
});

test('deleting an excerpt an item cites is refused, naming the item, and nothing is lost', async ({ page }) => {
  const article = await source(page, 1);
  const cited = article.excerpts.find((excerpt) => excerpt.itemIds.length > 0)!;
  await page.goto('/admin/sources/1');
  const row = page.getByRole('form', { name: `Excerpt ${cited.id}`, exact: true });
  await row.getByRole('button', { name: 'Delete excerpt' }).click();
  const refusal = row.getByRole('alert');
  await expect(refusal).toContainText('This excerpt cannot be deleted while something still cites it');
  await expect(refusal.getByRole('link').first()).toHaveAttribute('href', `/admin/items/${cited.itemIds[0]}`);
  expect((await source(page, 1)).excerpts.map((e) => e.id)).toContain(cited.id);
  await expectNoViolations(page);
});

test('the situation’s name set by an admin heads the public map and its page title', async ({ page }) => {
  await page.goto('/admin/situation');
  await page.getByLabel('Name').fill('Black Sea and Levant, winter 2024');
  await page.getByRole('button', { name: 'Save the situation' }).click();
  await expect(page.getByRole('status')).toContainText('Saved.');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Black Sea and Levant, winter 2024');
  await expect(page).toHaveTitle('Black Sea and Levant, winter 2024 — Sitmap situation map');
});
