/**
 * The reading companion (issue 18) in Chromium: folded sections on a phone that open on a shared
 * anchor, the contents bar, the date-ordered timeline and its axis, the companion map beside the
 * prose on a wide screen, and 44 × 44 px touch targets.
 */
import { copyFile, mkdtemp } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, SHARED } from '../support/buildSite.ts';
import { openGuardedPage } from '../support/browser.ts';
import { servedSite } from '../support/servedSite.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';

const ARTICLE = 'battle-of-al-qusayr-2012/';
const PHONE = { width: 375, height: 667 };
const WIDE = { width: 1280, height: 800 };

/** Every control a finger must hit that is visible and smaller than 44 × 44 px, described. */
function smallControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // A link inside a sentence is exempt (WCAG 2.5.8 "inline"): its block has words that are
    // not themselves controls. A row of links (contents, an event's links) is not a sentence.
    const inSentence = (element: Element) => {
      if (element.tagName !== 'A' || element.closest('svg')) return false;
      const block = element.closest('p, li, td, th, dd, figcaption, .line');
      if (!block) return false;
      const copy = block.cloneNode(true) as Element;
      for (const control of copy.querySelectorAll('a, button')) control.remove();
      return /[\p{L}\p{N}]/u.test(copy.textContent ?? '');
    };
    const controls = document.querySelectorAll('a[href], button, summary, input, select, textarea, [tabindex]:not([tabindex="-1"])');
    const small: string[] = [];
    for (const element of controls) {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      // Hidden, or parked off screen until focused (the skip link).
      if (box.width === 0 || box.height === 0 || box.right <= 0 || style.visibility === 'hidden') continue;
      if (inSentence(element)) continue;
      // A summary holding a heading is a section's title bar: its box is the heading's.
      const heading = element.tagName === 'SUMMARY' ? element.querySelector(':scope > :is(h2, h3, h4, h5, h6)') : null;
      const measured = heading ? heading.getBoundingClientRect() : box;
      if (measured.width < 44 || measured.height < 44) {
        small.push(
          `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} “${(element.textContent ?? element.getAttribute('aria-label') ?? '').trim().slice(0, 30)}” ${Math.round(measured.width)}×${Math.round(measured.height)}`,
        );
      }
    }
    return small;
  });
}

