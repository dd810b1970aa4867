import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openGuardedPage } from '../../support/browser.ts';
import { servedSite } from '../../support/servedSite.ts';
import { ARTICLE } from './sitePages.ts';

/** What the walk learns about each element that Tab reaches. */
interface TabStop {
  /** A short description for failure messages: tag, class and text. */
  label: string;
  /** Kinds of control the issue names, found with CSS selectors. */
  kind: string;
  /** Whether this element follows the previous stop in document order. */
  followsPrevious: boolean;
  /** `:focus-visible` matches and draws an outline or a box shadow. */
  ring: boolean;
  /** The element is on screen once focused (not clipped away or transparent). */
  visible: boolean;
}

const KINDS: Record<string, string> = {
  'skip link': '.skip-link',
  'table of contents': '.toc a',
  'heading anchor': '.heading-anchor',
  'copy link': 'button.copy-link',
  'show on map': 'button.show-on-map',
  permalink: 'a.permalink',
  'map region': 'battle-map .leaflet-container',
  'map zoom': 'battle-map .leaflet-control-zoom a',
  'map layers': 'battle-map .leaflet-control-layers input',
  'map marker': 'battle-map [role="button"]',
};

/** Presses Tab until focus comes back round to the start, recording every stop. */
async function walk(page: Page, limit = 1500): Promise<TabStop[]> {
  const stops: TabStop[] = [];
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((kinds: Record<string, string>): TabStop | undefined => {
      const element = document.activeElement;
      if (!(element instanceof HTMLElement || element instanceof SVGElement) || element === document.body) return undefined;
      const history = window as unknown as { lastStop?: Element };
      const previous = history.lastStop;
      history.lastStop = element;
      const style = getComputedStyle(element);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const shadow = style.boxShadow !== 'none';
      const box = element.getBoundingClientRect();
      const onScreen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
      return {
        label: `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} “${(element.textContent ?? element.getAttribute('aria-label') ?? '').trim().slice(0, 40)}”`,
        kind: Object.entries(kinds).find(([, selector]) => element.matches(selector))?.[0] ?? 'other',
        followsPrevious: previous === undefined || Boolean(previous.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING),
        ring: element.matches(':focus-visible') && (outline || shadow),
        visible: onScreen && style.visibility !== 'hidden' && Number(style.opacity) > 0,
      };
    }, KINDS);
    if (stop === undefined) break;
    if (stops.length > 0 && stop.label === stops[0]?.label && !stop.followsPrevious) break;
    stops.push(stop);
  }
  return stops;
}

describe('a keyboard reader', () => {
  const site = servedSite();

  it('reaches every control of the article with Tab, in document order, each with a visible focus ring', async () => {
    // Reduced motion turns smooth scrolling off, so a focused element is in view when measured.
    const { page, context } = await openGuardedPage(site.browser, site.server.origin, { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await page.goto(site.server.url + ARTICLE);
    const map = page.locator('battle-map');
    await map.scrollIntoViewIfNeeded();
    await expect.poll(() => map.getAttribute('data-layer'), { timeout: 10_000 }).toBe('outline');

    const stops = await walk(page);
    const kinds = new Set(stops.map((stop) => stop.kind));
    for (const kind of Object.keys(KINDS)) expect(kinds, `Tab never reaches a ${kind}`).toContain(kind);
    expect(stops[0]?.kind).toBe('skip link');
    expect(
      stops.filter((stop) => !stop.followsPrevious).map((stop) => stop.label),
      'stops out of document order',
    ).toEqual([]);
    expect(
      stops.filter((stop) => !stop.ring).map((stop) => stop.label),
      'stops without a focus ring',
    ).toEqual([]);
    expect(
      stops.filter((stop) => !stop.visible).map((stop) => stop.label),
      'stops not visible when focused',
    ).toEqual([]);
    // The order a reader meets them: contents, then the sections' anchors, map, timeline.
    const first = (kind: string) => stops.findIndex((stop) => stop.kind === kind);
    expect(first('table of contents')).toBeLessThan(first('map region'));
    expect(first('map region')).toBeLessThan(first('map zoom'));
    await context.close();
  });

  it('finds the map by its name, with its places as a text alternative', async () => {
    const { page, context } = await openGuardedPage(site.browser, site.server.origin, { viewport: { width: 1280, height: 800 } });
    await page.goto(site.server.url + ARTICLE);
    const map = page.locator('battle-map');
    await map.scrollIntoViewIfNeeded();
    await expect.poll(() => map.getAttribute('data-ready'), { timeout: 10_000 }).toBe('true');
    const region = page.getByRole('region', { name: /^Map of Battle of al-Qusayr/ });
    expect(await region.count()).toBe(1);
    const places = page
      .getByRole('list')
      .filter({ has: page.locator('li b') })
      .last();
    expect(await page.locator('.map-places li').count()).toBeGreaterThan(1);
    expect(await places.isVisible()).toBe(true);
    // The list is announced under its heading, next to the map.
    expect(await page.getByRole('heading', { name: 'Places on the map' }).isVisible()).toBe(true);
    await context.close();
  });
});
