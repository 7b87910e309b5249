// Downloads one of the dashboard's exports, as a user clicks it.
import type { Page } from '@playwright/test';

/** Clicks GeoJSON or CSV under the item list and saves the file at `path`; returns the suggested name. */
export async function downloadExport(page: Page, format: 'GeoJSON' | 'CSV', path: string): Promise<string> {
  const started = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Export the items shown' }).getByRole('button', { name: format }).click();
  const file = await started;
  await file.saveAs(path);
  return file.suggestedFilename();
}
