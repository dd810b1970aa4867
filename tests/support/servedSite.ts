import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { startStaticServer, type StaticServer } from './staticServer.ts';

/** The built site served on loopback and a Chromium to read it, for one test file. */
export interface ServedSite {
  readonly server: StaticServer;
  readonly browser: Browser;
}

/**
 * Serves the site the global setup built and launches Chromium before the file's tests, and
 * closes both after. Read `server`/`browser` inside tests (they exist once `beforeAll` ran).
 */
export function servedSite(): ServedSite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startStaticServer(inject('siteDir'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const ready = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`servedSite: ${name} is read before beforeAll ran`);
    return value;
  };
  return {
    get server() {
      return ready(server, 'server');
    },
    get browser() {
      return ready(browser, 'browser');
    },
  };
}
