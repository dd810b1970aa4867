import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** A running static server; `url` ends with the base path (`http://127.0.0.1:PORT/sub/`). */
export interface StaticServer {
  url: string;
  origin: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /**
   * Gzip text for clients that accept it, as GitHub Pages, Netlify, Cloudflare and Debian's nginx
   * do: Lighthouse times the bytes on the wire, and uncompressed HTML would cost a phone on its
   * simulated 1.6 Mbit/s link about half a second that no real host charges.
   */
  compress?: boolean;
}

/** Text types a host compresses; pictures and fonts are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|xml|manifest\+json)|image\/svg\+xml)/;

/**
 * Serves `dir` under `basePath` on 127.0.0.1 the way a plain static host does: `dir/` paths get
 * their `index.html`, unknown paths get `404.html` with status 404. Nothing else, so a test sees
 * what GitHub Pages or a bucket would serve.
 */
export async function startStaticServer(dir: string, basePath = '/', options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = path.resolve(dir);
  const server: Server = createServer((request, response) => {
    void respond(root, basePath, request.url ?? '/').then(({ status, body, type }) => {
      const gzip = options.compress === true && COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      response.writeHead(status, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}) });
      response.end(gzip ? gzipSync(body) : body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${basePath}`,
    origin,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function respond(root: string, basePath: string, rawUrl: string): Promise<{ status: number; body: Buffer | string; type: string }> {
  const pathname = decodeURIComponent(new URL(rawUrl, 'http://x').pathname);
  const notFound = async () => {
    const body = await readFile(path.join(root, '404.html')).catch(() => 'Not found');
    return { status: 404, body, type: TYPES['.html'] ?? 'text/html' };
  };
  if (!pathname.startsWith(basePath)) return notFound();
  let file = path.join(root, pathname.slice(basePath.length));
  if (!file.startsWith(root)) return notFound();
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) file = path.join(file, 'index.html');
  const body = await readFile(file).catch(() => undefined);
  if (!body) return notFound();
  return { status: 200, body, type: TYPES[path.extname(file)] ?? 'application/octet-stream' };
}
