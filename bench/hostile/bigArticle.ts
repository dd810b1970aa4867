/**
 * The content stage (parse, timeline, render, map model) of one 2 MB article: the seed's prose
 * repeated, each copy under headings of its own, and of a 2 MB article of hostile text (one
 * repeated token per paragraph). Prints wall and processor seconds; asserts nothing.
 *
 *   node bench/hostile/bigArticle.ts
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadPlaces } from '../../src/loaders/loadPlaces.ts';
import { buildArticle } from '../../src/loaders/buildArticle.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SIZE = 2 * 1024 * 1024;
const seed = readFileSync(path.join(ROOT, 'content/battle-of-al-qusayr-2012.md'), 'utf8');
const [, frontmatter = '', body = ''] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(seed) ?? [];

function repeatTo(size: number, copy: (index: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let index = 0; length < size; index++) {
    const part = copy(index);
    parts.push(part);
    length += part.length;
  }
  return parts.join('\n\n');
}

const articles: Record<string, string> = {
  'seed prose ×N': frontmatter + repeatTo(SIZE, (index) => body.replace(/^(#+ .*)$/gm, `$1 (part ${index + 1})`)),
  'hostile tokens': frontmatter + repeatTo(SIZE, (index) => ['on ', 'Gen. ', 'March ', '*_', '[', '1'][index % 6]!.repeat(5_000)),
};

const places = await loadPlaces(path.join(ROOT, 'content'), ROOT);
for (const [name, raw] of Object.entries(articles)) {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const { data, warnings } = await buildArticle(raw, `${name}.md`, places);
  const used = process.cpuUsage(cpu);
  console.log(
    `${name}: ${(raw.length / 1024 / 1024).toFixed(2)} MB, ${data.timeline.length} events, ${warnings.length} warnings: ` +
      `${((performance.now() - wall) / 1000).toFixed(1)} s wall, ${((used.user + used.system) / 1e6).toFixed(1)} s processor`,
  );
}
