/**
 * The span a video report states at the end of its `description`
 * ("Report of battle of Makariv …  27.02.2022 - 23.03.2022"), written as an infobox `date` is
 * ("27 February 2022 – 23 March 2022"). Such a post has no infobox and no `pubDate`, and its title
 * may name no year: this range is then the only place the story's year is written. Some state a
 * single day there instead ("… 01.03.2022"), and some write the range in words ("February 24 - March 31, 2022").
 */
import { MONTH_NAME, monthNumber } from './dateMention.ts';
import { formatIsoDate } from './isoDate.ts';

// Anchored at the end, every part bounded: a description is read in time linear in its length.
const TRAILING_RANGE = /(\d{1,2})\.(\d{1,2})\.(\d{4})\s{0,3}[-–—]\s{0,3}(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/;
// Not the end of a range whose start the calendar lacks ("31.02.2022 - 23.03.2022"): that states no single day.
const TRAILING_DAY = /(?<![-–—]\s{0,3})(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/;

const MONTH = `(${MONTH_NAME})`;
/** "February 24" or "24 February", the year after it optional on the start side. */
const WORDS_DAY = (year: string) => `(?:${MONTH}\\s{1,3}(\\d{1,2})|(\\d{1,2})\\s{1,3}${MONTH})(?:,?\\s{1,3}(\\d{4}))${year}`;
// The same span written in words ("February 24 - March 31, 2022", "24 February – 31 March 2022"); anchored and bounded as above.
const TRAILING_WORDS_RANGE = new RegExp(`${WORDS_DAY('?')}\\s{0,3}[-–—]\\s{0,3}${WORDS_DAY('')}\\s*$`);

const monthOf = (name: string | undefined): number => monthNumber(name ?? '') ?? 0;

/** The description's trailing "dd.mm.yyyy - dd.mm.yyyy" range (or the same in words) as infobox date text, or undefined. */
export function descriptionSpan(description: string | undefined): string | undefined {
  if (description === undefined) return undefined;
  const match = TRAILING_RANGE.exec(description);
  if (match === null) return wordsSpan(description);
  const [, startDay, startMonth, startYear, endDay, endMonth, endYear] = match.map(Number);
  return span(writtenDay(startYear, startMonth, startDay), writtenDay(endYear, endMonth, endDay));
}

/** "February 24 - March 31, 2022": a start without a year is in the end's year, or the year before when its month comes later. */
function wordsSpan(description: string): string | undefined {
  const match = TRAILING_WORDS_RANGE.exec(description);
  if (match === null) return undefined;
  const [, m1, d1, d1b, m1b, y1, m2, d2, d2b, m2b, y2] = match;
  const startMonth = monthOf(m1 ?? m1b);
  const endMonth = monthOf(m2 ?? m2b);
  const endYear = Number(y2);
  const startYear = y1 === undefined ? endYear - (startMonth > endMonth ? 1 : 0) : Number(y1);
  return span(writtenDay(startYear, startMonth, Number(d1 ?? d1b)), writtenDay(endYear, endMonth, Number(d2 ?? d2b)));
}

function span(start: string | undefined, end: string | undefined): string | undefined {
  return start === undefined || end === undefined ? undefined : `${start} – ${end}`;
}

/**
 * The description's trailing single "dd.mm.yyyy" as an ISO day, or undefined. A report that states
 * one day there states the day its story reached, not when it was published: its "yesterday" is
 * still unknown, but no date of its story falls after that day.
 */
export function descriptionDay(description: string | undefined): string | undefined {
  const match = description === undefined ? null : TRAILING_DAY.exec(description);
  if (match === null) return undefined;
  const [, day = 0, month = 0, year = 0] = match.map(Number);
  return writtenDay(year, month, day) === undefined ? undefined : formatIsoDate({ year, month, day }, 'day');
}

/** "1 March 2022", or undefined for a day the calendar does not have (31.02.2022). */
function writtenDay(year: number | undefined, month: number | undefined, day: number | undefined): string | undefined {
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
