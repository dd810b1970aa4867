/**
 * Where a paragraph quotes someone. A date inside quoted speech ("About a week
 * ago, more than 15 tanks…") is the speaker's, relative to a day we do not know,
 * so it is never an event of the story.
 */

/** A half-open range [start, end) of a paragraph's plain text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Finds the quoted passages of a paragraph: “curly” pairs and "straight" pairs.
 * Quotes run across sentence ends, so this works on the whole paragraph. An
 * unmatched opening quote marks nothing: better to keep a date than to hide the
 * rest of the paragraph behind a stray mark. Single quotes are left alone:
 * they double as apostrophes ("the group’s").
 */
export function findQuotedSpans(paragraph: string): Span[] {
  const spans: Span[] = [];
  let open: number | undefined;
  let openMark = '';
  for (let index = 0; index < paragraph.length; index += 1) {
    const mark = paragraph[index];
    if (mark === '“' && open === undefined) {
      open = index;
      openMark = mark;
    } else if (mark === '”' && openMark === '“' && open !== undefined) {
      spans.push({ start: open, end: index + 1 });
      open = undefined;
      openMark = '';
    } else if (mark === '"') {
      if (open === undefined) {
        open = index;
        openMark = mark;
      } else if (openMark === '"') {
        spans.push({ start: open, end: index + 1 });
        open = undefined;
        openMark = '';
      }
    }
  }
  return spans;
}

/** Whether [start, end) lies inside one of the spans. */
export function isInside(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((span) => start >= span.start && end <= span.end);
}
