import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/** Debian's Chromium, or `CHROME_PATH`. */
export const CHROME_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

/** Launches headless Chromium with the flags this machine's closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu', '--no-first-run'],
  });
}

/** A page whose every request outside `origin` is blocked and recorded, with console errors kept. */
export interface GuardedPage {
  page: Page;
  context: BrowserContext;
  /** URLs of requests that tried to leave the local server. */
  blocked: string[];
  /** Console errors and uncaught exceptions, except the failures of blocked requests. */
  errors: string[];
}

/**
 * Opens a page that can only reach the local server: tests must never touch the internet, and a
 * blocked request is what an offline reader's browser meets too.
 */
export async function openGuardedPage(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<GuardedPage> {
  const context = await browser.newContext(options);
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    blocked.push(url);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // A blocked tile or remote image logs "Failed to load resource": that is the test's own doing.
    if (/Failed to load resource/.test(message.text())) return;
    errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, context, blocked, errors };
}
