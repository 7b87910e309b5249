// Shapes drawn where they are: a polygon given across the antimeridian with a jump (Chukotka) is cut
// at ±180 on write, so the public map draws it at Chukotka only, never as a band around the world;
// the editor says that it cut it. Runs with the admin journeys (it adds an item).
import { expect, test, type Page } from '@playwright/test';
import { kindLayerIds } from '../lib/map/item-layers';
import { createItem, signIn, waitForEditorMap } from './admin';
import { waitForIdle, waitForMap } from './map';

const TITLE = 'E2E exercise area over Chukotka';
const CHUKOTKA_WITH_JUMP = { type: 'Polygon', coordinates: [[[170, 62], [-172, 62], [-172, 68], [170, 68], [170, 62]]] };

/** The exercise-area fills drawn at a longitude/latitude, by title. */
async function fillsAt(page: Page, lngLat: [number, number]): Promise<string[]> {
  return page.evaluate(
    ({ ll, layer }) => {
      const map = window.sitmap!.map;
      return map.queryRenderedFeatures(map.project(ll), { layers: [layer] }).map((feature) => String(feature.properties?.title));
    },
    { ll: lngLat, layer: kindLayerIds('exercise_area').fill },
  );
}

test('a polygon across the antimeridian is drawn at Chukotka only, not around the world', async ({ page }) => {
  await signIn(page);
  const created = await createItem(page, { title: TITLE, kind: 'exercise_area', geometry: CHUKOTKA_WITH_JUMP as never, startDate: '2024-12-01' });
  expect(created.input.geometry.type).toBe('MultiPolygon');

  // Scandinavia and Chukotka both in view, the antimeridian in the middle of the right half.
  await page.goto('/?view=100,60,1.6');
  await waitForMap(page);
  await waitForIdle(page);

  // 185° is 175°W in the world copy east of the antimeridian, the one in view.
  expect(await fillsAt(page, [175, 65])).toContain(TITLE);
  expect(await fillsAt(page, [185, 65])).toContain(TITLE);
  expect(await fillsAt(page, [15, 65])).not.toContain(TITLE);
  expect(await fillsAt(page, [100, 65])).not.toContain(TITLE);
  await page.screenshot({ path: test.info().outputPath('chukotka.png') });
});

test('the editor says that it cut a pasted shape at the antimeridian', async ({ page }) => {
  await signIn(page);
  await page.getByRole('link', { name: 'New item' }).click();
  await page.getByRole('tab', { name: 'Paste GeoJSON' }).click();
  await page.getByLabel(/GeoJSON geometry, Feature or FeatureCollection/).fill(JSON.stringify(CHUKOTKA_WITH_JUMP));
  await page.getByRole('button', { name: 'Use this GeoJSON' }).click();

  await expect(page.locator('[data-notice="split-at-antimeridian"]')).toHaveText(/crossed the 180° meridian, so it was split there/);
  await expect(page.locator('.geometry-editor .field-error')).toHaveCount(0);
  // The editor's map shows the shape as it will be stored: both parts, each where it is.
  await waitForEditorMap(page);
  const draftAt = (lngLat: [number, number]) =>
    page.evaluate((ll) => {
      const map = window.sitmapEditor!.map;
      return map.loaded() && map.queryRenderedFeatures(map.project(ll), { layers: ['draft-fill'] }).length;
    }, lngLat);
  await expect.poll(() => draftAt([175, 65])).toBe(1);
  await expect.poll(() => draftAt([185, 65])).toBe(1);
  await page.locator('.geometry-editor').screenshot({ path: test.info().outputPath('editor-notice.png') });
});
