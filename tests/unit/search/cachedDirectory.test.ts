import { mkdtempSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

let cachedDirectory: typeof import('../../../src/search/cachedDirectory.ts').cachedDirectory;
let hashFiles: typeof import('../../../src/search/cachedDirectory.ts').hashFiles;
let cacheDir: string;

beforeAll(async () => {
  // The cache folder is read once, when the module loads. Unit test files share a module registry
  // (isolate: false), so another file may have loaded it already with the default folder.
  cacheDir = mkdtempSync(path.join(tmpdir(), 'cached-directory-'));
  vi.stubEnv('RENDER_CACHE_DIR', cacheDir);
  vi.resetModules();
  ({ cachedDirectory, hashFiles } = await import('../../../src/search/cachedDirectory.ts'));
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe('cachedDirectory', () => {
  it('makes a folder once per key, and gives the same files from the cache after', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'cached-directory-work-'));
    let made = 0;
    const make = (target: string) => async () => {
      made += 1;
      await mkdir(path.join(target, 'fragment'), { recursive: true });
      await writeFile(path.join(target, 'index.json'), '{"pages":2}');
      await writeFile(path.join(target, 'fragment', 'a.pf'), 'A');
    };
    const first = path.join(work, 'first');
    const second = path.join(work, 'second');
    expect(await cachedDirectory('index', 'k1', first, make(first))).toBe(false);
    expect(await cachedDirectory('index', 'k1', second, make(second))).toBe(true);
    expect(made).toBe(1);
    expect(await readFile(path.join(second, 'fragment', 'a.pf'), 'utf8')).toBe('A');
    expect(await cachedDirectory('index', 'k2', path.join(work, 'third'), make(path.join(work, 'third')))).toBe(false);
    expect(made).toBe(2);
  });

  it('keeps only the two folders used last', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'cached-directory-work-'));
    const make = (target: string) => async () => {
      await mkdir(target, { recursive: true });
      await writeFile(path.join(target, 'index.json'), target);
    };
    const use = (key: string, name: string) => cachedDirectory('kept', key, path.join(work, name), make(path.join(work, name)));
    await use('a', '1');
    await new Promise((resolve) => setTimeout(resolve, 20));
    await use('b', '2');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await use('a', '3')).toBe(true); // a is now the one used last
    await new Promise((resolve) => setTimeout(resolve, 20));
    await use('c', '4');
    expect((await readdir(path.join(cacheDir, 'kept'))).sort()).toEqual(['a', 'c']);
  });
});

describe('hashFiles', () => {
  it('changes with the path or bytes of a file the glob matches, and with nothing else', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hash-files-'));
    await mkdir(path.join(dir, 'a'));
    await writeFile(path.join(dir, 'a', 'index.html'), '<p>one</p>');
    await mkdir(path.join(dir, 'a', 'events', 'e1'), { recursive: true });
    await writeFile(path.join(dir, 'a', 'events', 'e1', 'index.html'), '<p>event</p>');
    await writeFile(path.join(dir, 'card.png'), 'png');
    const html = '*/index.html';
    const before = await hashFiles(dir, html);
    await writeFile(path.join(dir, 'card.png'), 'other png');
    await writeFile(path.join(dir, 'a', 'events', 'e1', 'index.html'), '<p>another event</p>');
    expect(await hashFiles(dir, html)).toBe(before);
    await writeFile(path.join(dir, 'a', 'index.html'), '<p>two</p>');
    expect(await hashFiles(dir, html)).not.toBe(before);
  });
});
