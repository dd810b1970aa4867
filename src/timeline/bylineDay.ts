/**
 * A blog post's byline kept as an HTML comment at the top of its body,
 * `<!-- [Rubennaatje](/author/Rubennaatje) 27 April 2021, 21:11 -->`: the page hides it, but it is
 * the post's own dateline, so a post without a `pubDate` is published on its day.
 */
import { parseDateRange } from './parseDateRange.ts';

/** How far into the body the byline's comment may close: a byline is a line, not a note. */
const BYLINE_LENGTH = 300;
/** "27 April 2021", "Apr. 27 2021", "April 27, 2021": a day, a month and a written year. */
const DAY = /\b(?:\d{1,2} [A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.? \d{1,2},?) \d{4}\b/;

/** The day (ISO) of the byline comment that opens `body`, if it opens with one. */
export function bylineDay(body: string): string | undefined {
  const start = body.search(/\S/);
  if (start < 0 || !body.startsWith('<!--', start)) return undefined;
  const close = body.indexOf('-->', start);
  if (close < 0 || close - start > BYLINE_LENGTH) return undefined;
  const day = DAY.exec(body.slice(start + 4, close).replace(/\s+/g, ' '))?.[0];
  const range = day === undefined ? undefined : parseDateRange(day);
  return range?.end === undefined ? range?.start : undefined;
}
