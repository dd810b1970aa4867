/**
 * Screenshots of articles' maps, light and dark, at 375 and 1280 px, with every outside request
 * blocked (so the offline outline shows). `node bench/gazetteer/screenshots.ts <dist> <slug>…`;
 * PNGs go to `test-results/maps/`. For looking at, not asserting.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser, openGuardedPage } from '../../tests/support/browser.ts';
import { startStaticServer } from '../../tests/support/staticServer.ts';

const [dist, ...slugs] = process.argv.slice(2);
if (dist === undefined || slugs.length === 0) throw new Error('usage: node bench/gazetteer/screenshots.ts <dist> <slug>…');
const out = path.resolve(import.meta.dirname, '../../test-results/maps');
await mkdir(out, { recursive: true });
const server = await startStaticServer(path.resolve(dist));
const browser = await launchBrowser();
try {
  for (const slug of slugs) {
    for (const width of [375, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page, context } = await openGuardedPage(browser, server.origin, { viewport: { width, height: 900 }, colorScheme });
        await page.goto(`${server.url}${slug}/`);
        const map = page.locator('battle-map');
        await map.scrollIntoViewIfNeeded();
        await page.waitForFunction(() => document.querySelector('battle-map')?.getAttribute('data-layer') === 'outline', undefined, { timeout: 15_000 });
        await page.waitForTimeout(300);
        await map.screenshot({ path: path.join(out, `${slug}-${width}-${colorScheme}.png`) });
        // The primary place's popup, to see that it fits.
        await page.locator('battle-map path.leaflet-interactive[role="button"]').first().click({ force: true });
        await page.waitForTimeout(400);
        await map.screenshot({ path: path.join(out, `${slug}-${width}-${colorScheme}-popup.png`) });
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots in ${out}`);
