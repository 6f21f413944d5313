import fs from 'fs';
import path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium; `npm test` installs it when missing (scripts/ensure-test-tools.js). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps calling Google's hosts, which an offline machine refuses.
const OFFLINE_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: run "npm test" (it installs it) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: OFFLINE_FLAGS });
}

/** Signs in through the admin panel's login form, as an editor would, and waits for the home page. */
export async function signIn(page: Page, origin: string, credentials: { email: string; password: string }): Promise<void> {
  await page.goto(`${origin}/admin/auth/login`);
  await page.getByLabel('Email').fill(credentials.email);
  await page.getByLabel('Password').fill(credentials.password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/auth'));
}

/** Waits for text to appear on the page (in an input's value when `where` is "input"); fails after the timeout. */
export async function expectVisible(page: Page, text: string, where: 'text' | 'input' = 'text'): Promise<void> {
  if (where === 'input') {
    await page
      .locator(`input[value="${text.replace(/"/g, '\\"')}"]`)
      .first()
      .waitFor();
    return;
  }
  await page.getByText(text).first().waitFor();
}

/** Where the admin-panel tests leave their screenshots for a reviewer (test-output/ is not committed; open it after a run). */
export const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? path.join(__dirname, '..', '..', 'test-output', 'screenshots');

/** A full-page PNG of what the page shows now, named for what it shows (e.g. "article-edit-view"). */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
