// Exporting what the dashboard shows: the files download, and GDAL's ogrinfo reads them.
import { expect, test } from '@playwright/test';
import type { ItemCollection } from '../lib/items/types';
import { downloadExport } from './export';
import { waitForMap } from './map';
import { ogrinfo, parseFeatures } from './ogrinfo';

test('the export holds exactly the items shown, and GDAL reads both files', async ({ page, request }, testInfo) => {
  const all = ((await (await request.get('/api/items')).json()) as ItemCollection).features;
  const shown = all.filter((f) => f.properties.kind !== 'strike');
  await page.goto('/');
  await waitForMap(page);
  await page.getByRole('checkbox', { name: /^Strike/ }).uncheck();
  await expect(page.getByRole('group', { name: 'Export the items shown' })).toContainText(`Export the ${shown.length} items shown`);
  await page.locator('aside.panel').screenshot({ path: testInfo.outputPath('export-panel.png') });

  const geojsonPath = testInfo.outputPath('items.geojson');
  expect(await downloadExport(page, 'GeoJSON', geojsonPath)).toMatch(/^sitmap-items-\d{4}-\d{2}-\d{2}\.geojson$/);
  const fromGeoJson = parseFeatures(await ogrinfo(['-ro', '-q', '-al', geojsonPath]));
  expect(fromGeoJson.map((f) => f.fields.title)).toEqual(shown.map((f) => f.properties.title));
  expect(fromGeoJson.map((f) => f.fields.kind)).not.toContain('strike');
  const call = fromGeoJson.find((f) => f.fields.kind === 'diplomatic_contact')!;
  expect(call.wkt).toBe('LINESTRING (37.6173 55.7558,-77.0369 38.9072)');
  expect(call.fields.source).toContain('Guérassimov–Brown');
  expect(call.types.excerpts).toBe('String(JSON)');

  const csvPath = testInfo.outputPath('items.csv');
  expect(await downloadExport(page, 'CSV', csvPath)).toMatch(/\.csv$/);
  const fromCsv = parseFeatures(await ogrinfo(['-ro', '-q', '-al', csvPath]));
  expect(fromCsv.map((f) => f.fields.event_id)).toEqual(shown.map((f) => String(f.id)));
  expect(fromCsv.map((f) => f.wkt.split(' ')[0])).toEqual(shown.map((f) => f.geometry.type.toUpperCase()));
  const deployment = fromCsv.find((f) => f.fields.kind === 'troop_deployment')!;
  expect(deployment.fields).toMatchObject({ event_date: '2024-11-01', time_precision: '3', geo_precision: '2', country: 'North Korea; Russia' });
});
