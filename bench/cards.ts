/**
 * How long a share card takes: the seed's event cards drawn many times over (each round with
 * slightly different text, so none comes from the cache), in parallel as the build draws them.
 * Prints wall and CPU milliseconds per card, cold and from the cache.
 * Run: `npm run bench:cards [-- rounds]` (default 10 rounds of 36 cards).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';

const SEED = fileURLToPath(new URL('../content/battle-of-al-qusayr-2012.md', import.meta.url));
const REPO = fileURLToPath(new URL('..', import.meta.url));
const rounds = Number(process.argv[2] ?? 10);

// The render cache's folder is read when its module loads: a fresh one, so every card is drawn.
const cacheDir = mkdtempSync(path.join(tmpdir(), 'card-bench-'));
process.env['RENDER_CACHE_DIR'] = cacheDir;
const { buildArticle } = await import('../src/loaders/buildArticle.ts');
const { loadPlaces } = await import('../src/loaders/loadPlaces.ts');
const { eventCardFile } = await import('../src/render/cards/cardImages.ts');
const { CONCURRENCY } = await import('../src/eventPages/writeEventPages.ts');

const { data: article } = await buildArticle(
  readFileSync(SEED, 'utf8'),
  'content/battle-of-al-qusayr-2012.md',
  await loadPlaces(path.join(REPO, 'content'), REPO),
);
const cards = Array.from({ length: rounds }, (_, round) => article.timeline.map((event) => ({ ...event, text: `${event.text} (${round + 1})` }))).flat();

async function drawAll(): Promise<{ wallMs: number; cpuMs: number }> {
  const limit = pLimit(CONCURRENCY);
  const cpu = process.cpuUsage();
  const start = performance.now();
  await Promise.all(cards.map((event) => limit(() => eventCardFile(article, event))));
  const used = process.cpuUsage(cpu);
  return { wallMs: (performance.now() - start) / cards.length, cpuMs: (used.user + used.system) / 1000 / cards.length };
}

try {
  // One card first: fonts, the location picture and sharp's start-up are not per-card costs.
  await eventCardFile(article, article.timeline[0]!);
  const cold = await drawAll();
  const warm = await drawAll();
  console.log(`${cards.length} event cards, ${CONCURRENCY} at a time`);
  console.log(`cold: ${cold.wallMs.toFixed(1)} ms wall, ${cold.cpuMs.toFixed(1)} ms CPU per card`);
  console.log(`warm: ${warm.wallMs.toFixed(2)} ms wall per card (read from the render cache)`);
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
