import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

let cache: typeof import('../../../src/render/cachedRender.ts');
let cacheDir: string;

beforeAll(async () => {
  // The cache folder is read once, when the module loads. Unit test files share a module registry
  // (isolate: false), so another file may have loaded it already with the default folder.
  cacheDir = mkdtempSync(path.join(tmpdir(), 'render-cache-'));
  vi.stubEnv('RENDER_CACHE_DIR', cacheDir);
  vi.resetModules();
  cache = await import('../../../src/render/cachedRender.ts');
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe('the render cache', () => {
  it('renders once per set of inputs, also when asked twice at the same moment', async () => {
    const render = vi.fn(async () => Buffer.from('picture one'));
    const [first, second] = await Promise.all([cache.cachedRender('test', { n: 1 }, render), cache.cachedRender('test', { n: 1 }, render)]);
    const third = await cache.cachedRender('test', { n: 1 }, render);
    expect(render).toHaveBeenCalledTimes(1);
    expect([first, second, third].map(String)).toEqual(['picture one', 'picture one', 'picture one']);
    await cache.cachedRender('test', { n: 2 }, render);
    expect(render).toHaveBeenCalledTimes(2);
  });

  it('gives the cached file’s path, inside the cache folder, for linking into the output', async () => {
    const render = vi.fn(async () => Buffer.from('picture three'));
    const file = await cache.cachedRenderFile('test', { n: 3 }, render);
    expect(file.startsWith(cacheDir)).toBe(true);
    expect(String(await readFile(file))).toBe('picture three');
    expect(String(await cache.cachedRender('test', { n: 3 }, render))).toBe('picture three');
    expect(render).toHaveBeenCalledTimes(1);
  });
});
