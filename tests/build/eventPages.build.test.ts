import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, REPO, type BuildResult } from '../support/buildSite.ts';
import { hashTree } from '../support/hashTree.ts';

const SEED = path.join(REPO, 'content/battle-of-al-qusayr-2012.md');
const TRICKY = path.join(REPO, 'tests/fixtures/sites/event-pages/tricky-characters.md');

/**
 * A build fills one Astro-rendered shell for every event page (src/eventPages/); with
 * `EVENT_PAGES=astro` Astro renders each page itself. Both must give the same site.
 */
describe('event pages filled from the shell', () => {
  let shell: BuildResult;
  let astro: BuildResult;
  beforeAll(async () => {
    const content = await mkdtemp(path.join(tmpdir(), 'event-pages-'));
    await cp(SEED, path.join(content, path.basename(SEED)));
    await cp(TRICKY, path.join(content, path.basename(TRICKY)));
    const env = { SITE_URL: 'https://example.org', BASE_PATH: '/sub/path/' };
    [shell, astro] = await Promise.all([buildSite({ contentDir: content, env }), buildSite({ contentDir: content, env: { ...env, EVENT_PAGES: 'astro' } })]);
    expect([shell.code, astro.code], shell.stderr + astro.stderr).toEqual([0, 0]);
  }, 180_000);

  it('are byte for byte the pages Astro renders, cards included, and leave no shell behind', async () => {
    const [filled, rendered] = [await hashTree(shell.outDir), await hashTree(astro.outDir)];
    const eventFiles = [...rendered.keys()].filter((file) => file.includes('/events/'));
    expect(eventFiles.length).toBe(2 * (36 + 2));
    expect([...filled.keys()].sort()).toEqual([...rendered.keys()].sort());
    expect([...filled].filter(([file, hash]) => rendered.get(file) !== hash).map(([file]) => file)).toEqual([]);
  });

  it('escapes quotes, ampersands and angle brackets of the article', async () => {
    const page = await readFile(path.join(shell.outDir, 'siege-of-tabqa-o-neill-s-dam/events/2014-03-03-tabqa-group-neill-unit-town/index.html'), 'utf8');
    expect(page).toContain('<title>3 March 2014: Siege of &quot;Tabqa&quot; &amp; O&#39;Neill&#39;s &lt;Dam&gt;</title>');
    expect(page).toContain(`content="On 3 March 2014, the &quot;Tabqa&quot; group &amp; O'Neill's unit said that 5 < 6 > 4 in the town."`);
    expect(page).not.toContain('zz-shell');
  });

  it('keeps event pages, whose canonical URL is an anchor, out of the sitemap', async () => {
    const sitemap = await readFile(path.join(shell.outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('https://example.org/sub/path/battle-of-al-qusayr-2012/');
    expect(sitemap).not.toContain('/events/');
    expect(sitemap).not.toContain('zz-shell');
  });
});
