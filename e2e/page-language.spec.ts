// The page's language is right in the HTML the server sends, before any script runs.
import { expect, test } from '@playwright/test';

test('a French browser gets French HTML: lang and title', async ({ request }) => {
  const html = await (await request.get('/', { headers: { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.5' } })).text();
  expect(html).toMatch(/<html lang="fr"/);
  expect(html).toContain('<title>Sitmap — carte de situation</title>');
});

test('?lang=en gives English HTML to a French browser', async ({ request }) => {
  const html = await (await request.get('/?lang=en', { headers: { 'accept-language': 'fr-FR,fr;q=0.9' } })).text();
  expect(html).toMatch(/<html lang="en"/);
  expect(html).toContain('<title>Sitmap — situation map</title>');
});
