/**
 * Lighthouse on the built article, the way a phone on a slow network meets it: serves `dist/`
 * (or the folder given) on 127.0.0.1, runs Lighthouse's mobile emulation in Debian's Chromium
 * (`CHROME_PATH`) with map tiles and every non-local request blocked, and prints the four
 * category scores, LCP, CLS and TBT, and each audit that kept a category below 100.
 * Not a test: the figures move a little from run to run. Run: `npm run lighthouse` (builds first),
 * or `node bench/lighthouse/runLighthouse.ts [dist] [page-path]`. Reports go to bench/results/.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startStaticServer } from '../../tests/support/staticServer.ts';

const CHROME_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
const RESULTS = fileURLToPath(new URL('../results/', import.meta.url));
const [siteDir = 'dist', pagePath = 'battle-of-al-qusayr-2012/'] = process.argv.slice(2);

// Tiles are named for the report; `https://*` catches every other outside request (the local
// server is plain http), and the resolver rule stops any other host before it is looked up.
const BLOCKED = ['*tile.openstreetmap.org*', 'https://*'];

const server = await startStaticServer(siteDir, '/', { compress: process.env['LIGHTHOUSE_GZIP'] !== '0' });
const chrome = await chromeLauncher.launch({
  chromePath: CHROME_PATH,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
try {
  const url = server.url + pagePath;
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

  console.log(
    `Lighthouse ${lhr.lighthouseVersion}, ${lhr.fetchTime}, ${lhr.configSettings.formFactor}, Chromium ${lhr.environment.hostUserAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? '?'}`,
  );
  console.log(`Page: ${url}`);
  for (const category of Object.values(lhr.categories)) {
    console.log(`  ${category.title.padEnd(16)} ${Math.round((category.score ?? 0) * 100)}`);
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (audit === undefined || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      console.log(`      ${audit.id}: ${audit.title} (${audit.displayValue ?? Math.round(audit.score * 100)})`);
    }
  }
  for (const id of ['largest-contentful-paint', 'cumulative-layout-shift', 'total-blocking-time', 'first-contentful-paint', 'speed-index']) {
    const audit = lhr.audits[id];
    if (audit !== undefined) console.log(`  ${audit.title.padEnd(26)} ${audit.displayValue ?? ''}`);
  }
  const requests = lhr.audits['network-requests']?.details;
  const urls = requests?.type === 'table' ? requests.items.map((item) => String(item['url'])) : [];
  const outside = [...new Set(urls.filter((requestUrl) => !requestUrl.startsWith(server.origin) && !requestUrl.startsWith('data:')))];
  console.log(`  Requests leaving 127.0.0.1 (blocked): ${outside.length === 0 ? 'none' : outside.join(', ')}`);
  console.log(`Report: ${path.join(RESULTS, `lighthouse-${stamp}.html`)}`);
} finally {
  chrome.kill();
  await server.close();
}
