import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './paths.js';

/** Saves docs/screenshots/<name>.png, the pictures the README shows; written by the suite on every run. */
export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  // No blinking caret or half-finished animation in a picture people will read.
  await page
    .addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; caret-color: transparent !important; }' })
    .catch(() => undefined);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? false });
  return file;
}
