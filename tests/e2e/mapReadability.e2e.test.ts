import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openGuardedPage } from '../support/browser.ts';
import { servedSite } from '../support/servedSite.ts';

const ARTICLE = 'battle-of-al-qusayr-2012/';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (inner: Box, outer: Box): boolean =>
  inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;

/** Opens the article, scrolls to the map and waits until it runs on the offline outline. */
async function openMap(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('battle-map').scrollIntoViewIfNeeded();
  await expect.poll(() => page.locator('battle-map').getAttribute('data-layer'), { timeout: 15_000 }).toBe('outline');
}

/** Boxes of the map, its controls, its markers and its visible labels, in page pixels. */
function measure(page: Page) {
  return page.locator('battle-map').evaluate((map) => {
    const box = (element: Element) => {
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    };
    const visible = (element: Element) => getComputedStyle(element).visibility !== 'hidden';
    return {
      map: box(map.querySelector('.battle-map__canvas') ?? map),
      controls: [...map.querySelectorAll('.leaflet-control')].map(box),
      markers: [...map.querySelectorAll('path.leaflet-interactive[role="button"]')].map((marker) => ({
        name: marker.getAttribute('aria-label') ?? '',
        ...box(marker),
      })),
      labels: [...map.querySelectorAll('.battle-map__label')].filter(visible).map((label) => ({ name: label.textContent ?? '', ...box(label) })),
    };
  });
}

