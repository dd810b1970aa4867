import { describe, expect, it } from 'vitest';
import { openGuardedPage } from '../support/browser.ts';
import { servedSite } from '../support/servedSite.ts';

const ARTICLE = 'battle-of-al-qusayr-2012/';
const QUSAYR = { lat: 34.512, lon: 36.576 };

/** Great-circle distance in km. */
function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe('the map in Chromium, with every outside request blocked', () => {
  const site = servedSite();

  it('loads Leaflet only near the map, falls back to the outline, and marks al-Qusayr', async () => {
    const { page, context, errors } = await openGuardedPage(site.browser, site.server.origin, { viewport: { width: 1280, height: 800 } });
    const leaflet: string[] = [];
    page.on('request', (request) => {
      // Leaflet itself (its bundle and stylesheet), not the few lines that load it: those are shared
      // with the site map and so get a chunk of their own, named after loadLeaflet.ts.
      if (/\/leaflet(-src)?\.[^/]*\.(js|css)$/i.test(request.url())) leaflet.push(request.url());
    });
    await page.goto(site.server.url + ARTICLE);
    await page.waitForLoadState('networkidle');
    expect(leaflet).toEqual([]);
    expect(await page.locator('battle-map').getAttribute('data-ready')).toBeNull();

    await page.locator('battle-map').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('battle-map').getAttribute('data-ready'), { timeout: 10_000 }).toBe('true');
    expect(leaflet.some((url) => url.endsWith('.js'))).toBe(true);
    expect(leaflet.some((url) => url.endsWith('.css'))).toBe(true);
    await expect.poll(() => page.locator('battle-map').getAttribute('data-layer'), { timeout: 10_000 }).toBe('outline');
    expect(await page.locator('battle-map path.leaflet-interactive').count()).toBeGreaterThan(0);

    const marker = page.locator('battle-map [role="button"][aria-label="Al-Qusayr"]');
    const position = { lat: Number(await marker.getAttribute('data-lat')), lon: Number(await marker.getAttribute('data-lon')) };
    expect(distanceKm(position, QUSAYR)).toBeLessThan(2);
    expect(await page.locator('battle-map [data-static-map] img').isVisible()).toBe(false);
    expect(await page.locator('battle-map [role=region]').getAttribute('aria-label')).toMatch(/^Map of Battle of al-Qusayr/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('“Show on map” flies to the event’s place and opens a popup linking back to it', async () => {
    const { page, context, errors } = await openGuardedPage(site.browser, site.server.origin, { viewport: { width: 1280, height: 800 } });
    await page.goto(site.server.url + ARTICLE);
    const event = '2012-03-01-loss-fsa-hom-baba-amr';
    const button = page.locator(`[id="${event}"] button[data-show-on-map]`);
    await button.click();
    const popup = page.locator('battle-map .leaflet-popup-content');
    await expect.poll(() => popup.count(), { timeout: 10_000 }).toBe(1);
    expect(await popup.locator('strong').textContent()).toBe('Baba Amr');
    expect(await popup.locator(`a[href="#${event}"]`).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a shared #event link on the map once the map is ready', async () => {
    const { page, context } = await openGuardedPage(site.browser, site.server.origin, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.server.url}${ARTICLE}#2012-07-30-five-rebels-killed-al-qusayr`);
    await expect.poll(() => page.locator('battle-map .leaflet-popup-content strong').textContent(), { timeout: 10_000 }).toBe('Al-Qusayr');
    await context.close();
  });

  it('keeps the static picture and place list without JavaScript', async () => {
    const { page, context } = await openGuardedPage(site.browser, site.server.origin, { javaScriptEnabled: false });
    await page.goto(site.server.url + ARTICLE);
    const img = page.locator('battle-map [data-static-map] img');
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(800);
    expect(await page.locator('.map-places li').count()).toBeGreaterThan(1);
    expect(await page.locator('button[data-show-on-map]:visible').count()).toBe(0);
    await context.close();
  });

  it('shows a phone the map drawn for its width, whose labels read at about 10 px, not the large one shrunk to 5 px', async () => {
    const { page, context } = await openGuardedPage(site.browser, site.server.origin, { javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    await page.goto(site.server.url + ARTICLE);
    const img = page.locator('battle-map [data-static-map] img');
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((element: HTMLImageElement) => element.currentSrc)).toMatch(/\/map-narrow\.png$/);
    // Drawn 400 px wide with 12 px labels: shown this wide, a label is 12 × shown / 400 px tall.
    const shown = await img.evaluate((element: HTMLImageElement) => element.getBoundingClientRect().width);
    expect((12 * shown) / 400).toBeGreaterThan(9);
    await context.close();
  });

  it('draws the site map over the outline of the borders when tiles fail, as an offline reader sees it', async () => {
    const { page, context, errors } = await openGuardedPage(site.browser, site.server.origin, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.server.url}map/`);
    await page.locator('site-map').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('site-map').getAttribute('data-ready'), { timeout: 10_000 }).toBe('true');
    await expect.poll(() => page.locator('site-map').getAttribute('data-layer'), { timeout: 10_000 }).toBe('outline');
    await expect.poll(() => page.locator('site-map .leaflet-site-outline-pane path').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator('site-map path.leaflet-interactive').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
