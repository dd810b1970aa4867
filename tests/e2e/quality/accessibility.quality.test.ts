import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { openGuardedPage } from '../../support/browser.ts';
import { servedSite } from '../../support/servedSite.ts';
import { qualityPages } from './sitePages.ts';

const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [1280, 375] as const;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const;

/** One line per failing node, so a failure says what to fix without opening a report. */
async function axeViolations(page: Page): Promise<string[]> {
  // Every WCAG 2.x A/AA rule, WCAG 2.2's target size included (axe leaves it out by default,
  // Lighthouse runs it), and axe's best practices.
  const results = await new AxeBuilder({ page }).withTags([...AXE_TAGS]).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.impact ?? 'unknown'} ${violation.id}: ${node.target.join(' ')} — ${node.failureSummary ?? violation.help}`),
  );
}

/** Starts the map when the page has one, so axe also sees Leaflet's controls and markers. */
async function startMap(page: Page): Promise<void> {
  const map = page.locator('battle-map');
  if ((await map.count()) === 0) return;
  await map.scrollIntoViewIfNeeded();
  await expect.poll(() => map.getAttribute('data-ready'), { timeout: 10_000 }).toBe('true');
  await expect.poll(() => map.getAttribute('data-layer'), { timeout: 10_000 }).toBe('outline');
  await page.evaluate(() => window.scrollTo(0, 0));
}

describe('axe-core finds no accessibility violation of any impact', () => {
  const site = servedSite();

  for (const { name, path } of qualityPages(inject('siteDir'))) {
    for (const colorScheme of SCHEMES) {
      // One load per page and scheme, resized between widths: loading the article and starting
      // its map again would double the time for nothing.
      it(`${name} page, ${colorScheme} scheme, at ${WIDTHS.join(' and ')} px`, async () => {
        const { page, context } = await openGuardedPage(site.browser, site.server.origin, { viewport: { width: WIDTHS[0], height: 800 }, colorScheme });
        await page.goto(site.server.url + path);
        await startMap(page);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          expect(await axeViolations(page), `${width} px`).toEqual([]);
        }
        await context.close();
        // axe over the article's ~300 links and the map takes 10-20 s on a busy 2-core machine.
      }, 90_000);
    }
  }
});