describe('the seed on a 375 px phone', () => {
  const site = servedSite();

  it('is at most 8 screens long with its sections folded, and the contents bar stays at hand', async () => {
    const { page, context, errors } = await openGuardedPage(site.browser, site.server.origin, { viewport: PHONE, hasTouch: true });
    await page.goto(site.server.url + ARTICLE);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(8 * PHONE.height);
    expect(await page.locator('details[data-fold]:not([open])').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('.infobox th[scope="row"]:visible').allTextContents()).toEqual(['Date', 'Location', 'Result']);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const bar = await page.locator('.reading-bar').boundingBox();
    expect(bar?.y).toBe(0);
    // The bar's contents open a section from anywhere down the page.
    await page.locator('.reading-bar summary').click();
    await page.locator('.reading-bar a[href="#aftermath"]').click();
    await expect.poll(() => page.locator('#aftermath').evaluate((heading) => heading.closest('details')?.open)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the folded section that a shared #anchor points into: an event, a sentence, a heading', async () => {
    const { page, context } = await openGuardedPage(site.browser, site.server.origin, { viewport: PHONE, hasTouch: true, reducedMotion: 'reduce' });
    for (const [hash, fold] of [
      ['2012-02-25-fsa-eventually-able-turn-tide', '#timeline'],
      ['major-fighting', '[id="2012-battle"]'],
      ['2012-battle', '[id="2012-battle"]'],
    ] as const) {
      // A fresh load each time, as when the link arrives in a chat.
      await page.goto('about:blank');
      await page.goto(`${site.server.url}${ARTICLE}#${hash}`);
      const target = page.locator(`[id="${hash}"]`);
      expect(await target.isVisible(), hash).toBe(true);
      expect(await page.locator(fold).evaluate((heading) => heading.closest('details')?.open), hash).toBe(true);
      expect(await page.locator('details.fold:not([open])').count(), hash).toBeGreaterThan(0);
      const box = await target.boundingBox();
      expect(box && box.y >= 0 && box.y < PHONE.height, `${hash} is scrolled into view`).toBe(true);
    }
    // Following a link inside the page ("In context" from the timeline) opens the section too.
    await page.goto('about:blank');
    await page.goto(`${site.server.url}${ARTICLE}#2012-02-25-fsa-eventually-able-turn-tide`);
    expect(await page.locator('details.fold:has(.event-source):not([open])').count()).toBeGreaterThan(0);
    await page.locator('[id="2012-02-25-fsa-eventually-able-turn-tide"] a', { hasText: 'In context' }).click();
    const sentence = page.locator('.event-source:target');
    await expect.poll(() => sentence.isVisible()).toBe(true);
    const box = await sentence.boundingBox();
    expect(box && box.y >= 0 && box.y < PHONE.height, 'the sentence is scrolled into view').toBe(true);
    await context.close();
  });

  it('has no control smaller than 44 × 44 px on a touch screen, folded or open', async () => {
    const { page, context } = await openGuardedPage(site.browser, site.server.origin, { viewport: PHONE, hasTouch: true });
    await page.goto(site.server.url + ARTICLE);
    expect(await smallControls(page)).toEqual([]);
    await page.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true;
    });
    expect(await smallControls(page)).toEqual([]);
    await context.close();
  });
});

