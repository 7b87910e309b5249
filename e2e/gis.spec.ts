// A real GIS client against the running app: GDAL's ogrinfo reads the OGC API – Features endpoints.
import { expect, test } from '@playwright/test';
import { ITEM_KINDS } from '../lib/items/kinds';
import type { ItemCollection } from '../lib/items/types';
import { ogrinfo, parseFeatures, parseLayerNames } from './ogrinfo';

const apiItems = async (request: import('@playwright/test').APIRequestContext, query = '') =>
  ((await (await request.get(`/api/items${query}`)).json()) as ItemCollection).features;

/** ogrinfo prints dates as 2024/11/21. */
const ogrDate = (isoDay: string) => isoDay.replaceAll('-', '/');

test('GDAL lists the collections: every item, then one per kind', async ({ baseURL }) => {
  const report = await ogrinfo(['-ro', '-q', `OAPIF:${baseURL}/ogc`]);
  expect(parseLayerNames(report)).toEqual(['items', ...ITEM_KINDS]);
});

test('GDAL reads every seeded item with its attributes, following the paging links', async ({ baseURL, request }) => {
  const expected = await apiItems(request);
  const summary = await ogrinfo(['-ro', '-so', `OAPIF:${baseURL}/ogc`, 'items']);
  expect(summary).toContain(`Feature Count: ${expected.length}`);

  // Pages of 3 make GDAL follow the next links twice.
  const features = parseFeatures(await ogrinfo(['-ro', '-q', '-oo', 'PAGE_SIZE=3', `OAPIF:${baseURL}/ogc`, 'items']));
  expect(features.map((f) => f.fid).sort((a, b) => a - b)).toEqual(expected.map((f) => f.id).sort((a, b) => a - b));
  for (const item of expected) {
    const feature = features.find((f) => f.fid === item.id)!;
    expect(feature.fields).toMatchObject({
      title: item.properties.title,
      kind: item.properties.kind,
      status: item.properties.status,
      locationPrecision: item.properties.locationPrecision,
      startDate: ogrDate(item.properties.startDate),
    });
    expect(feature.types.actors).toBe('StringList');
    expect(feature.wkt.startsWith(item.geometry.type.toUpperCase())).toBe(true);
  }
});

test('GDAL filters by bbox through the API', async ({ baseURL, request }) => {
  const expected = await apiItems(request, '?bbox=34,33,38,37');
  const features = parseFeatures(await ogrinfo(['-ro', '-q', `OAPIF:${baseURL}/ogc`, 'items', '-spat', '34', '33', '38', '37']));
  expect(features.map((f) => f.fields.title).sort()).toEqual([
    'Rebel offensive in northwest Syria: Aleppo, Idlib, towards Hama',
    'Rebels enter Hama',
    'Russian exercises in the eastern Mediterranean',
  ]);
  expect(features.map((f) => f.fid).sort()).toEqual(expected.map((f) => f.id).sort());
});

test('GDAL reads one kind as its own layer', async ({ baseURL }) => {
  const features = parseFeatures(await ogrinfo(['-ro', '-q', `OAPIF:${baseURL}/ogc`, 'strike']));
  expect(features.map((f) => f.fields.kind)).toEqual(['strike', 'strike', 'strike']);
  expect(features.find((f) => f.fields.title.includes('Dnipro'))?.wkt).toBe('POINT (35.0005 48.4366)');
});
