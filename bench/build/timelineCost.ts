/**
 * Timeline extraction alone, outside Astro: how much of an article's build cost is finding its
 * dated events.
 */
import { readFile } from 'node:fs/promises';
import { timelineContext } from '../../src/loaders/buildArticle.ts';
import { parseArticleFile } from '../../src/parse/parseArticleFile.ts';
import { extractTimeline } from '../../src/timeline/extractTimeline.ts';

// A few runs let V8 optimise the hot paths before anything is timed.
const WARM_UP_RUNS = 5;

/** Mean cost of extracting one timeline and the mean number of events found. */
export interface TimelineCost {
  msPerArticle: number;
  eventsPerArticle: number;
}

/** Extracts the timeline of every file once, after untimed warm-up runs (parsing is not timed), and averages. */
export async function measureTimelineCost(files: readonly string[]): Promise<TimelineCost> {
  let ms = 0;
  let events = 0;
  // The first calls compile chrono's patterns and warm the JIT: a one-off, not a per-article cost.
  const first = files[0];
  if (first) {
    const { frontmatter, body } = parseArticleFile(await readFile(first, 'utf8'), first);
    for (let run = 0; run < WARM_UP_RUNS; run += 1) extractTimeline(body, timelineContext(frontmatter, body));
  }
  for (const file of files) {
    const { frontmatter, body } = parseArticleFile(await readFile(file, 'utf8'), file);
    const context = timelineContext(frontmatter, body);
    const start = performance.now();
    events += extractTimeline(body, context).length;
    ms += performance.now() - start;
  }
  const count = Math.max(files.length, 1);
  return { msPerArticle: ms / count, eventsPerArticle: events / count };
}
