// Fixtures for the admin journeys: sign in as the first admin (password from playwright.config.ts),
// call the mutating API as the signed-in browser does, draw on the editor's map.
import { expect, type Page } from '@playwright/test';
import type { EditorItem } from '../lib/items/schema';
import type { ItemInputDraft } from '../lib/items/schema';
import { itemDraft } from '../lib/testing/items';

export const ADMIN_NAME = 'admin';

export function adminPassword(): string {
  const password = process.env.E2E_ADMIN_PASSWORD;
  if (!password) throw new Error('E2E_ADMIN_PASSWORD is not set: run the browser tests through playwright.config.ts');
  return password;
}

export async function signIn(page: Page): Promise<void> {
  await page.goto('/admin/sign-in');
  await page.getByLabel('Account name').fill(ADMIN_NAME);
  await page.getByLabel('Password').fill(adminPassword());
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Items' })).toBeVisible();
}

/** A JSON call with the page's cookies and its own Origin, like the admin pages' fetch. */
export async function api<T>(page: Page, method: 'POST' | 'PUT' | 'DELETE', path: string, body: unknown): Promise<{ status: number; body: T }> {
  const origin = new URL(page.url()).origin;
  const response = await page.request.fetch(path, { method, data: body, headers: { Origin: origin } });
  return { status: response.status(), body: (await response.json()) as T };
}

async function firstExcerptId(page: Page): Promise<number> {
  const source = await (await page.request.get('/api/sources/1')).json();
  return source.excerpts[0].id as number;
}

export function draft(excerptIds: number[], overrides: Partial<ItemInputDraft> = {}): ItemInputDraft {
  return itemDraft(excerptIds, { title: 'E2E item', summary: 'Made by the browser tests.', ...overrides });
}

export async function createItem(page: Page, overrides: Partial<ItemInputDraft> = {}): Promise<EditorItem> {
  const { status, body } = await api<EditorItem>(page, 'POST', '/api/items', draft([await firstExcerptId(page)], overrides));
  expect(status).toBe(201);
  return body;
}

/** The item the editor journey draws and cites: a polygon inside Syria, away from its borders. */
export const SYRIAN_EXERCISE_ZONE = {
  title: 'E2E exercise zone in Syria',
  kind: 'exercise_area',
  summary: 'Drawn by the browser test.',
  startDate: '2024-12-03',
  sourceId: '1',
  corners: [[38.0, 34.6], [39.0, 34.6], [39.0, 35.4], [38.0, 35.4]] as [number, number][],
  // In the article, quoted by no seeded item.
  phrase: 'Une discrétion qui interroge sur les véritables motivations',
};

/** Opens a new item and fills its fields as a user does. */
export async function fillItemForm(page: Page, item: typeof SYRIAN_EXERCISE_ZONE): Promise<void> {
  await page.getByRole('link', { name: 'New item' }).click();
  await page.getByLabel('Title').fill(item.title);
  await page.getByLabel('Kind').selectOption(item.kind);
  await page.getByLabel('Summary').fill(item.summary);
  await page.getByLabel('Start date').fill(item.startDate);
  await page.getByLabel('Article').selectOption(item.sourceId);
}

export async function waitForEditorMap(page: Page): Promise<void> {
  await expect(page.locator('.editor-map')).toHaveAttribute('data-ready', 'true', { timeout: 45_000 });
  await page.waitForFunction(() => window.sitmapEditor!.map.loaded());
}

/** Draws a polygon through `corners` with the mouse, closing it on the first, zoomed in around them. */
export async function drawPolygon(page: Page, corners: [number, number][]): Promise<void> {
  await waitForEditorMap(page);
  await page.evaluate(() => window.sitmapEditor!.map.jumpTo({ center: [38.5, 35], zoom: 6 }));
  await page.getByRole('button', { name: 'Draw a polygon' }).click();
  for (const corner of [...corners, corners[0]]) await clickEditorMap(page, corner);
}

/** Clicks the editor's map at a longitude/latitude. */
export async function clickEditorMap(page: Page, lngLat: [number, number]): Promise<void> {
  const point = await page.evaluate((ll) => window.sitmapEditor!.map.project(ll), lngLat);
  const box = (await page.locator('.editor-map canvas').boundingBox())!;
  await page.mouse.click(box.x + point.x, box.y + point.y);
}

/** Selects `phrase` in the excerpt picker with a real mouse drag from its first to its last character. */
export async function selectInPicker(page: Page, phrase: string): Promise<void> {
  const edges = await page.evaluate((wanted) => {
    const root = document.querySelector('[data-testid="picker-text"]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent!.indexOf(wanted);
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + wanted.length);
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const rects = [...range.getClientRects()];
      const [first, last] = [rects[0], rects[rects.length - 1]];
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    return null;
  }, phrase);
  expect(edges, `"${phrase}" in the picker`).not.toBeNull();
  await page.mouse.move(edges!.x1, edges!.y1);
  await page.mouse.down();
  await page.mouse.move(edges!.x2, edges!.y2, { steps: 8 });
  await page.mouse.up();
}
