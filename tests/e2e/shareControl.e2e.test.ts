import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openGuardedPage } from '../support/browser.ts';
import { servedSite } from '../support/servedSite.ts';

const ARTICLE = 'battle-of-al-qusayr-2012/';
const EVENT = '2012-02-25-fsa-eventually-able-turn-tide';
const EVENT_TEXT_START = 'The FSA was eventually able to "turn the tide" on 25 February';

/** What the stubbed share sheet was given; `navigator.share` is replaced before the page runs. */
async function stubShareSheet(page: Page): Promise<() => Promise<ShareData[]>> {
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { __shared: shared });
    Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: (data: ShareData) => (shared.push(data), Promise.resolve()) });
    Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, value: () => true });
  });
  return () => page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared);
}

/** A browser without a share sheet (desktop Linux, Firefox): only the clipboard. */
async function withoutShareSheet(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: undefined });
  });
}

describe('the Share control of an event and of the article, in Chromium', () => {
  const site = servedSite();
  const eventPage = () => `${site.server.url}${ARTICLE}events/${EVENT}/`;

  for (const width of [375, 1280]) {
    it(`hands the event’s own page, title and text to the share sheet, and says so (${width} px)`, async () => {
      const { page, context, errors } = await openGuardedPage(site.browser, site.server.origin, { viewport: { width, height: 800 } });
      const shared = await stubShareSheet(page);
      // On a phone the timeline is folded; its event's own link opens it, as for a reader.
      await page.goto(`${site.server.url}${ARTICLE}#${EVENT}`);
      const control = page.locator(`[id="${EVENT}"] .share`);
      const button = control.getByRole('button', { name: 'Share the event of 25 February 2012' });
      const box = await button.boundingBox();
      expect(box?.width).toBeGreaterThanOrEqual(44);
      expect(box?.height).toBeGreaterThanOrEqual(44);
      await button.click();
      await expect.poll(shared).toHaveLength(1);
      const [data] = await shared();
      expect(data?.url).toBe(eventPage());
      expect(data?.title).toBe('25 February 2012: Battle of al-Qusayr (2012)');
      expect(data?.text?.startsWith(EVENT_TEXT_START)).toBe(true);
      // The confirmation is in a live region, so a screen reader reads it out.
      const status = control.getByRole('status');
      await expect.poll(() => status.textContent()).toBe('Shared');
      expect(await status.isVisible()).toBe(true);
      expect(errors).toEqual([]);
      await context.close();
    });

    it(`copies the event page’s URL where there is no share sheet, and says so (${width} px)`, async () => {
      const { page, context, errors } = await openGuardedPage(site.browser, site.server.origin, { viewport: { width, height: 800 } });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
      await withoutShareSheet(page);
      await page.goto(`${site.server.url}${ARTICLE}#${EVENT}`);
      const control = page.locator(`[id="${EVENT}"] .share`);
      await control.getByRole('button', { name: /^Share/ }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(eventPage());
      await expect.poll(() => control.getByRole('status').textContent()).toBe('Link copied');
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('shares the article itself from its header, and the event page shares itself', async () => {
    const { page, context } = await openGuardedPage(site.browser, site.server.origin, { viewport: { width: 375, height: 800 } });
    const shared = await stubShareSheet(page);
    await page.goto(`${site.server.url}${ARTICLE}`);
    await page.getByRole('button', { name: 'Share this article' }).click();
    await expect.poll(shared).toHaveLength(1);
    expect((await shared())[0]?.url).toBe(`${site.server.url}${ARTICLE}`);
    await page.goto(eventPage());
    await page.getByRole('button', { name: 'Share the event of 25 February 2012' }).click();
    await expect.poll(shared).toHaveLength(1);
    expect((await shared())[0]?.url).toBe(eventPage());
    await context.close();
  });

  it('keeps the plain #anchor second, and without JavaScript the date leads to the event page', async () => {
    const { page, context } = await openGuardedPage(site.browser, site.server.origin, { javaScriptEnabled: false });
    await page.goto(`${site.server.url}${ARTICLE}`);
    const event = page.locator(`[id="${EVENT}"]`);
    expect(await event.locator('button.share-button').isVisible()).toBe(false);
    expect(await event.getByRole('link', { name: /^Link to this passage/ }).getAttribute('href')).toBe(`#${EVENT}`);
    await event.locator('a.event-page-link').click();
    await page.waitForURL(eventPage());
    expect(await page.locator('h1 time').textContent()).toBe('25 February 2012');
    await context.close();
  });

  it('Cite gives the event’s and the article’s citation, with URL and date, to copy', async () => {
    const { page, context } = await openGuardedPage(site.browser, site.server.origin);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    await page.goto(eventPage());
    await page.locator('details.cite summary').click();
    await page.getByRole('button', { name: 'Copy citation: This event' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(eventPage());
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('(25 February 2012)');
    expect(text).toContain('CC BY-SA 4.0');
    expect(text).toContain(EVENT_TEXT_START);
    await expect.poll(() => page.locator('.cite-entry').first().getByRole('status').textContent()).toBe('Citation copied');
    expect(await page.locator('#cite-article').textContent()).toContain(`${ARTICLE}`);
    await context.close();
  });
});