describe('the timeline you can see', () => {
  const site = servedSite();

  it('lists events in date order under years and months, with an axis whose marks link to them', async () => {
    const { page, context } = await openGuardedPage(site.browser, site.server.origin, { viewport: WIDE });
    await page.goto(`${site.server.url}${ARTICLE}#timeline`);
    const starts = await page.locator('.timeline-event time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    const padded = starts.map((date) => date.padEnd(10, '-00'));
    expect(padded).toEqual([...padded].sort());
    expect(await page.locator('.timeline-year-heading').allTextContents()).toEqual(['2011', '2012', '2013']);
    const axis = page.locator('svg.time-axis-wide');
    expect(await axis.isVisible()).toBe(true);
    expect(await page.locator('svg.time-axis-narrow').isVisible()).toBe(false);
    const marks = await axis.locator('a.axis-mark').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(marks.length).toBeGreaterThan(20);
    for (const href of marks) expect(await page.locator(`li.timeline-event[id="${href.slice(1)}"]`).count(), href).toBe(1);
    await axis.locator('a.axis-mark').nth(3).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(marks[3]);
    expect(await page.locator('.timeline-event:target').isVisible()).toBe(true);
    // A headline opens to the whole sentence.
    const more = page.locator('.timeline-more').first();
    await more.locator('summary').click();
    expect(await more.locator('.timeline-full').isVisible()).toBe(true);
    await context.close();
  });
});

describe('the companion map on a 1280 px screen', () => {
  const site = servedSite();

  it('stays beside the prose at every scroll position of the body and lights up the section’s places', async () => {
    const { page, context, errors } = await openGuardedPage(site.browser, site.server.origin, { viewport: WIDE, reducedMotion: 'reduce' });
    await page.goto(site.server.url + ARTICLE);
    const body = await page.locator('.body').evaluate((element) => {
      const box = element.getBoundingClientRect();
      return { top: box.top + scrollY, bottom: box.bottom + scrollY };
    });
    const seen = new Set<string>();
    for (let y = body.top; y <= body.bottom - WIDE.height; y += 250) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      // The map follows the section in view from an IntersectionObserver: let it see this scroll before reading.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const state = await page.evaluate(() => {
        const map = document.querySelector('companion-map')!.getBoundingClientRect();
        const prose = document.querySelector('.body')!.getBoundingClientRect();
        return {
          inView: map.top >= 0 && map.bottom <= innerHeight && map.height > 150,
          beside: map.left >= prose.right,
          active: [...document.querySelectorAll('companion-map [data-active]')].map((place) => place.getAttribute('data-place')).join(','),
          caption: document.querySelector('[data-companion-caption]')?.textContent ?? '',
        };
      });
      expect(state.inView, `companion map in view at scroll ${y}`).toBe(true);
      expect(state.beside).toBe(true);
      seen.add(`${state.caption}=${state.active}`);
    }
    // The section in view changes what is lit: more than one state was seen along the way.
    expect(seen.size).toBeGreaterThan(2);
    // Reading "Background" lights al-Qusayr, which it names.
    await page.locator('#background').evaluate((heading) => window.scrollTo(0, heading.getBoundingClientRect().top + scrollY - 100));
    await expect.poll(() => page.locator('[data-companion-caption]').textContent()).toBe('Places in “Background”');
    expect(await page.locator('companion-map [data-active]').count()).toBeGreaterThan(0);
    expect(await page.locator('companion-map a[href="#map"]').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws its map in the reader’s scheme: the dark page’s land and sea, not the light picture’s', async () => {
    const fills = async (colorScheme: 'light' | 'dark') => {
      const { page, context, errors } = await openGuardedPage(site.browser, site.server.origin, { viewport: WIDE, colorScheme });
      await page.goto(site.server.url + ARTICLE);
      const drawn = await page.evaluate(() => {
        const fill = (selector: string) => getComputedStyle(document.querySelector(`companion-map ${selector}`)!).fill;
        const token = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();
        return { sea: fill('.map-sea'), land: fill('.map-countries path'), tokens: [token('--map-sea'), token('--map-land')] };
      });
      expect(errors).toEqual([]);
      await context.close();
      return drawn;
    };
    const hex = (rgb: string) => `#${(rgb.match(/\d+/g) ?? []).map((part) => Number(part).toString(16).padStart(2, '0')).join('')}`;
    for (const scheme of ['light', 'dark'] as const) {
      const drawn = await fills(scheme);
      expect([hex(drawn.sea), hex(drawn.land)], scheme).toEqual(drawn.tokens);
    }
    expect((await fills('dark')).tokens).toEqual(['#1d2a35', '#2b2f33']);
  });
});

const longest = path.join(SHARED, 'corpus', '2022_russian_invasion_of_ukraine_.md');
const hasLongest = existsSync(longest);
if (!hasLongest) console.warn(`[reading] ${longest} is absent: the longest-article test is skipped.`);

describe.skipIf(!hasLongest)('the longest corpus article on a phone', () => {
  let server: StaticServer;
  const site = servedSite();
  beforeAll(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'qusayr-longest-'));
    await copyFile(longest, path.join(dir, path.basename(longest)));
    const build = await buildSite({ contentDir: dir });
    expect(build.code, build.stderr).toBe(0);
    server = await startStaticServer(build.outDir);
  });
  afterAll(async () => server?.close());

  it('keeps the contents bar present all the way down, folded or open', async () => {
    const { page, context } = await openGuardedPage(site.browser, server.origin, { viewport: PHONE, hasTouch: true });
    await page.goto(`${server.url}2022-russian-invasion-of-ukraine/`);
    const folded = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.evaluate(() => {
      for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-fold]')) details.open = true;
    });
    const open = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(folded).toBeLessThan(open / 4);
    for (let y = 0; y < open; y += Math.round(open / 25)) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      const bar = await page.locator('.reading-bar').boundingBox();
      expect(bar && bar.y >= 0 && bar.y < PHONE.height && bar.height >= 44, `bar at scroll ${y}`).toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await context.close();
  }, 120_000);
});
