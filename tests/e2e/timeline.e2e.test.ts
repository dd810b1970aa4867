import { describe, expect, it } from 'vitest';
import { openGuardedPage } from '../support/browser.ts';
import { servedSite } from '../support/servedSite.ts';

const ARTICLE = 'battle-of-al-qusayr-2012/';
const EVENT = '2012-02-25-fsa-eventually-able-turn-tide';

describe('shared timeline links in Chromium', () => {
  const site = servedSite();

  for (const width of [1280, 375]) {
    it(`opens /#event highlighted, in view below the header and focused (${width} px)`, async () => {
      const { page, context, errors } = await openGuardedPage(site.browser, site.server.origin, { viewport: { width, height: 800 } });
      await page.goto(`${site.server.url}${ARTICLE}#${EVENT}`);
      const event = page.locator(`[id="${EVENT}"]`);
      await expect.poll(() => event.evaluate((element) => element.matches(':target'))).toBe(true);
      // In view, and not hidden under the header: scroll-margin-top leaves room above it.
      const inView = () =>
        event.evaluate((element) => {
          const { top, bottom } = element.getBoundingClientRect();
          return top >= (document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0) && bottom <= innerHeight;
        });
      await expect.poll(inView, { timeout: 5000 }).toBe(true);
      const background = await event.evaluate((element) => getComputedStyle(element).backgroundColor);
      expect(background).not.toBe('rgba(0, 0, 0, 0)');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(EVENT);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('Share falls back to a selected URL field when there is no share sheet and the clipboard is refused', async () => {
    const { page, context } = await openGuardedPage(site.browser, site.server.origin);
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: undefined });
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.goto(`${site.server.url}${ARTICLE}`);
    await page.locator(`[id="${EVENT}"] button.share-button`).click();
    const field = page.locator(`[id="${EVENT}"] input.copy-field`);
    await expect.poll(() => field.inputValue()).toBe(`${site.server.url}${ARTICLE}events/${EVENT}/`);
    const selection = await field.evaluate((input: HTMLInputElement) => [
      document.activeElement === input,
      (input.selectionEnd ?? 0) - (input.selectionStart ?? 0),
      input.value.length,
    ]);
    expect(selection).toEqual([true, selection[2], selection[2]]);
    await context.close();
  });
});
