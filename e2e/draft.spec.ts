// "Draft items from this article": an editor drafts the seeded article, corrects what was found and
// accepts proposals, which become items through the normal write path (with their excerpts and revisions).
import { expect, test, type Page } from '@playwright/test';
import type { ItemFeature } from '../lib/items/types';
import { signIn } from './admin';
import { expectNoViolations } from './axe';

async function draftSeededArticle(page: Page, lang: 'en' | 'fr' = 'en'): Promise<void> {
  await signIn(page);
  await page.goto(`/admin/sources/1/draft?lang=${lang}`);
  await page.getByRole('button', { name: lang === 'en' ? 'Draft items from this article' : 'Proposer des éléments à partir de cet article' }).click();
  await expect(page.getByTestId('proposal').first()).toBeVisible();
}

async function itemOf(page: Page, status: string): Promise<ItemFeature> {
  const id = Number(/item (\d+)/.exec(status)![1]);
  return (await page.request.get(`/api/items/${id}`)).json();
}

test('an editor accepts a drafted proposal as it is, and it is saved with its sentence as excerpt', async ({ page }) => {
  await draftSeededArticle(page);
  const text = await page.getByTestId('draft-text').innerText();
  const strike = page.getByTestId('proposal').filter({ hasText: 'Strike' }).first();
  await strike.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Accept the 1 selected as they are' }).click();
  const status = strike.getByRole('status');
  await expect(status).toContainText(/Saved as item \d+/);

  const item = await itemOf(page, await status.innerText());
  expect(item.properties.kind).toBe('strike');
  expect(item.properties.excerpts.length).toBeGreaterThan(0);
  for (const excerpt of item.properties.excerpts) expect(text.replace(/\s+/g, ' ')).toContain(excerpt.text.replace(/\s+/g, ' '));
  await page.goto(`/admin/items/${item.id}/history`);
  await expect(page.locator('ol.revisions > li')).toHaveCount(1);
});

test('an editor reviews a proposal in the item form before saving it', async ({ page }) => {
  await draftSeededArticle(page);
  const proposal = page.getByTestId('proposal').filter({ hasText: 'Exercise area' }).first();
  await proposal.getByRole('button', { name: 'Review and accept…' }).click();
  await expect(page.getByLabel('Title')).toHaveValue(/Exercise area/);
  await page.getByLabel('Title').fill('Russian exercises (drafted)');
  await page.getByRole('button', { name: 'Create item' }).click();
  const saved = page.getByTestId('proposal').filter({ hasText: 'Exercise area' }).first().getByRole('status');
  await expect(saved).toContainText(/Saved as item \d+/);
  expect((await itemOf(page, await saved.innerText())).properties.title).toBe('Russian exercises (drafted)');
});

test('removing a recognised place takes it out of the text’s highlights; rejecting hides nothing for good', async ({ page }) => {
  await draftSeededArticle(page);
  const places = page.getByTestId('draft-text').locator('.mention.place');
  const before = await places.count();
  await places.first().click();
  await page.getByRole('button', { name: 'Remove' }).click();
  await expect(places).toHaveCount(before - 1);

  const first = page.getByTestId('proposal').first();
  await first.getByRole('button', { name: 'Reject' }).click();
  await expect(first).toContainText('Rejected');
  await first.getByRole('button', { name: 'Bring back' }).click();
  await expect(first.getByRole('button', { name: 'Reject' })).toBeVisible();
});

test('the draft page speaks French when asked', async ({ page }) => {
  await draftSeededArticle(page, 'fr');
  await expect(page.getByRole('heading', { name: /Éléments proposés/ })).toBeVisible();
});

test('the draft page with its proposals has no WCAG 2.2 AA violations', async ({ page }) => {
  await draftSeededArticle(page);
  await expectNoViolations(page);
  await page.getByTestId('draft-text').locator('.mention.date').first().click();
  await expect(page.locator('.mention-editor')).toBeVisible();
  await expectNoViolations(page);
  await page.screenshot({ path: 'test-results/draft-page.png', fullPage: true });
});
