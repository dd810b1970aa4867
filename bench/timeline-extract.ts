/**
 * How long timeline extraction takes: the seed many times, then each corpus
 * article. Prints the median milliseconds per extraction.
 * Run: `node bench/timeline-extract.ts [runs]` (Node 24 strips the types).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { timelineContext } from '../src/loaders/buildArticle.ts';
import { parseArticleFile } from '../src/parse/parseArticleFile.ts';
import { extractTimeline } from '../src/timeline/extractTimeline.ts';

const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
// The seed is content/battle-of-al-qusayr-2012.md byte for byte, so the bench runs without ../shared.
const SEED = fileURLToPath(new URL('../content/battle-of-al-qusayr-2012.md', import.meta.url));
const CORPUS = `${SHARED}corpus/`;
const runs = Number(process.argv[2] ?? 50);

/** Median wall time of `runs` extractions of one article, after a warm-up run. */
function medianMs(path: string): { ms: number; events: number } {
  const { frontmatter, body: content } = parseArticleFile(readFileSync(path, 'utf8'), path);
  const context = timelineContext(frontmatter, content);
  const events = extractTimeline(content, context).length;
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    extractTimeline(content, context);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? Number.NaN, events };
}

function report(label: string, path: string): void {
  const { ms, events } = medianMs(path);
  console.log(`${label.padEnd(60)} ${ms.toFixed(2).padStart(8)} ms  (${events} events)`);
}

if (!existsSync(SEED)) {
  console.error(`timeline bench: ${SEED} is absent`);
  process.exit(1);
}
console.log(`median of ${runs} runs per article`);
report('seed: Battle of al-Qusayr (2012)', SEED);
if (existsSync(CORPUS)) {
  for (const name of readdirSync(CORPUS)
    .filter((file) => file.endsWith('.md'))
    .sort())
    report(`corpus: ${name}`, CORPUS + name);
}
