import { copyFile, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load } from 'cheerio';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, SHARED, type BuildResult } from '../support/buildSite.ts';
import { launchBrowser, openGuardedPage } from '../support/browser.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';

const corpus = path.join(SHARED, 'corpus');
const present = existsSync(corpus);
if (!present) console.warn(`[documentary site] ${corpus} is absent: the site-wide pages test over the real dataset is skipped.`);

const BASE = '/sub/';
const read = async (build: BuildResult, page: string) => load(await readFile(path.join(build.outDir, page, 'index.html'), 'utf8'));

/**
 * The seed and the 13 corpus articles (copied to a temporary folder, never into the repo), built
 * under a sub-path as a GitHub Pages project site is: the home page, search, chronology, site
 * map and links between articles, read with a parser and used in Chromium.
 */
describe.skipIf(!present)('the dataset as a documentary site, under a sub-path', () => {
  let build: BuildResult;
  let server: StaticServer;
  let browser: Browser;
  /** Every article's slug with the number of its timeline events and whether it has a map. */
  let articles: { slug: string; events: number; located: boolean }[];

  beforeAll(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'qusayr-site-'));
    const seedDir = path.join(SHARED, 'seed');
    for (const source of [
      ...(await readdir(seedDir)).map((name) => path.join(seedDir, name)),
      ...(await readdir(corpus)).map((name) => path.join(corpus, name)),
    ]) {
      await copyFile(source, path.join(dir, path.basename(source).replace(/\.txt$/, '.md')));
    }
    build = await buildSite({ contentDir: dir, env: { BASE_PATH: BASE } });
    expect(build.code, build.stdout + build.stderr).toBe(0);
    const slugs = (await readdir(build.outDir, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory() && existsSync(path.join(build.outDir, entry.name, 'timeline.json')))
      .map((entry) => entry.name);
    articles = await Promise.all(
      slugs.map(async (slug) => {
        const timeline = JSON.parse(await readFile(path.join(build.outDir, slug, 'timeline.json'), 'utf8')) as { events: unknown[] } | unknown[];
        const events = Array.isArray(timeline) ? timeline.length : timeline.events.length;
        return { slug, events, located: (await read(build, slug))('battle-map').length > 0 };
      }),
    );
    server = await startStaticServer(build.outDir, BASE);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('groups the home page by conflict, each battle with its dates and a picture, news apart with date or author', async () => {
    expect(articles).toHaveLength(14);
    const $ = await read(build, '');
    const groups = $('.group-section h2')
      .map((_, h2) => $(h2).text())
      .get();
    expect(groups.slice(0, 2)).toEqual(['Syrian Civil War', 'Russo-Ukrainian War']);
    expect(groups).toContain('Places, units and infrastructure');
    expect(groups).toContain('News');
    const syrian = $('.group-section').first().find('.article-card');
    expect(syrian.length).toBe(7);
    syrian.each((_, card) => {
      expect($(card).find('.article-card-dates').text(), $(card).text()).not.toBe('');
      expect($(card).find('img').attr('src'), $(card).text()).toMatch(/^\/sub\/[a-z0-9-]+\/location-map\.png$/);
    });
    const sortDates = syrian
      .find('.article-card-title')
      .map((_, title) => $(title).text())
      .get();
    expect(sortDates.indexOf('Battle of al-Qusayr (2012)')).toBeLessThan(sortDates.indexOf('2021 Daraa offensive'));
    const news = $('#news').closest('section').find('.article-card');
    expect(news.length).toBe(3);
    // Dated in the site's words, not the template's "Jul 08 2022".
    expect(news.text()).toContain('Published 8 July 2022');
    expect(news.text()).toContain('27 April 2021');
    expect(news.text()).toContain('by @pirocorp');
    // A video report states no publication day; its card shows the span its description ends in.
    expect(news.text()).toContain('27 February – 23 March 2022');
    expect(news.text()).not.toContain('Published 27 February');
    // The blog template's placeholder author is nobody's name.
    expect(news.text()).not.toContain('Unknown');
  });

  it('shows a news post as news, with its publication date, not as a battle', async () => {
    const $ = await read(build, 'first-post-in-this-category');
    expect($('.news-byline').text()).toContain('Published 8 July 2022');
    expect($('.infobox')).toHaveLength(0);
    // A post without a pubDate is dated by the byline comment that opens it.
    const byline = await read(build, 'fighting-continues-despite-cease-fire-in-ukraine');
    expect(byline('.news-byline').text()).toContain('Published 27 April 2021');
    expect(byline('.news-byline').text()).not.toContain('Unknown');
    expect(byline('.attribution').text()).toContain('an unsigned post');
  });

  it('lists every event of every article in the chronology, each linking to its event page', async () => {
    const index = await read(build, 'chronology');
    const pages = index('main li a')
      .map((_, a) => index(a).attr('href'))
      .get();
    let links: string[] = [];
    for (const href of pages) {
      const $ = await read(build, href.slice(BASE.length));
      // A group whose articles date nothing (the lorem-ipsum post's) gets no chronology: a page of "0 events" is a dead end.
      expect($('.chronology-list a').length, href).toBeGreaterThan(0);
      links = links.concat(
        $('.chronology-list a')
          .map((_, a) => $(a).attr('href') ?? '')
          .get(),
      );
    }
    expect(links).toHaveLength(articles.reduce((sum, article) => sum + article.events, 0));
    expect(new Set(links).size).toBe(links.length);
    for (const href of links) expect(existsSync(path.join(build.outDir, href.slice(BASE.length), 'index.html')), href).toBe(true);
    // Nor does any page link to one it lacks.
    const conflicts = (await readdir(path.join(build.outDir, 'conflicts'), { withFileTypes: true })).filter((entry) => entry.isDirectory());
    for (const { name } of conflicts) {
      const $ = await read(build, `conflicts/${name}`);
      expect($('main .card-list li').length, `conflicts/${name} lists no article`).toBeGreaterThan(0);
      const chronology = $(`a[href="${BASE}chronology/${name}/"]`).length > 0;
      expect(chronology, name).toBe(pages.includes(`${BASE}chronology/${name}/`));
    }
  });

  it('puts every located article on the site map, linking to it', async () => {
    const $ = await read(build, 'map');
    const linked = $('site-map li[data-lat][data-lon] a')
      .map((_, a) => $(a).attr('href'))
      .get()
      .sort();
    const located = articles.filter((article) => article.located).map((article) => `${BASE}${article.slug}/`);
    expect(located.length).toBeGreaterThan(5);
    expect(linked).toEqual(located.sort());
  });

  it('keeps a link to an article the site has on the site, and sends others to Wikipedia', async () => {
    const $ = await read(build, '36th-separate-marine-brigade');
    const hrefs = $('.infobox a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(hrefs).toContain('/sub/2022-russian-invasion-of-ukraine/');
    expect(hrefs.some((href) => href.startsWith('https://en.wikipedia.org/wiki/'))).toBe(true);
    expect(hrefs.filter((href) => href.startsWith('https://en.wikipedia.org/wiki/2022_Russian_invasion'))).toEqual([]);

    const { page, context, errors } = await openGuardedPage(browser, server.origin);
    await page.goto(`${server.url}36th-separate-marine-brigade/`);
    const link = page.locator('.infobox a[href="/sub/2022-russian-invasion-of-ukraine/"]').first();
    // The unit's engagements are among the infobox's "More facts", folded until the reader opens them.
    if (!(await link.isVisible())) await page.locator('.infobox-more > summary').click();
    await link.click();
    await page.waitForURL(`${server.url}2022-russian-invasion-of-ukraine/`);
    expect(await page.locator('h1').textContent()).toBe('2022 Russian invasion of Ukraine');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds an article by a commander, and opens it', async () => {
    const { page, context, errors, blocked } = await openGuardedPage(browser, server.origin);
    await page.goto(`${server.url}search/`);
    await page.locator('#search-query').pressSequentially('Jawhar', { delay: 20 });
    const result = page.locator('.search-results a', { hasText: 'Battle of al-Qusayr (2012)' });
    await result.waitFor({ timeout: 15_000 });
    // Search is the site's own files only: nothing leaves it (the article then loads its remote picture).
    expect(blocked).toEqual([]);
    await result.click();
    await page.waitForURL(`${server.url}battle-of-al-qusayr-2012/`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds an event by a place, from a ?q= link, and opens its event page', async () => {
    const { page, context, errors } = await openGuardedPage(browser, server.origin);
    await page.goto(`${server.url}search/?q=${encodeURIComponent('Baba Amr')}`);
    const hit = page.locator('.search-results li', { hasText: 'Event' }).first();
    const event = hit.locator('a');
    await event.waitFor({ timeout: 15_000 });
    expect(await event.getAttribute('href')).toMatch(/^\/sub\/battle-of-al-qusayr-2012\/events\/[^/]+\/$/);
    // The hit is read from the article's timeline: its date as the title, its own words as the excerpt.
    expect(await event.textContent()).toMatch(/\b(19|20)\d\d\b/);
    expect(await hit.locator('mark').allTextContents()).toContain('Amr');
    await event.click();
    await page.waitForURL(/\/sub\/battle-of-al-qusayr-2012\/events\//);
    expect(await page.locator('.event-page-text').textContent()).toContain('Baba Amr');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads the chronology without JavaScript, by year and month, and follows an event', async () => {
    const { page, context } = await openGuardedPage(browser, server.origin, { javaScriptEnabled: false });
    await page.goto(`${server.url}chronology/`);
    await page.getByRole('link', { name: 'Syrian Civil War' }).click();
    await page.waitForURL(`${server.url}chronology/syrian-civil-war/`);
    expect(await page.locator('main h2').first().textContent()).toMatch(/^\d{4}$/);
    expect(await page.locator('main h3').allTextContents()).toContain('February 2012');
    const first = page.locator('.chronology-list a').first();
    const href = await first.getAttribute('href');
    await first.click();
    await page.waitForURL(`${server.origin}${href ?? ''}`);
    expect(await page.locator('main h1').textContent()).not.toBe('');
    await context.close();
  });

  it('loads no search code on the article page, and the index only once a reader searches', async () => {
    const { page, context } = await openGuardedPage(browser, server.origin);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${server.url}battle-of-al-qusayr-2012/`);
    await page.waitForLoadState('networkidle');
    await page.goto(`${server.url}search/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await context.close();
  });
});
