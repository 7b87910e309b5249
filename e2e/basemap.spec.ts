import { expect, test } from '@playwright/test';
import { BASEMAP_SOURCE, COUNTRIES_SOURCE, COUNTRY_FILL_LAYER, COUNTRY_LABEL_LAYER } from '../lib/map/basemap-style';
import { waitForIdle, waitForMap } from './map';

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

test('the GeoJSON baseline (?basemap=geojson) draws the same countries', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await waitForIdle(page);
  const fromTiles = await drawnBasemap(page);
  await page.goto('/?basemap=geojson');
  await waitForMap(page);
  await waitForIdle(page);
  const fromGeojson = await drawnBasemap(page);
  expect(fromGeojson.sources).toEqual([`${COUNTRIES_SOURCE}/`]);
  expect(fromGeojson.countryIds).toEqual(fromTiles.countryIds);
});

test('basemap tiles are served as vector tiles with a cache lifetime', async ({ request }) => {
  const response = await request.get('/basemap/tiles/0/0/0.pbf');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/vnd.mapbox-vector-tile');
  expect(response.headers()['cache-control']).toMatch(/max-age=\d+/);
  expect((await response.body()).byteLength).toBeGreaterThan(1000);
});
