import { copyFile, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, SHARED, type BuildResult } from '../support/buildSite.ts';
import { launchBrowser, openGuardedPage } from '../support/browser.ts';
import { startStaticServer } from '../support/staticServer.ts';
import { parseArticleFile } from '../../src/parse/parseArticleFile.ts';
import { articleSlug } from '../../src/parse/slugify.ts';

const corpus = path.join(SHARED, 'corpus');
const present = existsSync(corpus);
if (!present) console.warn(`[corpus] ${corpus} is absent: the real-article build test is skipped.`);

/** The seed and the 13 corpus articles of the real dataset, copied to a temporary folder, never into the repo. */
describe.skipIf(!present)('every real article of ../shared builds into a sensible page', () => {
  let build: BuildResult;
  let articles: { file: string; slug: string; hasInfobox: boolean }[];

  beforeAll(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'qusayr-corpus-'));
    const seedDir = path.join(SHARED, 'seed');
    const sources = [...(await readdir(seedDir)).map((name) => path.join(seedDir, name)), ...(await readdir(corpus)).map((name) => path.join(corpus, name))];
    articles = [];
    for (const source of sources) {
      const file = path.basename(source).replace(/\.txt$/, '.md');
      await copyFile(source, path.join(dir, file));
      const { frontmatter } = parseArticleFile(await readFile(source, 'utf8'), file);
      const box = frontmatter.infoboxes?.[0] ?? {};
      articles.push({ file, slug: articleSlug(frontmatter.title, file), hasInfobox: Object.keys(box).length > 0 });
    }
    build = await buildSite({ contentDir: dir });
    expect(build.code, build.stdout + build.stderr).toBe(0);
  });

  it('builds one page per article, each with its title, prose and (when it has one) infobox', async () => {
    expect(articles).toHaveLength(14);
    for (const article of articles) {
      const html = await readFile(path.join(build.outDir, article.slug, 'index.html'), 'utf8');
      const $ = load(html);
      expect($('h1').text().trim(), article.file).not.toBe('');
      expect($('.prose').text().trim().length, article.file).toBeGreaterThan(100);
      expect($('.infobox').length, article.file).toBe(article.hasInfobox ? 1 : 0);
      expect($('iframe, [onerror], [onclick]').length, article.file).toBe(0);
    }
  });

  it('opens every page in Chromium without a console error or CSP violation; remote pictures that fail leave an empty box', { timeout: 120_000 }, async () => {
    const server = await startStaticServer(build.outDir);
    const browser = await launchBrowser();
    let figures = 0;
    try {
      for (const article of articles) {
        const { page, context, errors } = await openGuardedPage(browser, server.origin);
        await page.goto(`${server.url}${article.slug}/`);
        await page.waitForLoadState('networkidle');
        expect(errors, article.file).toEqual([]);
        // Every outside request is blocked, as for an offline reader: a prose picture scrolled into
        // view fails and leaves its box empty, with no broken-image icon. (The infobox's waits in a
        // closed "More facts"; articlePage.e2e.test.ts opens it.)
        for (const figure of await page.locator('.prose-figure[data-remote-image]').all()) {
          figures += 1;
          await figure.scrollIntoViewIfNeeded();
          await expect.poll(() => figure.getAttribute('data-failed'), { timeout: 5_000 }).toBe('');
          expect(await figure.locator('img').evaluate((img) => getComputedStyle(img).visibility)).toBe('hidden');
        }
        await context.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    // The corpus has leading pictures in its prose (the 2022 invasion's map).
    expect(figures).toBeGreaterThan(0);
  });

  it('lists them all on the index (battles by conflict, places and units, news) and on the A–Z page', async () => {
    const $ = load(await readFile(path.join(build.outDir, 'index.html'), 'utf8'));
    const linked = new Set(
      $('main a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    );
    for (const article of articles) expect(linked, article.slug).toContain(`/${article.slug}/`);
    const all = load(await readFile(path.join(build.outDir, 'articles/index.html'), 'utf8'));
    expect(all('main .compact-list > li')).toHaveLength(14);
  });

  it('describes the Donbas post by its own excerpt, not by the description about Chad left over from another post', async () => {
    const donbas = articles.find((article) => article.file === 'donbas_.md');
    const $ = load(await readFile(path.join(build.outDir, donbas?.slug ?? 'missing', 'index.html'), 'utf8'));
    const shared = [$('meta[name="description"]').attr('content'), $('meta[property="og:description"]').attr('content')];
    for (const text of shared) expect(text).toMatch(/^Ukrainian troops on the Crimean border/);
    expect($('battle-map').attr('data-center')).toBeDefined();
    expect($('.infobox-location-map figcaption, .map-figure figcaption').text()).not.toContain('Chad');
  });
});
