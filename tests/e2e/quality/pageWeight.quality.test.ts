import { describe, expect, inject, it } from 'vitest';
import { BUDGET, formatPageWeight, gzipTotal, measurePageWeight } from '../../../bench/page-weight/measurePageWeight.ts';
import { openGuardedPage } from '../../support/browser.ts';
import { servedSite } from '../../support/servedSite.ts';
import { ARTICLE } from './sitePages.ts';

describe('page-weight budget of the article (bench/page-weight)', () => {
  const siteDir = inject('siteDir');
  const weight = measurePageWeight(siteDir, `${ARTICLE}index.html`);
  const site = servedSite();

  it(`keeps HTML + CSS + JS before the map within ${BUDGET.beforeMap / 1000} kB gzip, and the lazy map within ${BUDGET.mapLazy / 1000} kB`, () => {
    console.log(formatPageWeight(weight));
    expect(gzipTotal(weight.beforeMap)).toBeLessThanOrEqual(BUDGET.beforeMap);
    expect(gzipTotal(weight.mapLazy)).toBeLessThanOrEqual(BUDGET.mapLazy);
    // The measure found what it should: Leaflet's script and styles, and the outline, only in the lazy part.
    expect(weight.mapLazy.map((file) => file.file)).toEqual(
      expect.arrayContaining([expect.stringMatching(/leaflet.*\.js$/), expect.stringMatching(/leaflet.*\.css$/), `${ARTICLE}outline.json`]),
    );
    expect(weight.beforeMap.some((file) => /leaflet/.test(file.file))).toBe(false);
  });

  it('fetches exactly the measured scripts and styles before the map nears the viewport, and the lazy part after', async () => {
    const { page, context } = await openGuardedPage(site.browser, site.server.origin, { viewport: { width: 375, height: 800 } });
    const fetched: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith(site.server.origin) && /\.(js|css|json)$/.test(url)) fetched.push(url.slice(site.server.url.length));
    });
    await page.goto(site.server.url + ARTICLE);
    await page.waitForLoadState('networkidle');
    const eager = weight.beforeMap.map((file) => file.file).filter((file) => !file.endsWith('.html'));
    expect(fetched.sort()).toEqual([...eager].sort());

    fetched.length = 0;
    await page.locator('battle-map').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('battle-map').getAttribute('data-layer'), { timeout: 10_000 }).toBe('outline');
    // The outline is fetched once it is shown, here as the tiles fail.
    await expect.poll(() => [...fetched].sort(), { timeout: 10_000 }).toEqual(weight.mapLazy.map((file) => file.file).sort());
    await context.close();
  });
});
