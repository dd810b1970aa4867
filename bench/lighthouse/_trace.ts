import { chromium } from 'playwright-core';
import { startStaticServer } from '../../tests/support/staticServer.ts';
const dirs = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const results: Record<string, number[][]> = {};
for (let i = 0; i < 7; i++) {
  for (const dir of dirs) {
    const server = await startStaticServer(dir, '/', { compress: true });
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.route(/^https:/, (r) => r.abort());
    await browser.startTracing(page, { categories: ['devtools.timeline', 'loading', 'disabled-by-default-devtools.timeline'] });
    await page.goto(server.url + 'battle-of-al-qusayr-2012/', { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const buf = await browser.stopTracing();
    const events = JSON.parse(buf.toString()).traceEvents as { name: string; ts: number; dur?: number; ph: string }[];
    const fcp = events.find((e) => e.name === 'firstContentfulPaint')?.ts ?? 0;
    let parse = 0, layout = 0, style = 0, all = 0;
    for (const e of events) {
      if (e.ph !== 'X' || !e.dur || e.ts > fcp) continue;
      if (e.name === 'ParseHTML') parse += e.dur;
      if (e.name === 'Layout') layout += e.dur;
      if (e.name === 'UpdateLayoutTree') style += e.dur;
      if (e.name === 'RunTask' && e.dur > 10000) all += e.dur;
    }
    (results[dir] ??= []).push([parse / 1000, style / 1000, layout / 1000, all / 1000]);
    await context.close();
    await server.close();
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
for (const [dir, rows] of Object.entries(results)) console.log(dir.padEnd(24), ['parse', 'style', 'layout', 'tasks>10ms'].map((k, j) => `${k}=${median(rows.map((r) => r[j] ?? 0)).toFixed(1)}`).join(' '));
await browser.close();
