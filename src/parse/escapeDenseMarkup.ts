/**
 * micromark matches emphasis and link brackets by searching back over every open delimiter
 * of a paragraph, so a paragraph of thousands of unmatched `*`, `_`, `[` or `]` takes minutes
 * (8,000 `*_` pairs: 45 s). No prose paragraph carries that many; in one that does, the marks
 * are escaped and read as the literal characters they then are.
 */
export const MAX_MARKS_PER_PARAGRAPH = 1_000;

/** A mark, or a backslash escape (kept whole, so `\\*` stays an escaped backslash and a mark). */
const MARK_OR_ESCAPE = /\\[\s\S]|[*_[\]]/g;
/** The list and quote markers opening a line: `*` there is a bullet, not emphasis. */
const LINE_PREFIX = /^(?:[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)))*/;

/** `markdown` with the marks of over-dense paragraphs escaped, and the first line of each. */
export function escapeDenseMarkup(markdown: string): { markdown: string; lines: number[] } {
  const lines: number[] = [];
  let line = 1;
  const paragraphs = markdown.split(/(\n[ \t]*\n)/).map((chunk) => {
    const first = line;
    line += chunk.split('\n').length - 1;
    // Odd entries are the blank-line separators the split kept.
    if (/^\n[ \t]*\n$/.test(chunk) || countMarks(chunk) <= MAX_MARKS_PER_PARAGRAPH) return chunk;
    lines.push(first);
    return chunk
      .split('\n')
      .map((text) => {
        const prefix = LINE_PREFIX.exec(text)?.[0] ?? '';
        return prefix + text.slice(prefix.length).replace(MARK_OR_ESCAPE, (found) => (found.length === 2 ? found : `\\${found}`));
      })
      .join('\n');
  });
  return { markdown: paragraphs.join(''), lines };
}

function countMarks(chunk: string): number {
  let count = 0;
  for (const text of chunk.split('\n')) {
    const prefix = LINE_PREFIX.exec(text)?.[0].length ?? 0;
    for (const found of text.slice(prefix).matchAll(MARK_OR_ESCAPE)) if (found[0].length === 1) count += 1;
  }
  return count;
}
