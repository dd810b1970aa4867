import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../support/staticServer.ts';

const PAGE = '<!doctype html><title>t</title>' + '<p>a line of prose</p>'.repeat(200);
const PICTURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);

describe('startStaticServer', () => {
  let dir: string;
  let plain: StaticServer;
  let compressing: StaticServer;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'static-server-'));
    await writeFile(path.join(dir, 'index.html'), PAGE);
    await writeFile(path.join(dir, 'map.png'), PICTURE);
    plain = await startStaticServer(dir);
    compressing = await startStaticServer(dir, '/', { compress: true });
  });

  afterAll(async () => {
    await Promise.all([plain.close(), compressing.close()]);
    await rm(dir, { recursive: true, force: true });
  });

  // node:http rather than fetch, which would undo the compression this checks.
  const get = (server: StaticServer, file: string, encoding: string) =>
    new Promise<{ encoding: string | null; body: Buffer }>((resolve, reject) => {
      request(server.url + file, { headers: { 'accept-encoding': encoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ encoding: response.headers['content-encoding'] ?? null, body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });

  it('serves files as they are on disk by default, as a bare bucket does', async () => {
    const page = await get(plain, '', 'gzip');
    expect(page.encoding).toBeNull();
    expect(page.body.toString()).toBe(PAGE);
  });

  it('gzips text for a client that accepts it when asked to, as hosts do', async () => {
    const page = await get(compressing, '', 'gzip, deflate, br');
    expect(page.encoding).toBe('gzip');
    expect(page.body.length).toBeLessThan(PAGE.length / 10);
    expect(gunzipSync(page.body).toString()).toBe(PAGE);
  });

  it('leaves pictures alone and answers a client without gzip plainly', async () => {
    expect(await get(compressing, 'map.png', 'gzip')).toEqual({ encoding: null, body: PICTURE });
    expect((await get(compressing, '', 'identity')).encoding).toBeNull();
  });
});
