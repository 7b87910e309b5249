import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { BASEMAP_SOURCE, COUNTRY_FILL_LAYER, COUNTRY_LABEL_LAYER, PLACE_LABEL_LAYER, REGION_LABEL_LAYER, RIVERS_LAYER, SEA_LABEL_LAYER } from '../lib/map/basemap-style';
import { BASEMAP_VERSIONS_FILE, basemapPrefix, type BasemapVersions } from '../lib/tiles/basemap';
import { waitForBasemap, waitForIdle, waitForMap } from './map';

/** The pyramids' content hashes the build recorded (what the served style uses). */
function builtVersions(): BasemapVersions {
  return JSON.parse(readFileSync(BASEMAP_VERSIONS_FILE, 'utf8')) as BasemapVersions;
}

/** Source, source layer and id of every country drawn, and the names of the country labels drawn. */
async function drawnBasemap(page: import('@playwright/test').Page) {
  return page.evaluate(
    ({ fill, label }) => {
      const map = window.sitmap!.map;
      const countries = map.queryRenderedFeatures({ layers: [fill] });
      return {
        sources: [...new Set(countries.map((f) => `${f.source}/${f.sourceLayer ?? ''}`))],
        countryIds: [...new Set(countries.map((f) => String(f.properties.id)))].sort(),
        labels: map.queryRenderedFeatures({ layers: [label] }).map((f) => String(f.properties.name)),
      };
    },
    { fill: COUNTRY_FILL_LAYER, label: COUNTRY_LABEL_LAYER },
  );
}

test('the basemap is drawn from the prebuilt vector tiles, one label per country', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await waitForIdle(page);
  const drawn = await drawnBasemap(page);
  expect(drawn.sources).toEqual([`${BASEMAP_SOURCE}/countries`]);
  expect(drawn.countryIds).toEqual(expect.arrayContaining(['FRA', 'RUS', 'SYR', 'UKR', 'USA']));
  expect(drawn.labels.filter((name) => name === 'Russia')).toHaveLength(1);
});

test('the plain baseline (?basemap=plain) draws the same countries from its own pyramid', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await waitForIdle(page);
  const reference = await drawnBasemap(page);
  await page.goto('/?basemap=plain');
  await waitForMap(page);
  await waitForIdle(page);
  const plain = await drawnBasemap(page);
  expect(plain.sources).toEqual([`${BASEMAP_SOURCE}/countries`]);
  expect(plain.countryIds).toEqual(reference.countryIds);
  const tiles = await page.evaluate(() => (window.sitmap!.map.getStyle().sources.basemap as { tiles: string[] }).tiles[0]);
  expect(tiles).toContain(`${basemapPrefix('plain', builtVersions())}/{z}/{x}/{y}.pbf`);
});

/** The names drawn by a label layer. */
async function drawnNames(page: import('@playwright/test').Page, layer: string): Promise<string[]> {
  return page.evaluate((id) => window.sitmap!.map.queryRenderedFeatures({ layers: [id] }).map((f) => String(f.properties.name)), layer);
}

async function namesShown(page: import('@playwright/test').Page, layer: string): Promise<string[]> {
  // The text MapLibre placed: the layer's text-field evaluated on each feature drawn.
  return page.evaluate((id) => {
    const map = window.sitmap!.map;
    const [, [, preferred]] = map.getLayoutProperty(id, 'text-field') as ['coalesce', ['get', string], unknown];
    return map.queryRenderedFeatures({ layers: [id] }).map((f) => String(f.properties[preferred] ?? f.properties.name));
  }, layer);
}

test('at zoom 7 over Dnipro the map shows the town, oblasts and the river', async ({ page }) => {
  await page.goto('/?view=35.05,48.45,7');
  await waitForBasemap(page);
  expect(await drawnNames(page, PLACE_LABEL_LAYER)).toContain('Dnipro');
  expect(await drawnNames(page, REGION_LABEL_LAYER)).not.toEqual([]);
  expect(await page.evaluate((id) => window.sitmap!.map.queryRenderedFeatures({ layers: [id] }).length, RIVERS_LAYER)).toBeGreaterThan(0);
});

test('switching the interface to French relabels the map without a reload', async ({ page }) => {
  await page.goto('/?view=37,47,5&lang=en');
  await waitForBasemap(page);
  expect(await namesShown(page, SEA_LABEL_LAYER)).toContain('Black Sea');
  await page.evaluate(() => ((window as unknown as { beforeSwitch: boolean }).beforeSwitch = true));
  await page.getByRole('button', { name: 'Afficher en français' }).click();
  await expect.poll(() => namesShown(page, SEA_LABEL_LAYER)).toContain('Mer Noire');
  expect(await namesShown(page, COUNTRY_LABEL_LAYER)).toContain('Moldavie');
  // Same document: the switch did not reload the page.
  expect(await page.evaluate(() => (window as unknown as { beforeSwitch?: boolean }).beforeSwitch)).toBe(true);
});

test('basemap tiles are served as vector tiles with a cache lifetime', async ({ request }) => {
  const response = await request.get('/basemap/reference/0/0/0.pbf');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/vnd.mapbox-vector-tile');
  expect(response.headers()['cache-control']).toMatch(/max-age=\d+/);
  expect((await response.body()).byteLength).toBeGreaterThan(1000);
});

test('the map asks for the basemap under its content hash, which is cached for good', async ({ page, request }) => {
  const prefix = basemapPrefix('reference', builtVersions());
  const asked: string[] = [];
  page.on('request', (tileRequest) => {
    const { pathname } = new URL(tileRequest.url());
    if (pathname.startsWith('/basemap/')) asked.push(pathname);
  });
  await page.goto('/');
  await waitForBasemap(page);
  expect(asked.length).toBeGreaterThan(0);
  expect(asked.filter((pathname) => !pathname.startsWith(`${prefix}/`))).toEqual([]);

  const response = await request.get(`${prefix}/0/0/0.pbf`);
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(response.headers()['content-type']).toBe('application/vnd.mapbox-vector-tile');
  expect((await response.body()).equals(await (await request.get('/basemap/reference/0/0/0.pbf')).body())).toBe(true);
});
