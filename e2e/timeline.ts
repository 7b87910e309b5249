// Driving the dashboard's timeline with the mouse, as a user does.
import type { Page } from '@playwright/test';

/** Drags the end of the time range from the right edge of the track to its middle. */
export async function dragRangeEndToMiddle(page: Page): Promise<void> {
  const track = await page.locator('.timeline-track').boundingBox();
  await page.mouse.move(track!.x + track!.width - 7, track!.y + track!.height / 2);
  await page.mouse.down();
  await page.mouse.move(track!.x + track!.width * 0.5, track!.y + track!.height / 2, { steps: 8 });
  await page.mouse.up();
}
