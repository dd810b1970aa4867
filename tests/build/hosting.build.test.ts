import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SECURITY_HEADERS } from '../../src/deploy/securityHeaders.ts';
import { buildSite, REPO } from '../support/buildSite.ts';
import { NGINX, nginxPresent, startNginx, type NginxServer } from '../support/nginxServer.ts';

const ARTICLE = 'battle-of-al-qusayr-2012';
const IMMUTABLE = 'public, max-age=31536000, immutable';

// CI installs nginx (.ci/run); a machine without it is told so rather than silently passing.
if (!nginxPresent && process.env['CI']) throw new Error(`nginx is missing at ${NGINX}: install Debian's nginx (apt-get install nginx)`);
if (!nginxPresent) console.warn(`nginx tests skipped: no nginx at ${NGINX} (apt-get install nginx, or set NGINX_PATH)`);

/** What a reader's browser gets for one path: status, the headers that matter, the body. */
async function get(origin: string, pathname: string) {
  const response = await fetch(new URL(pathname, origin), { redirect: 'manual' });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

function expectSecurityHeaders(headers: Headers, pathname: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers.get(name), `${name} on ${pathname}`).toBe(value);
}

async function firstAsset(distDir: string, extension: string): Promise<string> {
  const name = (await readdir(path.join(distDir, '_astro'))).find((file) => file.endsWith(extension));
  if (!name) throw new Error(`no ${extension} in _astro/`);
  return name;
}

/** The checks a deployment must pass, for the site served under `base` by `server`. */
function servesTheSite(label: string, start: () => Promise<{ server: NginxServer; distDir: string; base: string }>) {
  describe.skipIf(!nginxPresent)(label, () => {
    let server: NginxServer;
    let distDir: string;
    let base: string;
    beforeAll(async () => ({ server, distDir, base } = await start()), 300_000);
    afterAll(() => server?.close());

    it('serves pages as HTML, with the security headers and no-cache', async () => {
      for (const pathname of [base, `${base}${ARTICLE}/`]) {
        const page = await get(server.origin, pathname);
        expect(page.status, pathname).toBe(200);
        expect(page.headers.get('content-type'), pathname).toBe('text/html; charset=utf-8');
        expect(page.headers.get('cache-control'), pathname).toBe('no-cache');
        expectSecurityHeaders(page.headers, pathname);
      }
    });

    it('sends a folder without its slash on to the folder, on the same host', async () => {
      const page = await get(server.origin, `${base}${ARTICLE}`);
      expect(page.status).toBe(301);
      expect(page.headers.get('location')).toBe(`${base}${ARTICLE}/`);
      expectSecurityHeaders(page.headers, `${base}${ARTICLE}`);
    });

    it('answers an unknown path with the site’s 404 page and status 404', async () => {
      const missing = await get(server.origin, `${base}no-such-page/`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(missing.body).toBe(await readFile(path.join(distDir, '404.html'), 'utf8'));
      expectSecurityHeaders(missing.headers, 'a 404');
    });

    it('caches Astro’s hashed bundles for a year, with the security headers still on them', async () => {
      for (const [extension, type] of [
        ['.js', 'application/javascript; charset=utf-8'],
        ['.css', 'text/css; charset=utf-8'],
      ] as const) {
        let name: string;
        try {
          name = await firstAsset(distDir, extension);
        } catch {
          continue; // the stylesheet is inlined into pages; there may be no .css file at all
        }
        const asset = await get(server.origin, `${base}_astro/${name}`);
        expect(asset.status, name).toBe(200);
        expect(asset.headers.get('content-type'), name).toBe(type);
        expect(asset.headers.get('cache-control'), name).toBe(IMMUTABLE);
        expectSecurityHeaders(asset.headers, name);
      }
    });

    it('compresses pages, scripts and SVG pictures for a browser that accepts gzip', async () => {
      const script = await firstAsset(distDir, '.js');
      for (const file of ['', `${ARTICLE}/`, `_astro/${script}`, `${ARTICLE}/events/places.svg`, 'manifest.webmanifest']) {
        const response = await get(server.origin, `${base}${file}`);
        expect(response.status, file).toBe(200);
        expect(response.headers.get('content-encoding'), file).toBe('gzip');
        expect(response.headers.get('vary'), file).toMatch(/Accept-Encoding/i);
      }
    });

    it('gives every other kind of file its own type', async () => {
      const files: [string, string][] = [
        ['manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
        ['robots.txt', 'text/plain; charset=utf-8'],
        ['favicon.svg', 'image/svg+xml; charset=utf-8'],
        [`${ARTICLE}/card.png`, 'image/png'],
        // The event pages' map picture: an <img> of the wrong type shows nothing.
        [`${ARTICLE}/events/places.svg`, 'image/svg+xml; charset=utf-8'],
        [`${ARTICLE}/timeline.json`, 'application/json; charset=utf-8'],
      ];
      for (const [file, type] of files) {
        const response = await get(server.origin, `${base}${file}`);
        expect(response.status, file).toBe(200);
        expect(response.headers.get('content-type'), file).toBe(type);
        expectSecurityHeaders(response.headers, file);
      }
    });
  });
}

servesTheSite('nginx/qusayr-site.conf serves a root build', async () => {
  const distDir = inject('siteDir');
  return { server: await startNginx('qusayr-site.conf', distDir), distDir, base: '/' };
});

servesTheSite('nginx/qusayr-subpath.conf serves a build for BASE_PATH=/qusayr/', async () => {
  const build = await buildSite({ contentDir: path.join(REPO, 'content'), env: { BASE_PATH: '/qusayr/' } });
  if (build.code !== 0) throw new Error(`build failed:\n${build.stderr}`);
  return { server: await startNginx('qusayr-subpath.conf', build.outDir), distDir: build.outDir, base: '/qusayr/' };
});

describe('_headers, read by Netlify’s own parser', () => {
  it('is valid and gives every page the security headers and a policy with that page’s hashes', async () => {
    const distDir = inject('siteDir');
    const { headers, errors } = await parseAllHeaders({ headersFiles: [path.join(distDir, '_headers')], configHeaders: undefined, minimal: false });
    expect(errors).toEqual([]);
    const rules = headers as Header[];
    const pages = (await readdir(distDir, { recursive: true })).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const url = `/${page.replace(/index\.html$/, '')}`;
      const applied = Object.assign({}, ...rules.filter((rule) => rule.forRegExp.test(url)).map((rule) => rule.values)) as Record<string, string>;
      expect(applied, url).toMatchObject(SECURITY_HEADERS);
      const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(await readFile(path.join(distDir, page), 'utf8'))?.[1] ?? '';
      for (const hash of meta.match(/'sha256-[^']+'/g) ?? []) expect(applied['Content-Security-Policy'], url).toContain(hash);
    }
  });
});
