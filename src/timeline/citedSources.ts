/**
 * The day a source the sentence cites came out: "…, according to a United Nations report published in May 2023". It dates the
 * source, not what the source tells (GUIDE.md: a date of what is cited is no date of the happening), so it neither dates the
 * sentence nor anchors what follows. `storyDate.ts` asks; the pattern reads only the words before the date.
 */
const CITED_SOURCE_BEFORE =
  /\baccording\s+to\s+(?:a|an|the|its|their)\s+(?:[\wÀ-ɏ'’-]+\s+){0,8}?(?:published|released|issued|presented)\s+(?:on|in)\s+(?:the\s+)?$/i;

/** Whether the words before a date (`near`) make it the day a cited source came out. */
export function datesCitedSource(near: string): boolean {
  return CITED_SOURCE_BEFORE.test(near);
}
