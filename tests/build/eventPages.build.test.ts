import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, REPO, type BuildResult } from '../support/buildSite.ts';
import { hashTree } from '../support/hashTree.ts';

const SEED = path.join(REPO, 'content/battle-of-al-qusayr-2012.md');
const TRICKY = path.join(REPO, 'tests/fixtures/sites/event-pages/tricky-characters.md');
/** A '@pirocorp' post: its source states no licence, so its pages claim none. */
const POST = path.join(REPO, 'tests/fixtures/sites/event-pages/unlicensed-post.md');
const PLACEHOLDER = path.join(REPO, 'tests/fixtures/sites/event-placeholder');
const CANARY = '/siege-of-tabqa-o-neill-s-dam/events/2014-03-03-tabqa-group-neill-unit-town/';

/**
 * A build fills an Astro-rendered shell for every event page (src/eventPages/; one shell for each
 * way of having a map picture and a licence), and renders one event per shell in use through Astro
 * as well, the canary: the one whose words need the most escaping, here the made-up article's. The writer compares its own page and card of that event with Astro's, byte
 * for byte, and stops the build on a difference.
 */
describe('event pages filled from the shell', () => {
  let shell: BuildResult;
  let refused: BuildResult;
  let articleCards: BuildResult;
  beforeAll(async () => {
    const content = await mkdtemp(path.join(tmpdir(), 'event-pages-'));
    await cp(SEED, path.join(content, path.basename(SEED)));
    await cp(TRICKY, path.join(content, path.basename(TRICKY)));
    await cp(POST, path.join(content, path.basename(POST)));
    const withArticleCards = await mkdtemp(path.join(tmpdir(), 'event-pages-article-cards-'));
    await cp(SEED, path.join(withArticleCards, path.basename(SEED)));
    await writeFile(path.join(withArticleCards, 'site.yaml'), 'eventCards: article\n');
    const env = { SITE_URL: 'https://example.org', BASE_PATH: '/sub/path/' };
    [shell, refused, articleCards] = await Promise.all([
      buildSite({ contentDir: content, env }),
      buildSite({ contentDir: PLACEHOLDER }),
      buildSite({ contentDir: withArticleCards, env: { SITE_URL: 'https://example.org' } }),
    ]);
    expect(shell.code, shell.stderr).toBe(0);
    expect(articleCards.code, articleCards.stderr).toBe(0);
  }, 240_000);

  it('equal, for the canary event of each shell, the page and card Astro renders, and leave no shell behind', async () => {
    // The made-up article has no place, so its canary checks the shell without a map picture; the seed's, the one with;
    // the post's, the one with a map picture and without a licence.
    expect(shell.stdout).toContain(`canary ${CANARY}: Astro's page and card equal the shell's`);
    expect(shell.stdout).toMatch(/canary \/battle-of-al-qusayr-2012\/events\/[^/]+\/: Astro's page and card equal the shell's/);
    expect(shell.stdout).toMatch(/canary \/column-at-sumy-2022\/events\/[^/]+\/: Astro's page and card equal the shell's/);
    const files = [...(await hashTree(shell.outDir)).keys()];
    // A page and a card per event, and one map picture for all the seed's events and one for the post's.
    expect(files.filter((file) => file.includes('/events/')).length).toBe(2 * (36 + 2 + 2) + 2);
    expect(files.filter((file) => file.includes('zz-shell'))).toEqual([]);
  });

  it('refuse content that contains a placeholder, naming the file and the field', () => {
    expect(refused.code).not.toBe(0);
    expect(refused.stdout + refused.stderr).toMatch(
      /event-placeholder\/placeholder\.md: body: the sentence "On 3 March 2014, a sentence said zz-shell-title-zz, [^"]*" contains "zz-shell-title-zz", which event pages use as a placeholder; reword it/,
    );
  });

  it('name the licence of a Wikipedia article, and claim none for a post whose source states none, in the footer neither', async () => {
    const text = (html: string, selector: RegExp) => (selector.exec(html)?.[1] ?? '').replace(/<[^>]+>/g, '');
    const attribution = /<p class="attribution"[^>]*>([\s\S]*?)<\/p>/;
    const citation = /id="cite-event"[^>]*>([\s\S]*?)<\/p>/;
    const events = async (slug: string) => {
      const dir = path.join(shell.outDir, slug, 'events');
      const id = (await readdir(dir, { withFileTypes: true })).find((entry) => entry.isDirectory())?.name ?? '';
      return readFile(path.join(dir, id, 'index.html'), 'utf8');
    };
    const seedEvent = await events('battle-of-al-qusayr-2012');
    expect(text(seedEvent, attribution)).toContain('“Battle of al-Qusayr (2012)”, under CC BY-SA 4.0: the text is shortened');
    expect(text(seedEvent, citation)).toContain('Adapted from the Wikipedia article “Battle of al-Qusayr (2012)”, CC BY-SA 4.0.');
    const postEvent = await events('column-at-sumy-2022');
    const postArticle = await readFile(path.join(shell.outDir, 'column-at-sumy-2022/index.html'), 'utf8');
    for (const page of [postEvent, postArticle]) {
      expect(text(page, attribution)).toMatch(/^\s*Adapted from a post by @pirocorp: the text is shortened/);
      expect(page).not.toMatch(/rel="license"/);
      // Nor does the site's footer claim Wikipedia's licence for it.
      expect(page).not.toContain('CC BY-SA');
      expect(text(page, /<footer class="site-footer"[^>]*>([\s\S]*?)<\/footer>/)).toContain('no licence is stated for it');
    }
    expect(text(seedEvent, /<footer class="site-footer"[^>]*>([\s\S]*?)<\/footer>/)).toContain('Text from Wikipedia, available under CC BY-SA 4.0.');
    expect(text(postEvent, citation)).toContain('Adapted from a post by @pirocorp.');
  });

  it('escapes quotes, ampersands and angle brackets of the article', async () => {
    const page = await readFile(path.join(shell.outDir, 'siege-of-tabqa-o-neill-s-dam/events/2014-03-03-tabqa-group-neill-unit-town/index.html'), 'utf8');
    expect(page).toContain('<title>3 March 2014: Siege of &quot;Tabqa&quot; &amp; O&#39;Neill&#39;s &lt;Dam&gt;</title>');
    expect(page).toContain(`content="On 3 March 2014, the &quot;Tabqa&quot; group &amp; O'Neill's unit said that 5 < 6 > 4 in the town."`);
    expect(page).not.toContain('zz-shell');
  });

  it('show where it happened: the article map picture marking the place of the event, or no picture when it has no place', async () => {
    const seed = path.join(shell.outDir, 'battle-of-al-qusayr-2012/events');
    const pages = await Promise.all(
      (await readdir(seed, { withFileTypes: true }))
        .filter((entry) => entry.isDirectory())
        .map((entry) => readFile(path.join(seed, entry.name, 'index.html'), 'utf8')),
    );
    const picture = await readFile(path.join(seed, 'places.svg'), 'utf8');
    const images = pages.map((page) => /<img class="event-page-map" src="([^"]+)" alt="([^"]+)" width="360" height="270"/.exec(page));
    expect(images.every(Boolean)).toBe(true);
    const marks = new Set(images.map((image) => image?.[1]));
    expect(marks.size).toBeGreaterThan(1);
    for (const image of images) {
      const [, src = '', alt = ''] = image ?? [];
      expect(src).toMatch(/^\/sub\/path\/battle-of-al-qusayr-2012\/events\/places\.svg#place-[a-z0-9-]+$/);
      expect(picture).toContain(`<view id="${src.split('#')[1]}" `);
      expect(alt).toMatch(/^Map: .+ marked$/);
    }
    const tricky = await readFile(path.join(shell.outDir, CANARY.slice(1), 'index.html'), 'utf8');
    expect(tricky).toContain('Where: not stated in the article');
    expect(tricky).not.toContain('<img class="event-page-map"');
    expect(existsSync(path.join(shell.outDir, 'siege-of-tabqa-o-neill-s-dam/events/places.svg'))).toBe(false);
  });

  it('link one shared stylesheet, which their policy allows as the site’s own, instead of inlining it', async () => {
    const page = await readFile(path.join(shell.outDir, 'battle-of-al-qusayr-2012/events/2012-02-25-fsa-eventually-able-turn-tide/index.html'), 'utf8');
    expect(page).not.toContain('<style');
    const href = /<link rel="stylesheet" href="\/sub\/path\/(_astro\/event-page\.[\w-]+\.css)">/.exec(page)?.[1] ?? '';
    expect(href).not.toBe('');
    expect(await readFile(path.join(shell.outDir, href), 'utf8')).toContain('.event-page');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(page)?.[1] ?? '';
    expect(/style-src ([^;]*)/.exec(policy.replaceAll('&#39;', "'"))?.[1]?.trim()).toBe("'self'");
    // The article page keeps its stylesheet inline, for its first paint.
    expect(await readFile(path.join(shell.outDir, 'battle-of-al-qusayr-2012/index.html'), 'utf8')).toContain('<style>');
  });

  it('show their article’s card, and write none of their own, when site.yaml says `eventCards: article`', async () => {
    expect(articleCards.stdout).toMatch(/canary \/battle-of-al-qusayr-2012\/events\/[^ ]+: Astro's page and card equal the shell's/);
    const files = [...(await hashTree(articleCards.outDir)).keys()];
    expect(files.filter((file) => file.includes('/events/') && file.endsWith('/index.html')).length).toBe(36);
    expect(files.filter((file) => file.includes('/events/') && file.endsWith('.png'))).toEqual([]);
    const page = await readFile(path.join(articleCards.outDir, 'battle-of-al-qusayr-2012/events/2012-02-25-fsa-eventually-able-turn-tide/index.html'), 'utf8');
    expect(page).toContain('<meta property="og:image" content="https://example.org/battle-of-al-qusayr-2012/card.png">');
    expect(page).toContain('"image":"https://example.org/battle-of-al-qusayr-2012/card.png"');
    expect(files).toContain('battle-of-al-qusayr-2012/card.png');
  });

  it('are left out of the search index, which finds events in their article’s timeline: one indexed page per article', async () => {
    const entry = JSON.parse(await readFile(path.join(shell.outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(3);
    const page = await readFile(path.join(shell.outDir, 'battle-of-al-qusayr-2012/events/2012-02-25-fsa-eventually-able-turn-tide/index.html'), 'utf8');
    expect(page).not.toContain('data-pagefind-body');
  });

  it('keeps event pages, whose canonical URL is an anchor, out of the sitemap', async () => {
    const sitemap = await readFile(path.join(shell.outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('https://example.org/sub/path/battle-of-al-qusayr-2012/');
    expect(sitemap).not.toContain('/events/');
    expect(sitemap).not.toContain('zz-shell');
  });
});
