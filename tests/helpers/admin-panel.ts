import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, signIn } from './browser';
import { createAdminUser } from './http';
import { listenOnLoopback, startStrapi, stopStrapi } from './strapi';

// What the admin-panel test files share: the built admin panel served by a booted Strapi on a loopback port, a headless
// Chromium, and a signed-in browser session per test.

export interface AdminPanel {
  /** Where the admin panel answers, once the file's tests run. */
  origin: string;
  /** Every origin a page of this file asked for: the CMS must work offline. */
  requestedOrigins: Set<string>;
  /** A fresh browser session signed in with a new user holding the role. */
  signedIn(roleCode: string, options?: BrowserContextOptions): Promise<Page>;
}

/** Boots Strapi with its admin panel and a browser before the file's tests, and stops both after them. */
export function adminPanelForFile(): AdminPanel {
  let browser: Browser | undefined;
  const panel: AdminPanel = {
    origin: '',
    requestedOrigins: new Set(),
    async signedIn(roleCode, options = {}) {
      if (!browser) throw new Error('The browser is not started: call adminPanelForFile() at the top of the test file.');
      const page = await (await browser.newContext(options)).newPage();
      page.on('request', (request) => panel.requestedOrigins.add(new URL(request.url()).origin));
      await signIn(page, panel.origin, await createAdminUser(roleCode));
      return page;
    },
  };
  beforeAll(async () => {
    await startStrapi({ serveAdminPanel: true });
    panel.origin = await listenOnLoopback();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await stopStrapi();
  });
  return panel;
}
