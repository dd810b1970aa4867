/**
 * The build benchmark's result: the JSON written to `bench/results/`, the printed table, the
 * targets of issue 7 and the one-line summary.
 */
import type { BuildMeasurement } from './measureBuild.ts';
import type { TimelineCost } from './timelineCost.ts';

/** One build, measured, with what it produced. */
export interface BuildRun extends BuildMeasurement {
  /** Map pictures sharp rendered (files added to the render cache); 0 on a warm rebuild. */
  imagesRendered: number;
  /** Article pages in the output (`<slug>/index.html`). */
  pagesBuilt: number;
  /** Size of the output folder in MB (10^6 bytes, as hosts count), every file once. */
  outputMb: number;
  /** Files in the output folder: hosts limit their number (Cloudflare Pages: 20,000). */
  outputFiles: number;
}

/** One folder of articles built four ways. */
export interface CaseResult {
  /** `"1"`, `"10"`… for generated variants, `"corpus"` for the real articles. */
  label: string;
  articles: number;
  /** Our site with an empty render cache. */
  cold: BuildRun;
  /** Our site again, same render cache, nothing changed: no picture is rendered. */
  warm: BuildRun;
  /** As after an edit to our code: every article's model made again, every picture from the cache. */
  codeChanged: BuildRun;
  /** Plain Astro markdown (`bench/baseline-site`) over the same files. */
  baseline: BuildRun;
  /** warm / baseline wall time: the figure that matters. */
  ratio: number;
  /** warm / baseline CPU time: steadier than wall time when the machine is shared. */
  cpuRatio: number;
  /** Warm wall time per article, fixed start-up cost included. */
  msPerArticle: number;
  /** Warm wall time per article beyond the first, `(T(N) − T(1)) / (N − 1)`; null without an N = 1 case. */
  msPerExtraArticle: number | null;
  /** cold / warm wall time. */
  coldOverWarm: number;
  timeline: TimelineCost;
}

/** A target of the issue, checked against the measured figures. */
export interface TargetCheck {
  name: string;
  value: number;
  limit: number;
  /** `max`: the value must be at most the limit; `min`: at least. */
  kind: 'max' | 'min';
  met: boolean;
}

/** The whole JSON file. */
export interface BenchReport {
  mode: 'quick' | 'full';
  /** The `site.yaml` setting every case was built with (`--event-cards`); the site's default when absent. */
  eventCards?: 'event' | 'article';
  startedAt: string;
  /** The folder of the site that was built (the repository, or a copy given with `--site`). */
  site: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; platform: string; node: string; astro: string; loadAverage: number[] };
  cases: CaseResult[];
  targets: TargetCheck[];
  summary: string;
}

/** Checks the targets on the 1,000-article case (none without one, as in quick mode). */
export function checkTargets(cases: readonly CaseResult[]): TargetCheck[] {
  const big = cases.find((item) => item.label === '1000');
  if (!big) return [];
  const hundred = cases.find((item) => item.label === '100');
  const check = (name: string, value: number, limit: number, kind: 'max' | 'min'): TargetCheck => ({
    name,
    value,
    limit,
    kind,
    met: kind === 'max' ? value <= limit : value >= limit,
  });
  const targets = [
    check('ratio to baseline at 1000 (warm)', big.ratio, 1.5, 'max'),
    check('seconds at 1000 (warm)', big.warm.wallSeconds, 60, 'max'),
    check('ratio to baseline at 1000 (pictures cached, models rebuilt)', big.codeChanged.wallSeconds / big.baseline.wallSeconds, 1.5, 'max'),
    check('seconds at 1000 (pictures cached, models rebuilt)', big.codeChanged.wallSeconds, 60, 'max'),
    check('peak MB at 1000 (any build)', peakMb(big), 2048, 'max'),
    check('cold / warm at 1000', big.coldOverWarm, 3, 'min'),
    // Issue 19: a cold build (as on a host without the render cache) and what is uploaded.
    check('cold ratio to baseline at 1000', big.cold.wallSeconds / big.baseline.wallSeconds, 4, 'max'),
    check('dist MB at 1000', big.cold.outputMb, 700, 'max'),
  ];
  const corpus = cases.find((item) => item.label === 'corpus');
  if (corpus) {
    targets.push(
      check('cold ratio to baseline, corpus', corpus.cold.wallSeconds / corpus.baseline.wallSeconds, 4, 'max'),
      check('ratio to baseline, corpus (warm)', corpus.ratio, 1.5, 'max'),
    );
  }
  if (hundred?.msPerExtraArticle && big.msPerExtraArticle) {
    targets.push(check('ms per extra article, 1000 over 100', big.msPerExtraArticle / hundred.msPerExtraArticle, 1.5, 'max'));
  }
  return targets;
}

/** The table printed at the end of a run. */
export function formatTable(cases: readonly CaseResult[]): string {
  const header = [
    'N',
    'cold s',
    'ours s',
    'code-chg s',
    'base s',
    'ratio',
    'cold ratio',
    'cpu ratio',
    'ms/art',
    'ms/extra',
    'peak MB',
    'base MB',
    'imgs c/w',
    'dist MB',
    'dist files',
    'tl ms/art',
  ];
  const rows = cases.map((item) => [
    item.label === 'corpus' ? `corpus ${item.articles}` : item.label,
    item.cold.wallSeconds.toFixed(1),
    item.warm.wallSeconds.toFixed(1),
    item.codeChanged.wallSeconds.toFixed(1),
    item.baseline.wallSeconds.toFixed(1),
    item.ratio.toFixed(2),
    (item.cold.wallSeconds / item.baseline.wallSeconds).toFixed(2),
    item.cpuRatio.toFixed(2),
    item.msPerArticle.toFixed(1),
    item.msPerExtraArticle === null ? '–' : item.msPerExtraArticle.toFixed(1),
    peakMb(item).toFixed(0),
    item.baseline.peakRssMb.toFixed(0),
    `${item.cold.imagesRendered}/${item.warm.imagesRendered}`,
    item.cold.outputMb.toFixed(1),
    String(item.cold.outputFiles),
    item.timeline.msPerArticle.toFixed(2),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((cell, column) => cell.padStart(widths[column] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 1) + ':').join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** One line: the largest generated case, the ratio, and whether the targets were met. */
export function summarise(cases: readonly CaseResult[], targets: readonly TargetCheck[]): string {
  const generated = cases.filter((item) => item.label !== 'corpus');
  const largest = generated.at(-1);
  if (!largest) return 'build bench: no case ran';
  const corpus = cases.find((item) => item.label === 'corpus');
  const missed = targets.filter((target) => !target.met).map((target) => target.name);
  const verdict =
    targets.length === 0 ? 'targets not checked (no 1000-article case)' : missed.length === 0 ? 'all targets met' : `missed: ${missed.join('; ')}`;
  return [
    `build bench: ${largest.articles} article${largest.articles === 1 ? '' : 's'} in ${largest.warm.wallSeconds.toFixed(1)} s warm (${largest.cold.wallSeconds.toFixed(1)} s cold)`,
    `${largest.ratio.toFixed(2)}× plain Astro`,
    ...(corpus ? [`corpus ${corpus.ratio.toFixed(2)}×`] : []),
    `peak ${peakMb(largest).toFixed(0)} MB`,
    verdict,
  ].join(', ');
}

/** The most memory any of our builds of a case took. */
function peakMb(item: CaseResult): number {
  return Math.max(item.cold.peakRssMb, item.warm.peakRssMb, item.codeChanged.peakRssMb);
}
