/**
 * Build benchmark (issue 7): how the build scales from 1 to 1,000 articles, against plain Astro
 * markdown over the same files. Prints a table, writes JSON to `bench/results/`, and ends with a
 * one-line summary.
 *
 * Run: `npm run bench:build` (N = 1, 10, 100, 1000 and the corpus), `npm run bench:build -- --quick`
 * (N = 1 and 10 only). `--json <file>` writes the result elsewhere; `--keep` keeps the
 * temporary folder (articles, outputs, build logs); `--site <dir>` builds another copy of the site
 * (a snapshot with a fix applied, to measure before and after); `--sizes 1,100` picks the counts
 * and `--no-corpus` skips the real articles; `--event-cards article` builds every case with that
 * `site.yaml` setting (event pages share their article's card).
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { writeArticleVariants } from './generateArticles.ts';
import { measureBuild, type BuildCommand } from './measureBuild.ts';
import { checkTargets, formatTable, summarise, type BenchReport, type BuildRun, type CaseResult } from './report.ts';
import { measureTimelineCost } from './timelineCost.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const SEED = path.join(REPO, 'content/battle-of-al-qusayr-2012.md');
/** Real articles beside the repository, when present; never copied into the repo. */
const CORPUS = path.resolve(REPO, '../shared/corpus');
const ASTRO = path.join(REPO, 'node_modules/astro/bin/astro.mjs');
const BASELINE_ROOT = path.join(REPO, 'bench/baseline-site');
/** The render cache's folder of article models (see src/loaders/cachedBuildArticle.ts). */
const ARTICLE_MODELS = 'article';
/** Its folder of Pagefind indexes (see src/search/pagefindIntegration.ts). */
const SEARCH_INDEXES = 'pagefind';

const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
    site: { type: 'string' },
    sizes: { type: 'string' },
    'no-corpus': { type: 'boolean', default: false },
    'event-cards': { type: 'string' },
  },
});
/** The site whose build is measured: this repository unless `--site` (or env `BENCH_SITE`) names a copy. */
const SITE = path.resolve(options.site ?? process.env['BENCH_SITE'] ?? REPO);
const mode = options.quick ? 'quick' : 'full';
const sizes = options.sizes ? options.sizes.split(',').map(Number) : options.quick ? [1, 10] : [1, 10, 100, 1000];
if (!sizes.every((size) => Number.isInteger(size) && size > 0)) throw new Error(`--sizes: expected counts such as 1,10,100, got ${options.sizes}`);
const eventCards = (['event', 'article'] as const).find((value) => value === options['event-cards']);
if (options['event-cards'] !== undefined && !eventCards) throw new Error(`--event-cards: expected event or article, got ${options['event-cards']}`);

/** A folder of articles to build four ways. */
interface BenchCase {
  label: string;
  dir: string;
  files: string[];
}

