import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildArticle } from '../../../src/loaders/buildArticle.ts';
import { loadPlaces } from '../../../src/loaders/loadPlaces.ts';
import { sourceVersion } from '../../../src/loaders/sourceVersion.ts';

const REPO = path.resolve(import.meta.dirname, '../../..');
const SEED = path.join(REPO, 'content/battle-of-al-qusayr-2012.md');

let cachedBuildArticle: typeof import('../../../src/loaders/cachedBuildArticle.ts').cachedBuildArticle;
let cacheDir: string;

beforeAll(async () => {
  // The render cache's folder is read once, when the module loads. Unit test files share a module registry
  // (isolate: false), so another file may have loaded it already with the default folder.
  cacheDir = mkdtempSync(path.join(tmpdir(), 'article-cache-'));
  vi.stubEnv('RENDER_CACHE_DIR', cacheDir);
  vi.resetModules();
  ({ cachedBuildArticle } = await import('../../../src/loaders/cachedBuildArticle.ts'));
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe('articles cached between builds', () => {
  it('reads back the very model the content stage built, warnings included', async () => {
    const raw = await readFile(SEED, 'utf8');
    const places = await loadPlaces(path.join(REPO, 'content'), REPO);
    const fresh = await buildArticle(raw, 'content/seed.md', places);
    const first = await cachedBuildArticle(raw, 'content/seed.md', places, 'v1');
    const second = await cachedBuildArticle(raw, 'content/seed.md', places, 'v1');
    expect(first).toEqual(fresh);
    expect(second).toEqual(fresh);
    expect(await readdir(path.join(cacheDir, 'article'))).toHaveLength(1);
    // Another version of the code, or another file name in messages, is another entry.
    await cachedBuildArticle(raw, 'content/seed.md', places, 'v2');
    await cachedBuildArticle(raw, 'content/other.md', places, 'v2');
    expect(await readdir(path.join(cacheDir, 'article'))).toHaveLength(3);
  });

  it('never caches a bad file: it fails every time, naming the file', async () => {
    const places = await loadPlaces(path.join(REPO, 'content'), REPO);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      await expect(cachedBuildArticle('---\ntitle: [unclosed\n---\n', 'content/bad.md', places, 'v1')).rejects.toThrow(/content\/bad\.md/);
    }
  });
});

describe('the source version', () => {
  it('changes when any source file or the installed dependencies change', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'source-version-'));
    mkdirSync(path.join(root, 'src/timeline'), { recursive: true });
    writeFileSync(path.join(root, 'src/timeline/extract.ts'), 'export const a = 1;\n');
    writeFileSync(path.join(root, 'package-lock.json'), '{"lockfileVersion":3}\n');
    const before = await sourceVersion(root);
    expect(await sourceVersion(root)).toBe(before);
    writeFileSync(path.join(root, 'src/timeline/extract.ts'), 'export const a = 2;\n');
    const edited = await sourceVersion(root);
    expect(edited).not.toBe(before);
    writeFileSync(path.join(root, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}\n');
    expect(await sourceVersion(root)).not.toBe(edited);
  });
});
