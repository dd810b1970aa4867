/**
 * Site pages benchmark (issue 17): at 100 and 1,000 generated articles, how heavy the home page
 * and the chronology are, and how big the search index is. Figures, never asserted.
 *
 * Run: `node bench/site/run.ts` (`--sizes 100` picks the counts, `--event-cards article` the setting). Each size is one build of
 * `bench/build/generateArticles.ts` variants of the seed (all of one conflict: the worst case for
 * one chronology), with the project's render cache, so a second run is faster but measures the same.
 * Sizes are bytes on disk and gzip level 9, as a static host would send them compressed.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { writeArticleVariants } from '../build/generateArticles.ts';
import { measureBuild } from '../build/measureBuild.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const SEED = path.join(REPO, 'content/battle-of-al-qusayr-2012.md');
const ASTRO = path.join(REPO, 'node_modules/astro/bin/astro.mjs');

const { values: options } = parseArgs({
  options: { sizes: { type: 'string', default: '100,1000' }, keep: { type: 'boolean', default: false }, 'event-cards': { type: 'string' } },
});
// `--event-cards article` builds with that site.yaml setting: the pages measured here are the same, the build much shorter.
const eventCards = options['event-cards'];
if (eventCards !== undefined && eventCards !== 'event' && eventCards !== 'article')
  throw new Error(`--event-cards: expected event or article, got ${eventCards}`);
const sizes = (options.sizes ?? '').split(',').map(Number);

interface Weight {
  raw: number;
  gzip: number;
}

const weigh = async (file: string): Promise<Weight> => {
  const bytes = await readFile(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** Pagefind's index: every file, and the part any first search fetches whatever the query (script, WebAssembly, entry, metadata). */
async function searchIndex(dist: string): Promise<{ files: number; total: number; firstSearch: number }> {
  const files = await filesUnder(path.join(dist, 'pagefind'));
  let total = 0;
  let firstSearch = 0;
  for (const file of files) {
    const size = (await stat(file)).size;
    total += size;
    if (/pagefind\.js$|wasm\.[a-z-]+\.pagefind$|pagefind-entry\.json$|\.pf_meta$/.test(file)) firstSearch += size;
  }
  return { files: files.length, total, firstSearch };
}

const work = await mkdtemp(path.join(os.tmpdir(), 'qusayr-site-bench-'));
await mkdir(path.join(REPO, 'bench/results'), { recursive: true });
const outputs = await mkdtemp(path.join(REPO, 'bench/results/.site-'));
const seed = await readFile(SEED, 'utf8');
const rows: string[] = [];
let failed = false;
try {
  for (const size of sizes) {
    const dir = path.join(work, `n${size}`);
    await writeArticleVariants(seed, size, dir);
    if (eventCards) await writeFile(path.join(dir, 'site.yaml'), `eventCards: ${eventCards}\n`);
    const dist = path.join(outputs, `n${size}`);
    const build = await measureBuild({
      args: [ASTRO, 'build', '--outDir', dist],
      cwd: REPO,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: dir, ASTRO_CACHE_DIR: path.join(outputs, `cache-${size}`) },
      logFile: path.join(outputs, `n${size}.log`),
    });
    if (build.exitCode !== 0) {
      failed = true;
      throw new Error(`build of ${size} articles failed: see ${outputs}/n${size}.log`);
    }
    const home = await weigh(path.join(dist, 'index.html'));
    const chronologyDir = path.join(dist, 'chronology');
    const groups = (await readdir(chronologyDir, { withFileTypes: true })).filter((entry) => entry.isDirectory());
    const chronologyPages = (await Promise.all(groups.map((group) => filesUnder(path.join(chronologyDir, group.name)))))
      .flat()
      .filter((file) => file.endsWith('.html'));
    const weights = await Promise.all(chronologyPages.map(weigh));
    const heaviest = weights.reduce((max, weight) => (weight.gzip > max.gzip ? weight : max), { raw: 0, gzip: 0 });
    const search = await searchIndex(dist);
    rows.push(
      [
        String(size),
        `${build.wallSeconds.toFixed(0)} s`,
        `${kb(home.raw)} / ${kb(home.gzip)}`,
        String(chronologyPages.length),
        `${kb(heaviest.raw)} / ${kb(heaviest.gzip)}`,
        `${search.files}`,
        kb(search.total),
        kb(search.firstSearch),
      ].join(' | '),
    );
    console.log(`${size} articles built in ${build.wallSeconds.toFixed(0)} s`);
  }
} finally {
  // A failed build's log stays for reading.
  if (!options.keep && !failed) await rm(outputs, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
}
console.log(
  '\n| articles | build | home raw / gzip | chronology pages | heaviest chronology page raw / gzip | search files | search index | fetched by a first search (besides matching words) |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(`| ${row} |`);