const work = await mkdtemp(path.join(os.tmpdir(), 'qusayr-build-bench-'));
// Astro writes its prerender chunks beside the output when that is inside the working folder,
// else into `<cwd>/.astro/.prerender`, which any other build of the same site would share and
// clobber (tests, a colleague's build). Outputs therefore go under the site's ignored results.
await mkdir(path.join(SITE, 'bench/results'), { recursive: true });
const outputs = await mkdtemp(path.join(SITE, 'bench/results/.builds-'));
const startedAt = new Date().toISOString();
try {
  const seedRaw = await readFile(SEED, 'utf8');
  const cases: BenchCase[] = [];
  for (const size of sizes) {
    const dir = path.join(work, `articles-${size}`);
    cases.push({ label: String(size), dir, files: await writeArticleVariants(seedRaw, size, dir) });
  }
  // The corpus has an article of 346 events (346 share cards): too slow for the quick mode a test runs.
  if (options['no-corpus'] || options.quick) console.log('(real articles skipped)');
  else if (existsSync(CORPUS)) cases.push(await corpusCase(path.join(work, 'articles-corpus')));
  else console.log(`(no corpus at ${CORPUS}: real articles skipped)`);

  const jsonFile = options.json
    ? path.resolve(options.json)
    : path.join(REPO, 'bench/results', `build-${mode}${eventCards ? `-event-cards-${eventCards}` : ''}-${startedAt.replace(/[:.]/g, '-')}.json`);
  await mkdir(path.dirname(jsonFile), { recursive: true });
  const results: CaseResult[] = [];
  let report: BenchReport | undefined;
  for (const benchCase of cases) {
    if (eventCards) await writeFile(path.join(benchCase.dir, 'site.yaml'), `eventCards: ${eventCards}\n`);
    results.push(await runCase(benchCase, results[0]));
    // Written after every case: a full run takes long, and a stopped one keeps what it measured.
    report = reportOf(results);
    await writeFile(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
  }
  const { targets, summary } = report ?? reportOf(results);

  console.log(`\n${formatTable(results)}\n`);
  for (const target of targets) console.log(`${target.met ? 'met   ' : 'MISSED'} ${target.name}: ${target.value.toFixed(2)} (${target.kind} ${target.limit})`);
  console.log(`results: ${path.relative(process.cwd(), jsonFile)}`);
  console.log(summary);
} finally {
  // On stderr, so the summary stays the last line of stdout.
  if (options.keep) console.error(`kept ${work} and ${outputs}`);
  else await Promise.all([work, outputs].map((dir) => rm(dir, { recursive: true, force: true })));
}

function reportOf(results: CaseResult[]): BenchReport {
  const targets = checkTargets(results);
  return {
    mode,
    ...(eventCards ? { eventCards } : {}),
    startedAt,
    site: SITE,
    machine: machine(),
    cases: results,
    targets,
    summary: summarise(results, targets),
  };
}

/** The corpus plus the seed, copied into the temporary folder (the loader reads one folder). */
async function corpusCase(dir: string): Promise<BenchCase> {
  await mkdir(dir, { recursive: true });
  const names = (await readdir(CORPUS)).filter((name) => name.endsWith('.md')).sort();
  for (const name of names) await copyFile(path.join(CORPUS, name), path.join(dir, name));
  await copyFile(SEED, path.join(dir, path.basename(SEED)));
  const files = [...names, path.basename(SEED)].map((name) => path.join(dir, name));
  return { label: 'corpus', dir, files };
}

/**
 * Builds one folder cold (empty render cache), warm (same render cache, nothing changed), as after
 * a code change (pictures cached, article models made again) and with the baseline site. Every build gets a fresh Astro cache: our loader clears its store anyway,
 * and the baseline must render every markdown body as ours does.
 */
async function runCase(benchCase: BenchCase, first: CaseResult | undefined): Promise<CaseResult> {
  const { label, dir, files } = benchCase;
  const renderCache = path.join(work, `renders-${label}`);
  const build = async (kind: 'cold' | 'warm' | 'code-changed' | 'baseline'): Promise<BuildRun> => {
    const outDir = path.join(outputs, `out-${label}-${kind}`);
    const logFile = path.join(work, `build-${label}-${kind}.log`);
    const astroCache = path.join(work, `astro-cache-${label}-${kind}`);
    const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
    const command: BuildCommand =
      kind === 'baseline'
        ? {
            args: [ASTRO, 'build', '--root', BASELINE_ROOT, '--outDir', outDir],
            cwd: SITE,
            env: { ...env, BASELINE_CONTENT_DIR: dir, BASELINE_CACHE_DIR: astroCache },
            logFile,
          }
        : {
            args: [ASTRO, 'build', '--outDir', outDir],
            cwd: SITE,
            env: { ...env, CONTENT_DIR: dir, ASTRO_CACHE_DIR: astroCache, RENDER_CACHE_DIR: renderCache },
            logFile,
          };
    process.stdout.write(`N=${label} ${kind} build… `);
    // As after an edit to our code: every article's model is made again, pictures come from the cache.
    if (kind === 'code-changed') await rm(path.join(renderCache, ARTICLE_MODELS), { recursive: true, force: true });
    const imagesBefore = await countPictures(renderCache);
    const measured = await measureBuild(command);
    if (measured.exitCode !== 0) throw new Error(`${kind} build of ${label} failed (exit ${measured.exitCode}):\n${tail(logFile)}`);
    const run: BuildRun = {
      ...measured,
      imagesRendered: kind === 'baseline' ? 0 : (await countPictures(renderCache)) - imagesBefore,
      pagesBuilt: await countPages(outDir, kind === 'baseline'),
      ...(await measureOutput(outDir)),
    };
    console.log(`${run.wallSeconds.toFixed(1)} s, ${run.cpuSeconds.toFixed(1)} s CPU, ${run.peakRssMb.toFixed(0)} MB`);
    if (run.pagesBuilt !== files.length)
      throw new Error(`${kind} build of ${label} made ${run.pagesBuilt} article pages for ${files.length} files:\n${tail(logFile)}`);
    // Outputs of 1,000 articles are large; only the measurements are kept.
    if (!options.keep) await rm(outDir, { recursive: true, force: true });
    return run;
  };
  const cold = await build('cold');
  const warm = await build('warm');
  const codeChanged = await build('code-changed');
  const baseline = await build('baseline');
  const timeline = await measureTimelineCost(files);
  const articles = files.length;
  const msPerExtraArticle =
    first && first.articles === 1 && articles > 1 && label !== 'corpus' ? ((warm.wallSeconds - first.warm.wallSeconds) * 1000) / (articles - 1) : null;
  return {
    label,
    articles,
    cold,
    warm,
    codeChanged,
    baseline,
    ratio: warm.wallSeconds / baseline.wallSeconds,
    cpuRatio: warm.cpuSeconds / baseline.cpuSeconds,
    msPerArticle: (warm.wallSeconds * 1000) / articles,
    msPerExtraArticle,
    coldOverWarm: cold.wallSeconds / warm.wallSeconds,
    timeline,
  };
}

/** Pictures in a render cache (its article models and search indexes aside), 0 when it does not exist yet. */
async function countPictures(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const notPictures = new Set([ARTICLE_MODELS, SEARCH_INDEXES]);
  const kind = (entry: { parentPath: string }) => path.relative(dir, entry.parentPath).split(path.sep)[0] ?? '';
  return entries.filter((entry) => entry.isFile() && !entry.name.endsWith('.tmp') && !notPictures.has(kind(entry))).length;
}

/**
 * Article pages in `outDir`: top-level folders with a page. Ours also have the article's timeline,
 * which the site's own pages (`search/`, `chronology/`…) do not; the plain baseline has only articles.
 */
async function countPages(outDir: string, baseline: boolean): Promise<number> {
  const entries = await readdir(outDir, { withFileTypes: true }).catch(() => []);
  const isArticle = (name: string) => existsSync(path.join(outDir, name, 'index.html')) && (baseline || existsSync(path.join(outDir, name, 'timeline.json')));
  return entries.filter((entry) => entry.isDirectory() && isArticle(entry.name)).length;
}

/** What a host would be given: the bytes and files of `outDir`, a hard-linked card counted as a file of its own. */
async function measureOutput(outDir: string): Promise<{ outputMb: number; outputFiles: number }> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  let bytes = 0;
  for (const file of files) bytes += (await stat(file)).size;
  return { outputMb: bytes / 1e6, outputFiles: files.length };
}

function tail(file: string): string {
  return readFileSync(file, 'utf8').split('\n').slice(-25).join('\n');
}

function machine(): BenchReport['machine'] {
  const astro = JSON.parse(readFileSync(path.join(REPO, 'node_modules/astro/package.json'), 'utf8')) as { version: string };
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    astro: astro.version,
    // Other work on a shared machine shows here; a busy machine slows every column alike.
    loadAverage: os.loadavg().map((load) => Number(load.toFixed(2))),
  };
}
