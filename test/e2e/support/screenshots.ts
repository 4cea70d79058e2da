// Saves screenshots of the main screens under test-output/screenshots for a person to look at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from './webHost';

const dir = join(projectRoot, 'test-output/screenshots');

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
