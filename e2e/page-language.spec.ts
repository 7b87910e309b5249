// The page's language is right in the HTML the server sends, before any script runs.
import { expect, test, type APIRequestContext } from '@playwright/test';

/** The dashboard's title names the situation (GET /api/situation), as the server escapes it in HTML. */
async function situationName(request: APIRequestContext): Promise<string> {
  const { name } = (await (await request.get('/api/situation')).json()) as { name: string };
  return name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
}

test('a French browser gets French HTML: lang and title', async ({ request }) => {
  const html = await (await request.get('/', { headers: { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.5' } })).text();
  expect(html).toMatch(/<html lang="fr"/);
  expect(html).toContain(`<title>${await situationName(request)} — carte de situation Sitmap</title>`);
});

test('?lang=en gives English HTML to a French browser', async ({ request }) => {
  const html = await (await request.get('/?lang=en', { headers: { 'accept-language': 'fr-FR,fr;q=0.9' } })).text();
  expect(html).toMatch(/<html lang="en"/);
  expect(html).toContain(`<title>${await situationName(request)} — Sitmap situation map</title>`);
});
