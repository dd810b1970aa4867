import { describe, expect, inject, it } from 'vitest';
import { openGuardedPage } from '../../support/browser.ts';
import { servedSite } from '../../support/servedSite.ts';
import { qualityPages } from './sitePages.ts';

const TILES = 'https://tile.openstreetmap.org/';

describe('no third-party request but map tiles', () => {
  const site = servedSite();

  for (const { name, path } of qualityPages(inject('siteDir'))) {
    it(`${name} page, scrolled to the end: fonts, scripts, styles and data are all local`, async () => {
      const { page, context, blocked } = await openGuardedPage(site.browser, site.server.origin, {
        viewport: { width: 375, height: 800 },
        reducedMotion: 'reduce',
      });
      await page.goto(site.server.url + path);
      // Scroll the whole page so every lazy picture and the map start loading.
      await page.evaluate(async () => {
        for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
          window.scrollTo(0, y);
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
      });
      await page.waitForLoadState('networkidle');
      // The one exception besides tiles: an infobox picture the article's own frontmatter names by
      // URL (`img`), kept remote by design (README: content/images/<slug>.* replaces it).
      const contentPictures = await page.locator('[data-remote-image] img').evaluateAll((images) => images.map((image) => (image as HTMLImageElement).src));
      expect(blocked.filter((url) => !url.startsWith(TILES) && !contentPictures.includes(url))).toEqual([]);
      await context.close();
    });
  }
});
