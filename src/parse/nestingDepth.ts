/**
 * Markdown nests block quotes and lists without limit, but the markdown and HTML tree tools
 * (micromark's, unified's) recurse once per level: ten thousand levels exhaust the stack after
 * seconds of work. No article nests more than a few levels, so deeper files are refused.
 */
export const MAX_NESTING = 100;

/** Quote and list markers opening a line: `> > - 1. text`, `>>>>`, `- - - item`. */
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)))+/;

/**
 * The deepest nesting of quotes and lists any line of `markdown` opens, and its line (1-based).
 * Each marker counts one level, and so does every two columns of indentation before the first
 * (a list nested by indentation alone).
 */
export function deepestNesting(markdown: string): { depth: number; line: number } {
  let deepest = { depth: 0, line: 0 };
  markdown.split('\n').forEach((text, index) => {
    const prefix = CONTAINER_PREFIX.exec(text)?.[0];
    if (prefix === undefined) return;
    const markers = prefix.match(/>|[-*+]|\d{1,9}[.)]/g)?.length ?? 0;
    const indent = /^[ \t]*/.exec(prefix)?.[0].length ?? 0;
    const depth = markers + Math.floor(indent / 2);
    if (depth > deepest.depth) deepest = { depth, line: index + 1 };
  });
  return deepest;
}
