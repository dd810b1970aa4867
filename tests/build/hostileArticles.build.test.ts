/**
 * The hostile articles of `tests/support/hostileArticles.ts` in real builds. The ones that must
 * build are built together as one site, and every page is read in Chromium: no injected markup,
 * no Content-Security-Policy violation, no duplicate id, no clobbered global, no console error.
 * The ones that must fail are checked one by one through the content stage
 * (`tests/build/loaders/hostileArticles.build.test.ts`); here one real build shows the one line, and
 * `SKIP_INVALID=1` builds the seed beside three bad files and names all three.
 */
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openGuardedPage } from '../support/browser.ts';
import { buildSite, REPO, type BuildResult } from '../support/buildSite.ts';
import { HOSTILE_CASES, writeHostileArticles } from '../support/hostileArticles.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';

const SEED = 'battle-of-al-qusayr-2012.md';
/** Hosts a page may try to reach: map tiles and Wikimedia pictures (all blocked in tests). */
const ALLOWED_REMOTE = /^https:\/\/(?:tile\.openstreetmap\.org|upload\.wikimedia\.org|(?:en\.)?wikipedia\.org)\//;

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'hostile-site-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

const output = (build: BuildResult) => build.stdout + build.stderr;
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

describe('hostile articles that must build: one site, every page clean in Chromium', () => {
  const buildable = HOSTILE_CASES.filter((hostile) => hostile.expect.builds);
  let build: BuildResult;
  let server: StaticServer;
  let browser: Browser;
  let pages: string[];

  beforeAll(async () => {
    const contentDir = path.join(work, 'builds');
    await writeHostileArticles(contentDir, buildable);
    build = await buildSite({ contentDir });
    expect(build.code, output(build)).toBe(0);
    pages = (await readdir(build.outDir, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory() && existsSync(path.join(build.outDir, entry.name, 'index.html')))
      .map((entry) => `${entry.name}/`);
    server = await startStaticServer(build.outDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('builds a page for every one of them, without a stack trace', () => {
    expect(pages.length).toBeGreaterThanOrEqual(buildable.length);
    expect(output(build)).not.toMatch(STACK_LINE);
  });

  it('shows each page with no injected markup, CSP violation, duplicate id or clobbered global', { timeout: 600_000 }, async () => {
    for (const route of ['', ...pages]) {
      const { page, context, blocked, errors } = await openGuardedPage(browser, server.origin, { viewport: { width: 1280, height: 900 } });
      await page.addInitScript(() => {
        const seen: string[] = [];
        Object.defineProperty(window, '__cspViolations', { value: seen });
        document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      await page.goto(server.url + route);
      await page.waitForLoadState('networkidle');
      // Open every map tooltip and popup: they show place names taken from the article.
      const map = page.locator('battle-map');
      if ((await map.count()) > 0) {
        await map.scrollIntoViewIfNeeded();
        await expect.poll(() => map.getAttribute('data-ready'), { timeout: 15_000 }).toBe('true');
        for (const marker of await page.locator('battle-map [role="button"]').all()) {
          await marker.dispatchEvent('mouseover');
          await marker.press('Enter');
        }
      }
      const report = await page.evaluate(() => {
        const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
        const handlers = [...document.querySelectorAll('*')].flatMap((element) =>
          element
            .getAttributeNames()
            .filter((name) => name.startsWith('on'))
            .map((name) => `${element.tagName} ${name}`),
        );
        const scripts = [...document.scripts].filter((script) => script.type !== 'application/ld+json' && script.textContent?.includes('__pwned')).length;
        return {
          pwned: typeof (window as unknown as Record<string, unknown>)['__pwned'],
          duplicates: ids.filter((id, index) => ids.indexOf(id) !== index),
          handlers,
          scripts,
          frames: document.querySelectorAll('iframe, object, embed').length,
          nestedLinks: document.querySelectorAll('a a').length,
          csp: (window as unknown as { __cspViolations: string[] }).__cspViolations,
        };
      });
      expect({ route, ...report }).toEqual({ route, pwned: 'undefined', duplicates: [], handlers: [], scripts: 0, frames: 0, nestedLinks: 0, csp: [] });
      expect({ route, errors }).toEqual({ route, errors: [] });
      expect({ route, blocked: blocked.filter((url) => !ALLOWED_REMOTE.test(url)) }).toEqual({ route, blocked: [] });
      await context.close();
    }
  });
});

describe('hostile articles that must fail', () => {
  let contentDir: string;
  const bad = ['non-utf8', 'picture-symlink-outside', 'proto-key'].map((name) => {
    const hostile = HOSTILE_CASES.find((candidate) => candidate.name === name);
    if (!hostile || hostile.expect.builds) throw new Error(`${name} is not a case that must fail`);
    return { ...hostile, field: hostile.expect.field };
  });

  beforeAll(async () => {
    contentDir = path.join(work, 'seed-and-bad', 'content');
    await mkdir(contentDir, { recursive: true });
    await copyFile(path.join(REPO, 'content', SEED), path.join(contentDir, SEED));
    await writeHostileArticles(contentDir, bad);
  });

  it('stop a build by default, with one line naming the file and the field', async () => {
    const build = await buildSite({ contentDir });
    expect(build.code).not.toBe(0);
    // Files are read in name order: non-utf8.md comes first.
    const line = output(build)
      .split('\n')
      .find((text) => text.includes('non-utf8.md: file: is not UTF-8 text'));
    expect(line, output(build)).toBeDefined();
    expect(output(build)).not.toMatch(STACK_LINE);
  }, 300_000);

  it('are left out with SKIP_INVALID=1, each named in one line, and the seed still builds', async () => {
    const build = await buildSite({ contentDir, env: { SKIP_INVALID: '1' } });
    expect(build.code, output(build)).toBe(0);
    const lines = output(build).split('\n');
    for (const { name, field } of bad) {
      expect(
        lines.some((line) => line.includes(`${name}.md: ${field}: `)),
        `${name}.md: ${field}`,
      ).toBe(true);
    }
    expect(lines.some((line) => /SKIP_INVALID: built 1 of 4 articles; skipped 3: .*non-utf8\.md.*picture-symlink-outside\.md.*proto-key\.md/.test(line))).toBe(
      true,
    );
    expect(existsSync(path.join(build.outDir, 'battle-of-al-qusayr-2012', 'index.html'))).toBe(true);
    expect(output(build)).not.toMatch(STACK_LINE);
  }, 300_000);
});
