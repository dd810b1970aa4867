import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openGuardedPage } from '../../support/browser.ts';
import { servedSite } from '../../support/servedSite.ts';
import { REPO } from '../../support/buildSite.ts';
import { ARTICLE } from './sitePages.ts';

const WIDTHS = [320, 375, 768, 1280, 1920] as const;
/** Screenshots are artefacts to look at after a run; `test-results/` is git-ignored. */
const SHOTS = path.join(REPO, 'test-results/quality');
/**
 * The parts that share the page's grid and must never cover one another. Below 768 px the
 * contents are in the sticky bar instead of the box; from 960 px the companion map sits below
 * the infobox, beside the prose.
 */
function parts(width: number): string[] {
  return ['.lead', '.infobox', width < 768 ? '.reading-bar' : '.toc', '.body', 'battle-map', '.timeline', ...(width >= 960 ? ['companion-map'] : [])];
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlap(a: Box, b: Box): boolean {
  // One pixel of slack: borders of neighbours may touch.
  return a.x + a.width > b.x + 1 && b.x + b.width > a.x + 1 && a.y + a.height > b.y + 1 && b.y + b.height > a.y + 1;
}

describe('the article page’s layout', () => {
  const site = servedSite();

  for (const width of WIDTHS) {
    it(`at ${width} px: no horizontal overflow, infobox, map and timeline never overlap`, async () => {
      const { page, context } = await openGuardedPage(site.browser, site.server.origin, { viewport: { width, height: 900 }, reducedMotion: 'reduce' });
      await page.goto(site.server.url + ARTICLE);
      const map = page.locator('battle-map');
      await map.scrollIntoViewIfNeeded();
      await expect.poll(() => map.getAttribute('data-layer'), { timeout: 10_000 }).toBe('outline');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(SHOTS, `article-${width}.png`), fullPage: true });

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
      // Anything wider than the window inside the main column (a table, a long word, a picture).
      const tooWide = await page.evaluate(() =>
        [...document.querySelectorAll('main *')]
          .filter((element) => !element.closest('.leaflet-container'))
          .filter((element) => {
            const box = element.getBoundingClientRect();
            return box.width > 0 && (box.right > document.documentElement.clientWidth + 1 || box.left < -1);
          })
          .map((element) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`),
      );
      expect(tooWide, 'elements past the window’s edge').toEqual([]);

      const boxes = new Map<string, Box>();
      const PARTS = parts(width);
      for (const selector of PARTS) {
        const box = await page.locator(selector).first().boundingBox();
        expect(box, `${selector} is laid out`).not.toBeNull();
        if (box !== null) boxes.set(selector, box);
      }
      const overlapping: string[] = [];
      for (const [i, a] of PARTS.entries()) {
        for (const b of PARTS.slice(i + 1)) {
          const boxA = boxes.get(a);
          const boxB = boxes.get(b);
          if (boxA !== undefined && boxB !== undefined && overlap(boxA, boxB)) overlapping.push(`${a} × ${b}`);
        }
      }
      expect(overlapping).toEqual([]);
      await context.close();
    });
  }
});
