import type { InfoboxField, InfoboxLink } from '../schemas/frontmatter.ts';
import { spacedDash } from './spacedDash.ts';
import type { RichBlock, TextRun } from './types.ts';

const WIKIPEDIA = 'https://en.wikipedia.org/wiki/';

/** The English Wikipedia URL of a page title (`Al-Qusayr, Syria` → `…/wiki/Al-Qusayr,_Syria`). */
export function wikipediaUrl(page: string, anchor?: string): string {
  const title = page.trim().replace(/ /g, '_');
  // A `.` or `..` segment would climb out of /wiki/ once the browser resolves it (`%2E%2E` too),
  // so such a title keeps its slashes escaped: one segment, as Wikipedia reads it.
  const climbs = /(?:^|\/)\.\.?(?:\/|$)/.test(title);
  // A title that is only dots cannot be a path segment at all; Wikipedia's search reads it.
  if (/^\.\.?$/.test(title)) return `${WIKIPEDIA}Special:Search?search=${encodeURIComponent(title)}`;
  const encoded = encodeURIComponent(title).replace(/%2C/g, ',').replace(/%3A/g, ':');
  const path = climbs ? encoded : encoded.replace(/%2F/g, '/');
  const fragment = anchor ? `#${encodeURIComponent(anchor.replace(/ /g, '_'))}` : '';
  return `${WIKIPEDIA}${path}${fragment}`;
}

interface Marks {
  href?: string;
  bold?: boolean;
  italic?: boolean;
}

/**
 * Turns an infobox field into blocks: lines starting with `*` become list items (consecutive ones
 * form one list), a spaced hyphen becomes a dash (`spacedDash`), every `links[]` entry links the first free occurrence of its words, and
 * `formatting.bold`/`italic` phrases are marked wherever they occur.
 */
export function toRichText(field: InfoboxField): RichBlock[] {
  const text = spacedDash(field.text.trim());
  // Indices are UTF-16 code units throughout, like indexOf's (the dataset has emoji flags).
  const marks: Marks[] = Array.from({ length: text.length }, () => ({}));

  for (const link of field.links ?? []) {
    const target = linkTarget(link);
    if (!target) continue;
    const at = findFree(text, target.words, marks);
    if (at < 0) continue;
    for (let i = at; i < at + target.words.length; i++) marks[i] = { ...marks[i], href: target.href };
  }
  for (const [mark, phrases] of [
    ['bold', field.formatting?.bold],
    ['italic', field.formatting?.italic],
  ] as const) {
    for (const phrase of phrases ?? []) {
      for (const at of occurrences(text, phrase.trim())) {
        for (let i = at; i < at + phrase.trim().length; i++) marks[i] = { ...marks[i], [mark]: true };
      }
    }
  }
  return toBlocks(text, marks);
}

function linkTarget(link: InfoboxLink): { words: string; href: string } | undefined {
  // The dataset writes the literal string "undefined" when the wikitext link had no target.
  const page = link.page && link.page !== 'undefined' ? link.page : link.text;
  const words = (link.text ?? link.page ?? '').trim();
  if (!page || !words) return undefined;
  return { words, href: wikipediaUrl(page, link.anchor) };
}

/** First occurrence of `words` not already linked, exact case first, then any case. */
function findFree(text: string, words: string, marks: Marks[]): number {
  const free = (at: number) => marks.slice(at, at + words.length).every((mark) => !mark.href);
  for (const haystack of [text, text.toLowerCase()]) {
    const needle = haystack === text ? words : words.toLowerCase();
    for (const at of occurrences(haystack, needle)) if (free(at)) return at;
  }
  return -1;
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}

function toBlocks(text: string, marks: Marks[]): RichBlock[] {
  const blocks: RichBlock[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const bullet = /^\s*\*\s*/.exec(line);
    const contentStart = start + (bullet ? bullet[0].length : 0);
    const content = text.slice(contentStart, start + line.length).replace(/\s+$/, '');
    if (!content) continue;
    const runs = toRuns(content, marks.slice(contentStart, contentStart + content.length));
    const last = blocks.at(-1);
    if (bullet && last?.kind === 'list') last.items.push(runs);
    else if (bullet) blocks.push({ kind: 'list', items: [runs] });
    else blocks.push({ kind: 'line', runs });
  }
  return blocks;
}

function toRuns(text: string, marks: Marks[]): TextRun[] {
  const runs: TextRun[] = [];
  let current: TextRun | undefined;
  text.split('').forEach((char, i) => {
    const mark = marks[i] ?? {};
    if (current && sameMarks(current, mark)) {
      current.text += char;
      return;
    }
    current = { text: char, ...mark };
    runs.push(current);
  });
  return runs;
}

function sameMarks(run: TextRun, mark: Marks): boolean {
  return run.href === mark.href && run.bold === mark.bold && run.italic === mark.italic;
}
