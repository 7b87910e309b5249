// The admin GeoJSON import: export from the dashboard, dry run with problems, fix, import for real,
// and the items are on the public map with their history.
import { expect, test, type Page } from '@playwright/test';
import type { ItemCollection } from '../lib/items/types';
import { signIn } from './admin';
import { exportFromDashboard, pickFile, withTwoProblems } from './export';
import { waitForMap } from './map';

async function countItems(page: Page): Promise<number> {
  return ((await (await page.request.get('/api/items')).json()) as ItemCollection).features.length;
}

test('export from the dashboard, dry run with problems, fix, import: the items are on the public map', async ({ page }, testInfo) => {
  await signIn(page);
  const exported = await exportFromDashboard(page, testInfo.outputPath('export.geojson'));
  // Items citing other articles (seeded follow-ups, earlier admin journeys) cannot be imported against the
  // first one: keep what quotes only the first article, under new titles.
  const features = exported.features
    .filter((f) => f.properties.excerpts.every((e) => e.sourceId === 1))
    .map((f) => ({ ...f, properties: { ...f.properties, title: `Imported: ${f.properties.title}` } }));
  expect(features.length).toBeGreaterThanOrEqual(3);
  const good = { ...exported, features };
  const broken = withTwoProblems(good);
  const before = await countItems(page);

  await page.goto('/admin');
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Import GeoJSON' }).click();
  await expect(page.getByRole('heading', { name: 'Import GeoJSON' })).toBeVisible();
  await page.getByLabel('Article the excerpts quote').selectOption('1');

  await pickFile(page, 'broken.geojson', broken);
  await page.getByRole('button', { name: 'Check the file (dry run)' }).click();
  await expect(page.getByRole('status')).toContainText(`2 of ${features.length} features have problems`);
  const rows = page.locator('table.import-plan tbody tr');
  await expect(rows).toHaveCount(features.length);
  await expect(rows.nth(0)).toContainText('Ready');
  await expect(rows.nth(0)).toContainText('Reused');
  await expect(rows.nth(1)).toContainText('Kind: Choose a kind from the list');
  await expect(rows.nth(2)).toContainText('Excerpt 1: Quote not found verbatim in the source');
  await expect(page.getByRole('button', { name: /^Import \d+ items?$/ })).toHaveCount(0);
  expect(await countItems(page)).toBe(before);

  await pickFile(page, 'fixed.geojson', good);
  await page.getByRole('button', { name: 'Check the file (dry run)' }).click();
  await expect(page.getByRole('status')).toContainText(`All ${features.length} features are ready to import.`);
  await page.getByRole('button', { name: `Import ${features.length} items` }).click();
  await expect(page.getByRole('status')).toContainText(`Imported ${features.length} items`);
  const links = page.locator('.import-results a');
  await expect(links).toHaveText(features.map((f) => f.properties.title));
  expect(await countItems(page)).toBe(before + features.length);

  await links.first().click();
  await expect(page.getByLabel('Title')).toHaveValue(features[0].properties.title);
  await page.getByRole('link', { name: 'History', exact: true }).click();
  await expect(page.locator('ol.revisions > li')).toHaveCount(1);
  await expect(page.locator('ol.revisions > li')).toContainText('Created');

  await page.goto('/');
  await waitForMap(page);
  for (const feature of features.slice(0, 3)) await expect(page.locator('.item-list')).toContainText(feature.properties.title);
});

test('the import takes a file above the proxy’s default 10 MB whole, and refuses one above 20 MB with 413', async ({ page }) => {
  await signIn(page);
  const origin = new URL(page.url()).origin;
  const post = (body: string) =>
    page.request.post('/api/import?source=1&dryRun=true', { data: body, headers: { Origin: origin, 'Content-Type': 'application/geo+json' } });
  // 12 MB of white space inside a valid collection: a body cut at 10 MB would not parse.
  const padded = await post(`{"type": "FeatureCollection", "features": []${' '.repeat(12_000_000)}}`);
  expect(padded.status()).toBe(200);
  expect((await padded.json()).features).toEqual([]);
  const tooLarge = await post(' '.repeat(20_000_001));
  expect(tooLarge.status()).toBe(413);
  expect((await tooLarge.json()).error.message).toBe('The file must be at most 20 MB (20000000 bytes)');
});
