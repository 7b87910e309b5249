// Timing a live update from the reader's side: the page notes, by its own clock (the machine's wall
// time), when an item's title appears in its list, so the test runner's delays on a loaded machine
// do not count.
import type { Page } from '@playwright/test';

type Noted = Window & { titleSeenAt?: number };

export async function noteWhenTitleAppears(page: Page, title: string): Promise<void> {
  await page.evaluate((wanted) => {
    new MutationObserver((_records, observer) => {
      if ([...document.querySelectorAll('.item-row-title')].some((node) => node.textContent === wanted)) {
        (window as Noted).titleSeenAt = Date.now();
        observer.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  }, title);
}

/** When the title appeared (ms since the epoch), or undefined. */
export function titleSeenAt(page: Page): Promise<number | undefined> {
  return page.evaluate(() => (window as Noted).titleSeenAt);
}
