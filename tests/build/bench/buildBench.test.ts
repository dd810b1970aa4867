import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchReport, BuildRun } from '../../../bench/build/report.ts';
import { buildEnvironment } from '../../support/buildSite.ts';

const REPO = fileURLToPath(new URL('../../..', import.meta.url));
const NODE = path.join(REPO, 'node_modules/.bin/node');

// Keeps `npm run bench:build` working: the quick mode builds 1 and 10 generated articles three
// ways. Timings vary with the machine, so no test looks at them.
describe('build benchmark, quick mode', () => {
  let work = '';
  let exitCode = -1;
  let output = '';
  let report: BenchReport;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'qusayr-bench-test-'));
    const json = path.join(work, 'result.json');
    const child = spawn(NODE, ['bench/build/run.ts', '--quick', '--json', json], { cwd: REPO, env: { ...buildEnvironment(), ASTRO_TELEMETRY_DISABLED: '1' } });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
    if (exitCode === 0) report = JSON.parse(await readFile(json, 'utf8')) as BenchReport;
  }, 600_000);

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('exits 0 and ends with the one-line summary', () => {
    expect(exitCode, output).toBe(0);
    expect(output.trim().split('\n').at(-1)).toMatch(/^build bench: 10 articles in /);
  });

  it('writes one case per size, each built four ways with every page', () => {
    expect(report.mode).toBe('quick');
    expect(report.cases.map((item) => item.articles)).toEqual([1, 10]);
    for (const item of report.cases) {
      for (const run of [item.cold, item.warm, item.codeChanged, item.baseline]) expectMeasured(run, item.articles);
      expect(item.ratio).toBeCloseTo(item.warm.wallSeconds / item.baseline.wallSeconds);
      expect(item.cpuRatio).toBeCloseTo(item.warm.cpuSeconds / item.baseline.cpuSeconds);
      expect(item.timeline.eventsPerArticle).toBeGreaterThan(0);
    }
  });

  it('renders pictures on the cold build and none on the rebuilds, even with the article models made again', () => {
    for (const item of report.cases) {
      expect(item.cold.imagesRendered).toBeGreaterThan(0);
      expect(item.warm.imagesRendered).toBe(0);
      expect(item.codeChanged.imagesRendered).toBe(0);
    }
  });

  it('checks no target in quick mode and names the machine', () => {
    expect(report.targets).toEqual([]);
    expect(report.machine.cpus).toBeGreaterThan(0);
    expect(report.summary).toContain('targets not checked');
  });
});

function expectMeasured(run: BuildRun, articles: number): void {
  expect(run.exitCode).toBe(0);
  expect(run.pagesBuilt).toBe(articles);
  for (const figure of [run.wallSeconds, run.cpuSeconds, run.peakRssMb, run.outputMb, run.outputFiles]) {
    expect(Number.isFinite(figure) && figure > 0).toBe(true);
  }
}
