// Downloads one of the dashboard's exports, as a user clicks it, and hands files to the admin import.
import fs from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { ExportedCollection } from '../lib/export/geojson';
import { waitForMap } from './map';

/** Clicks GeoJSON or CSV under the item list and saves the file at `path`; returns the suggested name. */
export async function downloadExport(page: Page, format: 'GeoJSON' | 'CSV', path: string): Promise<string> {
  const started = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Export the items shown' }).getByRole('button', { name: format }).click();
  const file = await started;
  await file.saveAs(path);
  return file.suggestedFilename();
}

/** Opens the dashboard and exports its items as GeoJSON (saved at `path`). */
export async function exportFromDashboard(page: Page, path: string): Promise<ExportedCollection> {
  await page.goto('/');
  await waitForMap(page);
  await downloadExport(page, 'GeoJSON', path);
  return JSON.parse(await fs.readFile(path, 'utf8')) as ExportedCollection;
}

/** What withTwoProblems breaks: the shape of an export, whatever else its features carry. */
interface ImportFile {
  features: { properties: { kind: string; excerpts: { start?: number; end?: number; text: string }[] } }[];
}

/** A copy of an export (three features at least) with two problems the import reports: an unknown kind, a quote not in the article. */
export function withTwoProblems<File extends ImportFile>(collection: File): File {
  const broken = structuredClone(collection);
  const features: ImportFile['features'] = broken.features;
  features[1].properties.kind = 'parade';
  features[2].properties.excerpts = [{ ...features[2].properties.excerpts[0], start: undefined, end: undefined, text: 'Words that are not in the article' }];
  return broken;
}

/** Hands the import page a file as if picked in the file dialog. */
export async function pickFile(page: Page, name: string, content: unknown): Promise<void> {
  await page.getByLabel(/GeoJSON file/).setInputFiles({ name, mimeType: 'application/geo+json', buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)) });
}