describe('a map a reader can read (issue 15), in Chromium with every outside request blocked', () => {
  const site = servedSite();

  it.each([320, 375, 768, 1280, 1920])(
    'at %i px: the main place is named on the map without a click; no label overlaps another, a marker or a control; controls cover no marker',
    async (width) => {
      const { page, context, errors } = await openGuardedPage(site.browser, site.server.origin, { viewport: { width, height: 900 } });
      await openMap(page, site.server.url + ARTICLE);
      // Labels are laid out once the first view settles (Leaflet's moveend), a moment after the layer.
      await expect.poll(async () => (await measure(page)).labels.map((label) => label.name), { timeout: 10_000 }).toContain('Al-Qusayr');
      const { map, controls, markers, labels } = await measure(page);
      expect(markers.length).toBeGreaterThan(1);
      for (const marker of markers) {
        expect(inside(marker, map), `${marker.name} inside the map`).toBe(true);
        for (const control of controls) expect(overlaps(marker, control), `${marker.name} under a control`).toBe(false);
      }
      labels.forEach((label, index) => {
        expect(inside(label, map), `${label.name} inside the map`).toBe(true);
        for (const control of controls) expect(overlaps(label, control), `${label.name} over a control`).toBe(false);
        for (const other of labels.slice(index + 1)) expect(overlaps(label, other), `${label.name} over ${other.name}`).toBe(false);
      });
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('keeps the labels once the country outline is drawn under them and the reader zooms', async () => {
    const { page, context } = await openGuardedPage(site.browser, site.server.origin, { viewport: { width: 1280, height: 900 } });
    await openMap(page, site.server.url + ARTICLE);
    await expect.poll(() => page.locator('battle-map .leaflet-battle-outline-pane path').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // Zooming in and out lays the labels out again, now over the outline's country shapes.
    await page.locator('battle-map .leaflet-control-zoom-in').click();
    await page.locator('battle-map .leaflet-control-zoom-out').click();
    await expect.poll(async () => (await measure(page)).labels.map((label) => label.name), { timeout: 10_000 }).toContain('Al-Qusayr');
    await context.close();
  });

  it('names the same places on the interactive map as in the no-JavaScript picture and list', async () => {
    const { page, context } = await openGuardedPage(site.browser, site.server.origin, { viewport: { width: 1280, height: 900 } });
    const listed = async () => (await page.locator('.map-places li b').allTextContents()).sort();
    await page.goto(site.server.url + ARTICLE);
    const alt = (await page.locator('battle-map [data-static-map] img').getAttribute('alt')) ?? '';
    const names = await listed();
    for (const name of names) expect(alt).toContain(name);
    await openMap(page, site.server.url + ARTICLE);
    const { markers } = await measure(page);
    expect(markers.map((marker) => marker.name).sort()).toEqual(names);
    await context.close();
  });

  it.each([320, 375, 1280])('at %i px, a popup fits inside the map and scrolls inside when long', async (width) => {
    const { page, context } = await openGuardedPage(site.browser, site.server.origin, { viewport: { width, height: 800 } });
    await openMap(page, site.server.url + ARTICLE);
    // Al-Qusayr has the most events: the longest popup.
    await page.locator('battle-map path[role="button"][aria-label="Al-Qusayr"]').focus();
    await page.keyboard.press('Enter');
    const popup = page.locator('battle-map .leaflet-popup-content-wrapper');
    await expect.poll(() => popup.count(), { timeout: 5_000 }).toBe(1);
    await page.waitForTimeout(500); // the pan that brings the popup into view
    const { map } = await measure(page);
    const box = await popup.evaluate((element) => {
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    });
    expect(inside(box, map)).toBe(true);
    const content = page.locator('battle-map .leaflet-popup-content');
    const scrolls = await content.evaluate((element) => element.scrollHeight > element.clientHeight + 1 && getComputedStyle(element).overflowY !== 'visible');
    const fitsWhole = await content.evaluate((element) => element.scrollHeight <= element.clientHeight + 1);
    expect(scrolls || fitsWhole).toBe(true);
    await context.close();
  });

  it('draws a dark map in dark mode: dark land, sea, labels, credit line and popups, tiles inverted', async () => {
    const { page, context } = await openGuardedPage(site.browser, site.server.origin, { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
    await openMap(page, site.server.url + ARTICLE);
    const colours = await page.locator('battle-map').evaluate((map) => {
      const canvas = map.querySelector<HTMLElement>('.battle-map__canvas');
      const land = map.querySelector('.leaflet-pane path:not([role])');
      const label = map.querySelector('.battle-map__label');
      return {
        sea: canvas ? getComputedStyle(canvas).backgroundColor : '',
        land: land?.getAttribute('fill') ?? '',
        label: label ? getComputedStyle(label).backgroundColor : '',
        labelText: label ? getComputedStyle(label).color : '',
        credit: getComputedStyle(map.querySelector('.leaflet-control-attribution') ?? map).backgroundColor,
        creditText: getComputedStyle(map.querySelector('.leaflet-control-attribution') ?? map).color,
        scaleShadow: getComputedStyle(map.querySelector('.leaflet-control-scale-line') ?? map).textShadow,
        tiles: getComputedStyle(map.querySelector('.leaflet-tile-pane') ?? map).filter,
        picture: getComputedStyle(map.querySelector('[data-static-map]') ?? map).filter,
      };
    });
    const lightness = (colour: string): number => {
      const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number);
      if (colour.startsWith('#')) {
        const hex = colour.slice(1);
        return (parseInt(hex.slice(0, 2), 16) + parseInt(hex.slice(2, 4), 16) + parseInt(hex.slice(4, 6), 16)) / 3 / 255;
      }
      return (r + g + b) / 3 / 255;
    };
    expect(lightness(colours.sea)).toBeLessThan(0.3);
    expect(lightness(colours.land)).toBeLessThan(0.3);
    expect(lightness(colours.label)).toBeLessThan(0.3);
    expect(lightness(colours.labelText)).toBeGreaterThan(0.7);
    // The credit line and the scale read as light text on dark, not on Leaflet's white.
    expect(lightness(colours.credit)).toBeLessThan(0.3);
    expect(lightness(colours.creditText)).toBeGreaterThan(0.7);
    expect(colours.scaleShadow).toBe('none');
    expect(colours.tiles).toMatch(/invert\(1\)/);
    expect(colours.picture).toMatch(/invert\(1\)/);
    await context.close();
  });
});
