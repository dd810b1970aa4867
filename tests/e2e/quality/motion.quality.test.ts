import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions } from 'playwright-core';
import { openGuardedPage } from '../../support/browser.ts';
import { servedSite } from '../../support/servedSite.ts';
import { ARTICLE } from './sitePages.ts';

const EVENT = '2012-03-01-loss-fsa-hom-baba-amr';

/** How the map moved after “Show on map”: whether Leaflet's zoom animation ran, and for how long anything moved. */
interface MapMotion {
  zoomAnimated: boolean;
  /**
   * Batches of changes Leaflet made to the map's DOM: one per animation frame that changed it. A
   * jump is about ten (the move, the popup, the labels' layout); a flight one per frame, some seventy. Counted
   * rather than timed, so a loaded machine cannot make a jump look like a flight.
   */
  batches: number;
  popupOpen: boolean;
}

describe('reduced motion', () => {
  const site = servedSite();

  async function showOnMap(reducedMotion: NonNullable<BrowserContextOptions['reducedMotion']>): Promise<MapMotion> {
    const { page, context } = await openGuardedPage(site.browser, site.server.origin, { viewport: { width: 1280, height: 800 }, reducedMotion });
    await page.goto(site.server.url + ARTICLE);
    const map = page.locator('battle-map');
    await map.scrollIntoViewIfNeeded();
    await expect.poll(() => map.getAttribute('data-layer'), { timeout: 10_000 }).toBe('outline');
    // Watch every change Leaflet makes to the map while it goes to the event's place.
    await page.evaluate(() => {
      const probe = { batches: 0, zoomAnimated: false };
      Object.assign(window, { motionProbe: probe });
      const container = document.querySelector('battle-map .leaflet-container');
      if (container === null) throw new Error('no Leaflet container');
      new MutationObserver(() => {
        probe.batches += 1;
        if (container.classList.contains('leaflet-zoom-anim')) probe.zoomAnimated = true;
      }).observe(container, { subtree: true, attributes: true, attributeFilter: ['style', 'class'] });
    });
    await page.locator(`[id="${EVENT}"] button[data-show-on-map]`).click();
    await page.waitForTimeout(1500);
    const motion = await page.evaluate((): MapMotion => {
      const { batches, zoomAnimated } = (window as unknown as { motionProbe: { batches: number; zoomAnimated: boolean } }).motionProbe;
      return { zoomAnimated, batches, popupOpen: document.querySelector('battle-map .leaflet-popup') !== null };
    });
    await context.close();
    return motion;
  }

  it('turns smooth scrolling off', async () => {
    for (const [reducedMotion, expected] of [
      ['reduce', 'auto'],
      ['no-preference', 'smooth'],
    ] as const) {
      const { page, context } = await openGuardedPage(site.browser, site.server.origin, { reducedMotion });
      await page.goto(site.server.url + ARTICLE);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), reducedMotion).toBe(expected);
      await context.close();
    }
  });

  it('“Show on map” jumps to the place instead of flying there', async () => {
    const still = await showOnMap('reduce');
    expect(still.popupOpen).toBe(true);
    expect(still.zoomAnimated).toBe(false);
    console.log(`reduced motion: ${still.batches} batches of map changes`);
    expect(still.batches).toBeLessThanOrEqual(20);
  });

  it('(control) without the preference the map does fly, so the probe above can see motion', async () => {
    const flying = await showOnMap('no-preference');
    expect(flying.popupOpen).toBe(true);
    console.log(`motion allowed: ${flying.batches} batches of map changes`);
    expect(flying.batches).toBeGreaterThanOrEqual(30);
  });
});
