// Finding and opening a case on the processing screens by keyboard, as an officer does: type the
// registration number in the list's search, Enter moves to the list, Enter opens the case.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Polls until the value matches: a round trip to the core may take a while with other E2E files running. */
export const poll = <T>(read: () => T | Promise<T>, timeout = 10_000) => expect.poll(read, { timeout });

/** Finds a case in the open list by registration number (Enter moves to the list) and opens it. */
export async function openFromList(page: Page, searchId: string, text: string, timeout?: number): Promise<void> {
  const search = page.locator(`#${searchId}`);
  await search.fill(text);
  await search.press('Enter');
  const grid = page.getByRole('grid');
  await poll(async () => (await grid.getAttribute('aria-busy')) === 'false' && (await page.getByTestId('case-row').allTextContents()), timeout).toEqual([
    expect.stringContaining(text),
  ]);
  await poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('grid');
  await page.keyboard.press('Enter');
}

export async function openInQueue(page: Page, number: string, timeout?: number): Promise<void> {
  await page.getByTestId('nav-queue').click();
  await page.getByTestId('processing-queue').waitFor();
  await openFromList(page, 'queue-search', number, timeout);
  await page.getByTestId('case-screen').waitFor();
}
