import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openGuardedPage } from '../support/browser.ts';
import { servedSite } from '../support/servedSite.ts';

const ARTICLE = 'battle-of-al-qusayr-2012/';
const EVENT = '2012-02-25-fsa-eventually-able-turn-tide';

/** Records Content-Security-Policy violations from the start of the page. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

describe('shared links and the Content-Security-Policy in Chromium', () => {
  const site = servedSite();

  it('an event’s own page leads back to its anchor in the article, highlighted', async () => {
    const { page, context, errors } = await openGuardedPage(site.browser, site.server.origin);
    await page.goto(`${site.server.url}${ARTICLE}events/${EVENT}/`);
    expect(await page.locator('h1 time').textContent()).toBe('25 February 2012');
    await page.locator('a.event-page-read').click();
    await page.waitForURL(`${site.server.url}${ARTICLE}#${EVENT}`);
    await expect.poll(() => page.locator(`[id="${EVENT}"]`).evaluate((element) => element.matches(':target'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the timeline offers both links: Share gives the event page, then the plain anchor', async () => {
    const { page, context } = await openGuardedPage(site.browser, site.server.origin);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: undefined }));
    await page.goto(`${site.server.url}${ARTICLE}`);
    await page.locator(`[id="${EVENT}"] button.share-button`).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.server.url}${ARTICLE}events/${EVENT}/`);
    expect(await page.locator(`[id="${EVENT}"] a.permalink`).getAttribute('href')).toBe(`#${EVENT}`);
    await context.close();
  });

  it('carries the CSP as a <meta> and runs the article, map included, without a violation', async () => {
    const { page, context, errors } = await openGuardedPage(site.browser, site.server.origin, { viewport: { width: 1280, height: 800 } });
    const violations = await recordViolations(page);
    await page.goto(`${site.server.url}${ARTICLE}`);
    expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
    await page.locator('battle-map').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('battle-map').getAttribute('data-ready'), { timeout: 10_000 }).toBe('true');
    await page.locator(`[id="2012-03-01-loss-fsa-hom-baba-amr"] button[data-show-on-map]`).click();
    await expect.poll(() => page.locator('battle-map .leaflet-popup-content').count()).toBe(1);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('styles the event page from the one stylesheet all event pages share', async () => {
    const { page, context, errors } = await openGuardedPage(site.browser, site.server.origin);
    const violations = await recordViolations(page);
    await page.goto(`${site.server.url}${ARTICLE}events/${EVENT}/`);
    const sheets = await page.evaluate(() => [...document.styleSheets].map((sheet) => ({ href: sheet.href ?? '', rules: sheet.cssRules.length })));
    expect(sheets).toEqual([{ href: expect.stringMatching(/\/_astro\/event-page\.[\w-]+\.css$/), rules: expect.any(Number) }]);
    expect(sheets[0]?.rules).toBeGreaterThan(0);
    // The site's reset, not the browser's 8px: the sheet applies.
    expect(await page.evaluate(() => getComputedStyle(document.body).marginTop)).toBe('0px');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('runs the event page and the index without a violation either', async () => {
    for (const path of [`${ARTICLE}events/${EVENT}/`, '', 'no-such-page/']) {
      const { page, context, errors } = await openGuardedPage(site.browser, site.server.origin);
      const violations = await recordViolations(page);
      await page.goto(`${site.server.url}${path}`);
      await page.waitForLoadState('networkidle');
      expect(await violations(), path).toEqual([]);
      expect(
        errors.filter((error) => !/404/.test(error)),
        path,
      ).toEqual([]);
      await context.close();
    }
  });
});
