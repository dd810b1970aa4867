import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openGuardedPage } from '../../support/browser.ts';
import { servedSite } from '../../support/servedSite.ts';
import { ARTICLE, qualityPages } from './sitePages.ts';

/** The parts a reader reads; their text must not depend on JavaScript. */
const READING = ['.article-header', '.lead', '.infobox', '.toc', '.body', '.timeline-events', '.map-places'];

/** The visible text of each reading part, keyed by selector (buttons left out: JS shows them). */
function readingText(page: Page): Promise<Record<string, string>> {
  return page.evaluate((selectors: string[]) => {
    const text: Record<string, string> = {};
    for (const selector of selectors) {
      const element = document.querySelector<HTMLElement>(selector);
      if (element === null) continue;
      const copy = element.cloneNode(true) as HTMLElement;
      for (const button of copy.querySelectorAll('button')) button.remove();
      text[selector] = (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    }
    return text;
  }, READING);
}

describe('with JavaScript disabled', () => {
  const site = servedSite();

  it('the article, infobox, timeline, permalinks and static map are there and readable', async () => {
    const { page, context } = await openGuardedPage(site.browser, site.server.origin, { javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    await page.goto(site.server.url + ARTICLE);
    expect(await page.locator('h1').textContent()).toBe('Battle of al-Qusayr (2012)');
    expect((await page.locator('.lead').innerText()).length).toBeGreaterThan(100);
    expect((await page.locator('.body').innerText()).length).toBeGreaterThan(5000);
    expect(await page.locator('.body').isVisible()).toBe(true);
    expect(await page.locator('.infobox').isVisible()).toBe(true);
    expect(await page.locator('.infobox th[scope="row"]').count()).toBeGreaterThan(2);
    expect(await page.locator('.toc a').count()).toBeGreaterThan(5);

    const events = page.locator('.timeline-event');
    expect(await events.count()).toBeGreaterThan(20);
    expect(await events.first().locator('time').isVisible()).toBe(true);
    expect(await events.first().locator('.timeline-text').isVisible()).toBe(true);
    // Every permalink leads to its own event, and following one highlights it by CSS alone.
    const permalinks = await page.locator('a.permalink').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(permalinks.length).toBe(await events.count());
    for (const href of permalinks) expect(await page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`).count(), href).toBe(1);
    await page.locator('a.permalink').nth(3).click();
    const target = page.locator('.timeline-event:target');
    expect(await target.count()).toBe(1);
    expect(await target.isVisible()).toBe(true);

    const picture = page.locator('battle-map [data-static-map] img');
    await picture.scrollIntoViewIfNeeded();
    await expect.poll(() => picture.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
    expect(await picture.getAttribute('alt')).toMatch(/^Map of /);
    expect(await page.locator('.map-places li').count()).toBeGreaterThan(1);
    // Controls that only JavaScript can answer stay hidden instead of doing nothing.
    expect(await page.locator('button:visible').count()).toBe(0);
    await context.close();
  });

  it('the reading text is the same as with JavaScript: scripts only enhance', async () => {
    const withoutJs = await openGuardedPage(site.browser, site.server.origin, { javaScriptEnabled: false });
    await withoutJs.page.goto(site.server.url + ARTICLE);
    const withJs = await openGuardedPage(site.browser, site.server.origin);
    await withJs.page.goto(site.server.url + ARTICLE);
    await withJs.page.waitForLoadState('networkidle');
    const text = await readingText(withoutJs.page);
    expect(Object.keys(text)).toEqual(READING);
    expect(await readingText(withJs.page)).toEqual(text);
    await withoutJs.context.close();
    await withJs.context.close();
  });

  it('every other page shows its heading and content', async () => {
    const { page, context } = await openGuardedPage(site.browser, site.server.origin, { javaScriptEnabled: false });
    for (const { name, path } of qualityPages(inject('siteDir'))) {
      await page.goto(site.server.url + path);
      expect(await page.locator('h1').isVisible(), name).toBe(true);
      expect((await page.locator('main').innerText()).length, name).toBeGreaterThan(20);
      if (name === 'event')
        expect(await page.locator(`main a[href*="${ARTICLE}#"]`).count(), 'an event page links to its place in the article').toBeGreaterThan(0);
    }
    await context.close();
  });
});
