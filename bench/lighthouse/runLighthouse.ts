/**
 * Lighthouse on the built article, the way a phone on a slow network meets it: serves `dist/`
 * (or the folder given) on 127.0.0.1, runs Lighthouse's mobile emulation in Debian's Chromium
 * (`CHROME_PATH`) with map tiles and every non-local request blocked, and prints the four
 * category scores, LCP, CLS and TBT, and each audit that kept a category below 100.
 * The server gzips text as every host does (LIGHTHOUSE_GZIP=0 serves it raw, as a bare bucket would).
 * Not a test: the figures move from run to run, and a busy machine inflates the CPU-bound ones
 * (Lighthouse multiplies the time it observes by 4), so it runs LIGHTHOUSE_RUNS times (default 3) and
 * details the median run. Run: `npm run lighthouse` (builds first), or
 * `node bench/lighthouse/runLighthouse.ts [dist] [page-path]`. Reports go to bench/results/.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { startStaticServer } from '../../tests/support/staticServer.ts';

const CHROME_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
const RESULTS = fileURLToPath(new URL('../results/', import.meta.url));
const [siteDir = 'dist', pagePath = 'battle-of-al-qusayr-2012/'] = process.argv.slice(2);

// Tiles are named for the report; `https://*` catches every other outside request (the local
// server is plain http), and the resolver rule stops any other host before it is looked up.
const BLOCKED = ['*tile.openstreetmap.org*', 'https://*'];

const RUNS = Number(process.env['LIGHTHOUSE_RUNS'] ?? 3);
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'speed-index', 'total-blocking-time', 'cumulative-layout-shift'];

const server = await startStaticServer(siteDir, '/', { compress: process.env['LIGHTHOUSE_GZIP'] !== '0' });
const chrome = await chromeLauncher.launch({
  chromePath: CHROME_PATH,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
try {
  const url = server.url + pagePath;
  const runs: Result[] = [];
  for (let run = 0; run < RUNS; run++) {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: ['json', 'html'], logLevel: 'error' },
      {
        extends: 'lighthouse:default',
        settings: { formFactor: 'mobile', blockedUrlPatterns: BLOCKED, onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
      },
    );
    if (result === undefined) throw new Error('Lighthouse returned no result');
    const { lhr, report } = result;
    const stamp = lhr.fetchTime.replace(/[:.]/g, '-');
    await mkdir(RESULTS, { recursive: true });
    const [json, html] = Array.isArray(report) ? report : [report, undefined];
    await writeFile(path.join(RESULTS, `lighthouse-${stamp}.json`), json ?? '');
    if (html !== undefined) await writeFile(path.join(RESULTS, `lighthouse-${stamp}.html`), html);
    console.log(`Run ${run + 1}: ${summary(lhr)}`);
    runs.push(lhr);
  }
  const lhr = medianRun(runs);
  console.log(
    `Lighthouse ${lhr.lighthouseVersion}, ${lhr.fetchTime}, ${lhr.configSettings.formFactor}, Chromium ${lhr.environment.hostUserAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? '?'}`,
  );
  console.log(`Page: ${url} (median of ${runs.length} run(s) by performance score)`);
  for (const category of Object.values(lhr.categories)) {
    console.log(`  ${category.title.padEnd(16)} ${Math.round((category.score ?? 0) * 100)}`);
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (audit === undefined || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      console.log(`      ${audit.id}: ${audit.title} (${audit.displayValue ?? Math.round(audit.score * 100)})`);
    }
  }
  for (const id of METRICS) {
    const values = runs.map((run) => run.audits[id]?.numericValue ?? 0);
    const audit = lhr.audits[id];
    if (audit !== undefined) console.log(`  ${audit.title.padEnd(26)} ${audit.displayValue ?? ''} (median of the runs: ${formatMetric(id, median(values))})`);
  }
  const requests = lhr.audits['network-requests']?.details;
  const items = requests?.type === 'table' ? requests.items : [];
  const urls = items.map((item) => String(item['url']));
  const bytes = items.reduce((sum, item) => sum + Number(item['transferSize'] ?? 0), 0);
  console.log(
    `  Transferred: ${(Number(items[0]?.['transferSize'] ?? 0) / 1000).toFixed(1)} kB page, ${(bytes / 1000).toFixed(1)} kB in ${items.length} requests`,
  );
  const outside = [...new Set(urls.filter((requestUrl) => !requestUrl.startsWith(server.origin) && !requestUrl.startsWith('data:')))];
  console.log(`  Requests leaving 127.0.0.1 (blocked): ${outside.length === 0 ? 'none' : outside.join(', ')}`);
  console.log(
    `  Machine: Lighthouse benchmark index ${Math.round(lhr.environment.benchmarkIndex)}, load average ${loadavg()[0]?.toFixed(1) ?? '?'} (a busy machine inflates FCP and TBT)`,
  );
  console.log(`Report: ${path.join(RESULTS, `lighthouse-${lhr.fetchTime.replace(/[:.]/g, '-')}.html`)}`);
} finally {
  chrome.kill();
  await server.close();
}

/** One line per run: the four scores and the timed metrics. */
function summary(lhr: Result): string {
  const scores = Object.values(lhr.categories).map((category) => Math.round((category.score ?? 0) * 100));
  const metrics = METRICS.map(
    (id) =>
      `${id
        .split('-')
        .map((word) => word[0]?.toUpperCase())
        .join('')} ${formatMetric(id, lhr.audits[id]?.numericValue ?? 0)}`,
  );
  return `${scores.join('/')}; ${metrics.join(', ')}`;
}

/** The run whose performance score is the median (the lower middle one for an even count). */
function medianRun(runs: Result[]): Result {
  const sorted = [...runs].sort((a, b) => (a.categories['performance']?.score ?? 0) - (b.categories['performance']?.score ?? 0));
  const middle = sorted[Math.floor((sorted.length - 1) / 2)];
  if (middle === undefined) throw new Error('LIGHTHOUSE_RUNS must be at least 1');
  return middle;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function formatMetric(id: string, value: number): string {
  return id === 'cumulative-layout-shift' ? value.toFixed(3) : `${Math.round(value)} ms`;
}
