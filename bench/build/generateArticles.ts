/**
 * Variants of the seed article for the build benchmark: distinct titles, shifted years and
 * paragraphs shuffled within their sections, so every page, timeline and map picture differs.
 * Deterministic: article `index` is the same file whatever the count, on every machine.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A small seeded PRNG (mulberry32) returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// A year 19xx/20xx that is not part of a longer number or a decimal (a coordinate like 34.2012).
const YEAR = /(?<![\d.])(?:19|20)\d\d(?!\d)/g;

/** Adds `years` to every 19xx/20xx year of `text`, in the infobox and the prose alike. */
export function shiftYears(text: string, years: number): string {
  return text.replace(YEAR, (year) => String(Number(year) + years));
}

/**
 * Shuffles the paragraphs of each section of a markdown body (blocks between headings), leaving
 * headings where they are. Blocks are separated by blank lines; a list stays one block.
 */
export function shuffleParagraphs(body: string, random: () => number): string {
  const out: string[] = [];
  let blocks: string[] = [];
  let block: string[] = [];
  const endBlock = (): void => {
    if (block.length > 0) blocks.push(block.join('\n'));
    block = [];
  };
  const endSection = (): void => {
    endBlock();
    out.push(...shuffled(blocks, random));
    blocks = [];
  };
  for (const line of body.split('\n')) {
    if (/^#{1,6}\s/.test(line)) {
      endSection();
      out.push(line);
    } else if (line.trim() === '') {
      endBlock();
    } else {
      block.push(line);
    }
  }
  endSection();
  return `\n${out.join('\n\n')}\n`;
}

/** Fisher–Yates on a copy. */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const a = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = a;
  }
  return copy;
}

/**
 * Variant `index` (0-based) of the seed file: years shifted by a multiple of 4 (so 29 February
 * stays a real day), the title numbered so its URL slug is unique, paragraphs shuffled.
 */
export function articleVariant(seedRaw: string, index: number, seed = 7): string {
  const random = seededRandom(seed * 1_000_003 + index);
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(seedRaw.replace(/\r\n?/g, '\n'));
  if (!match) throw new Error('seed article: no YAML frontmatter between --- lines');
  const years = 4 * (Math.floor(random() * 7) - 2);
  const frontmatter = shiftYears(match[1] ?? '', years).replace(/^title: (.*)$/m, (_line, title: string) => `title: ${title}, variant ${index + 1}`);
  const body = shuffleParagraphs(shiftYears(match[2] ?? '', years), random);
  return `---\n${frontmatter}\n---\n${body}`;
}

/** Writes `count` variants of the seed into `dir` as `variant-0001.md`…; returns the file paths. */
export async function writeArticleVariants(seedRaw: string, count: number, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const file = path.join(dir, `variant-${String(index + 1).padStart(4, '0')}.md`);
    await writeFile(file, articleVariant(seedRaw, index));
    files.push(file);
  }
  return files;
}
