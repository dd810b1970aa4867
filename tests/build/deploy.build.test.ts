import { readFile } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load } from 'cheerio';
import ogs from 'open-graph-scraper';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MISSING_SITE_WARNING } from '../../src/deploy/deployTarget.ts';
import { buildSite, freshBuildDir, REPO, type BuildResult } from '../support/buildSite.ts';
import { checkLinks } from '../support/linkChecker.ts';
import { hashTree } from '../support/hashTree.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';

const CONTENT = path.join(REPO, 'content');
const ARTICLE = 'battle-of-al-qusayr-2012';

describe('deployed under a sub-path, with SITE_URL set', () => {
  const base = '/sub/path/';
  let server: StaticServer;
  let build: BuildResult;
  beforeAll(async () => {
    // The server starts first so the build can know its origin: then canonical, og:image and
    // sitemap URLs point at it, and the crawler can follow them too.
    const outDir = path.join(await freshBuildDir(), 'dist');
    server = await startStaticServer(outDir, base);
    build = await buildSite({ contentDir: CONTENT, outDir, env: { BASE_PATH: base, SITE_URL: server.origin } });
    expect(build.code, build.stdout + build.stderr).toBe(0);
  });
  afterAll(() => server?.close());

  it('has no broken link, asset or #anchor anywhere (crawled from the sub-path root and the sitemap)', async () => {
    const report = await checkLinks(server.url, server.origin);
    const fromSitemap = await checkLinks(`${server.url}sitemap-index.xml`, server.origin);
    expect([...report.broken, ...fromSitemap.broken]).toEqual([]);
    const visited = new Set([...report.visited, ...fromSitemap.visited]);
    const page = (inner: string) => `${server.url}${inner}`;
    for (const expected of [
      page(`${ARTICLE}/`),
      page(`${ARTICLE}/map.png`),
      page(`${ARTICLE}/map-narrow.png`),
      page(`${ARTICLE}/outline.json`),
      page(`${ARTICLE}/card.png`),
      page('manifest.webmanifest'),
      page('favicon.svg'),
    ]) {
      expect(visited.has(expected), expected).toBe(true);
    }
    expect([...visited].filter((url) => url.includes('/events/') && url.endsWith('/'))).toHaveLength(36);
    expect([...visited].every((url) => url.startsWith(server.url))).toBe(true);
    expect(report.anchors).toBeGreaterThan(100);
  });

  it('gives every page a canonical URL, Open Graph and Twitter card tags with an absolute 1200×630 card', async () => {
    const $ = load(await readFile(path.join(build.outDir, ARTICLE, 'index.html'), 'utf8'));
    expect($('link[rel=canonical]').attr('href')).toBe(`${server.url}${ARTICLE}/`);
    expect($('meta[property="og:url"]').attr('content')).toBe(`${server.url}${ARTICLE}/`);
    expect($('meta[property="og:image"]').attr('content')).toBe(`${server.url}${ARTICLE}/card.png`);
    expect($('meta[property="og:image:width"]').attr('content')).toBe('1200');
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
    expect($('head > title').text()).toBe('Battle of al-Qusayr (2012)');
    expect($('meta[name=description]').attr('content')).toMatch(/^The first of the two battles/);
  });

  it('makes a page per timeline event that is its own canonical page, and links it to its anchor', async () => {
    const id = '2012-02-25-fsa-eventually-able-turn-tide';
    const $ = load(await readFile(path.join(build.outDir, ARTICLE, 'events', id, 'index.html'), 'utf8'));
    expect($('link[rel=canonical]').attr('href')).toBe(`${server.url}${ARTICLE}/events/${id}/`);
    expect($('meta[property="og:image"]').attr('content')).toBe(`${server.url}${ARTICLE}/events/${id}/card.png`);
    expect($('h1 time').attr('datetime')).toBe('2012-02-25');
    expect($('a.event-page-read').attr('href')).toBe(`${base}${ARTICLE}/#${id}`);
  });

  it('previews an event page as that event, read by a real metadata parser (open-graph-scraper)', async () => {
    const id = '2012-02-25-fsa-eventually-able-turn-tide';
    const html = await readFile(path.join(build.outDir, ARTICLE, 'events', id, 'index.html'), 'utf8');
    const { error, result } = await ogs({ html });
    expect(error).toBe(false);
    const eventUrl = `${server.url}${ARTICLE}/events/${id}/`;
    expect(result.ogTitle).toBe('25 February 2012: Battle of al-Qusayr (2012)');
    expect(result.ogDescription).toMatch(/^The FSA was eventually able to "turn the tide" on 25 February/);
    expect(result.ogUrl).toBe(eventUrl);
    expect(result.ogImage).toEqual([expect.objectContaining({ url: `${eventUrl}card.png`, width: '1200', height: '630' })]);
    expect(result.twitterCard).toBe('summary_large_image');
    expect(result.twitterImage?.[0]?.url).toBe(`${eventUrl}card.png`);
    // The card itself is the size the tags promise.
    const card = await readFile(path.join(build.outDir, ARTICLE, 'events', id, 'card.png'));
    expect([card.readUInt32BE(16), card.readUInt32BE(20)]).toEqual([1200, 630]);
    const data = JSON.parse(load(html)('script[type="application/ld+json"]').text()) as Record<string, unknown>;
    expect(data).toMatchObject({
      '@type': 'Event',
      startDate: '2012-02-25',
      url: eventUrl,
      location: { '@type': 'Place', name: 'Al-Qusayr, Homs Governorate, Syria' },
      isPartOf: { name: 'Battle of al-Qusayr (2012)', url: `${server.url}${ARTICLE}/` },
    });
  });

  it('points robots.txt at the sitemap, and the manifest at the sub-path', async () => {
    expect(await readFile(path.join(build.outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${server.url}sitemap-index.xml`);
    const manifest = JSON.parse(await readFile(path.join(build.outDir, 'manifest.webmanifest'), 'utf8')) as { start_url: string };
    expect(manifest.start_url).toBe(base);
  });

  it('describes the battle as a schema.org Event with its places and sub-events', async () => {
    const $ = load(await readFile(path.join(build.outDir, ARTICLE, 'index.html'), 'utf8'));
    const data = JSON.parse($('script[type="application/ld+json"]').text()) as Record<string, unknown> & {
      location: Record<string, unknown> & { geo: Record<string, unknown> };
      subEvent: Record<string, unknown>[];
    };
    // Required and recommended by schema.org/Event and Google's event guidelines: name, startDate, location.
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('Event');
    expect(data['name']).toBe('Battle of al-Qusayr (2012)');
    expect(data['startDate']).toBe('2012-02-10');
    expect(data['endDate']).toBe('2012-04-20');
    expect(data.location['@type']).toBe('Place');
    expect(data.location['name']).toBe('Al-Qusayr, Homs Governorate, Syria');
    expect(data.location.geo['@type']).toBe('GeoCoordinates');
    expect(Math.abs(Number(data.location.geo['latitude']) - 34.512)).toBeLessThan(0.02);
    expect(data.subEvent).toHaveLength(36);
    for (const sub of data.subEvent) {
      expect(sub['@type']).toBe('Event');
      expect(String(sub['name']).length).toBeGreaterThan(0);
      expect(String(sub['startDate'])).toMatch(/^\d{4}(-\d\d){0,2}$/);
      expect(String(sub['url'])).toMatch(new RegExp(`^${server.url}${ARTICLE}/events/`));
    }
  });

  it('writes _headers with the security headers and a CSP that covers every page', async () => {
    const headers = await readFile(path.join(build.outDir, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/\*\n/);
    expect(headers).toContain('Referrer-Policy: strict-origin-when-cross-origin');
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toMatch(/Permissions-Policy: .+/);
    const csp = /Content-Security-Policy: (.+)/.exec(headers)?.[1] ?? '';
    const imageSources = /img-src ([^;]+)/.exec(csp)?.[1]?.split(' ') ?? [];
    expect(imageSources).toEqual(expect.arrayContaining(["'self'", 'https://tile.openstreetmap.org']));
    expect(imageSources.every((source) => ["'self'", 'data:'].includes(source) || /^https:\/\/[a-z.]+$/.test(source))).toBe(true);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const meta =
      load(await readFile(path.join(build.outDir, ARTICLE, 'index.html'), 'utf8'))('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
    for (const hash of meta.match(/'sha256-[^']+'/g) ?? []) expect(csp).toContain(hash);
  });
});

describe('a root deploy without SITE_URL', () => {
  it('links everything relative to the root, breaks nothing, and warns once that previews lack a picture', { timeout: 180_000 }, async () => {
    const build = await buildSite({ contentDir: CONTENT });
    expect(build.code).toBe(0);
    expect((build.stdout + build.stderr).split(MISSING_SITE_WARNING).length - 1).toBe(1);
    const server = await startStaticServer(build.outDir);
    try {
      const report = await checkLinks(server.url, server.origin);
      expect(report.broken).toEqual([]);
      // A relative canonical or og:image is worse than none: platforms ignore it, SEO tools flag it.
      const $ = load(await readFile(path.join(build.outDir, ARTICLE, 'index.html'), 'utf8'));
      expect($('link[rel=canonical]')).toHaveLength(0);
      expect($('meta[property="og:url"]')).toHaveLength(0);
      expect($('meta[property="og:image"]')).toHaveLength(0);
      expect($('meta[name="twitter:image"]')).toHaveLength(0);
    } finally {
      await server.close();
    }
  });
});

describe('a deploy on a host that names its own address', () => {
  it('takes the origin from Netlify’s URL when SITE_URL is absent', { timeout: 180_000 }, async () => {
    const build = await buildSite({ contentDir: CONTENT, env: { URL: 'https://x.netlify.app' } });
    expect(build.code, build.stderr).toBe(0);
    expect(build.stdout + build.stderr).not.toContain(MISSING_SITE_WARNING);
    const $ = load(await readFile(path.join(build.outDir, ARTICLE, 'index.html'), 'utf8'));
    expect($('link[rel=canonical]').attr('href')).toBe(`https://x.netlify.app/${ARTICLE}/`);
    expect($('meta[property="og:image"]').attr('content')).toBe(`https://x.netlify.app/${ARTICLE}/card.png`);
  });
});

describe('determinism', () => {
  it('builds byte-identical dist/ three times: twice with a cold render cache, then warm', { timeout: 180_000 }, async () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'renders-'));
    const env = { SITE_URL: 'https://example.org', RENDER_CACHE_DIR: cache };
    const [first, second] = await Promise.all([
      buildSite({ contentDir: CONTENT, env }),
      buildSite({ contentDir: CONTENT, env: { ...env, RENDER_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'renders-')) } }),
    ]);
    // Pictures, cards and article models all read back from `cache` this time.
    const warm = await buildSite({ contentDir: CONTENT, env });
    expect([first.code, second.code, warm.code], first.stderr + second.stderr + warm.stderr).toEqual([0, 0, 0]);
    const [a, b, c] = [await hashTree(first.outDir), await hashTree(second.outDir), await hashTree(warm.outDir)];
    expect(a.size).toBeGreaterThan(80);
    for (const other of [b, c]) {
      expect([...other.keys()].sort()).toEqual([...a.keys()].sort());
      expect([...a].filter(([file, hash]) => other.get(file) !== hash).map(([file]) => file)).toEqual([]);
    }
  });
});
