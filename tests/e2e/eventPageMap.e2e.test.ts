import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openGuardedPage } from '../support/browser.ts';
import { buildSite, REPO, type BuildResult } from '../support/buildSite.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';

const BASE = '/sub/path/';
const SEED = path.join(REPO, 'content/battle-of-al-qusayr-2012.md');
/** A made-up article with no place at all: its event pages have no map picture. */
const PLACELESS = path.join(REPO, 'tests/fixtures/sites/event-pages/tricky-characters.md');
const MARKED = 'battle-of-al-qusayr-2012/events/2012-03-01-loss-fsa-hom-baba-amr/';
const UNPLACED = 'siege-of-tabqa-o-neill-s-dam/events/2014-03-03-tabqa-group-neill-unit-town/';

/** The colour of a pixel of a PNG, as [r, g, b]. */
async function pixel(png: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const at = (Math.round(y) * info.width + Math.round(x)) * info.channels;
  return [...data.subarray(at, at + 3)];
}

const isMarkRed = ([r = 0, g = 0, b = 0]: number[]) => r > 150 && g < 100 && b < 100;

/** Every image of the page once loaded: its URL and natural width (0 for a broken one). */
function images(page: Page): Promise<{ src: string; width: number }[]> {
  return page.evaluate(() =>
    Promise.all(
      [...document.images].map(async (image) => {
        await image.decode().catch(() => undefined);
        return { src: image.currentSrc, width: image.naturalWidth };
      }),
    ),
  );
}

/**
 * The event page's map picture in Chromium, on a site under a sub-path: one SVG per article
 * whose `<view>` the page's `#place-<id>` shows, with that place marked (the point of sharing one file), and no
 * picture at all, rather than a broken one, for an event with no place.
 */
describe('the event page map picture in Chromium', () => {
  let build: BuildResult;
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    const content = await mkdtemp(path.join(tmpdir(), 'event-map-'));
    await Promise.all([SEED, PLACELESS].map((file) => cp(file, path.join(content, path.basename(file)))));
    build = await buildSite({ contentDir: content, env: { BASE_PATH: BASE } });
    expect(build.code, build.stderr).toBe(0);
    server = await startStaticServer(build.outDir, BASE);
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads the article picture and draws the mark of the event place, and only that one', async () => {
    const { page, context, errors, blocked } = await openGuardedPage(browser, server.origin, { viewport: { width: 1280, height: 800 } });
    await page.goto(server.url + MARKED);
    const picture = page.locator('img.event-page-map');
    expect(await picture.getAttribute('alt')).toBe('Map: Baba Amr marked');
    expect(await images(page)).toEqual([{ src: `${server.url}battle-of-al-qusayr-2012/events/places.svg#place-baba-amr`, width: 360 }]);
    // Where the picture draws each mark, in the copy of the map its view frames: Baba Amr's must
    // show, Al-Qusayr's (another place) must not.
    const svg = await readFile(path.join(build.outDir, 'battle-of-al-qusayr-2012/events/places.svg'), 'utf8');
    const centre = (id: string) => {
      const [, x = '0', y = '0'] = new RegExp(`<view id="${id}" [^>]+/><g [^>]+><use href="#map"/><circle cx="([\\d.]+)" cy="([\\d.]+)"`).exec(svg) ?? [];
      return [Number(x), Number(y)] as const;
    };
    const shot = await picture.screenshot();
    expect(isMarkRed(await pixel(shot, ...centre('place-baba-amr')))).toBe(true);
    expect(isMarkRed(await pixel(shot, ...centre('place-al-qusayr')))).toBe(false);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps its 4:3 box at 375 px, so nothing moves as it loads', async () => {
    const { page, context } = await openGuardedPage(browser, server.origin, { viewport: { width: 375, height: 800 } });
    await page.goto(server.url + MARKED);
    const box = await page.locator('img.event-page-map').boundingBox();
    expect(box?.width).toBeLessThanOrEqual(375);
    expect(Math.abs((box?.height ?? 0) - ((box?.width ?? 0) * 270) / 360)).toBeLessThan(1);
    await context.close();
  });

  it('shows no picture, and so no broken one, for an event without a place', async () => {
    const { page, context, errors } = await openGuardedPage(browser, server.origin);
    await page.goto(server.url + UNPLACED);
    expect(await page.locator('.event-page-where').textContent()).toBe('Where: not stated in the article');
    expect(await page.locator('img.event-page-map').count()).toBe(0);
    expect((await images(page)).filter((image) => image.width === 0)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
