/**
 * The span a video report states at the end of its `description`
 * ("Report of battle of Makariv …  27.02.2022 - 23.03.2022"), written as an infobox `date` is
 * ("27 February 2022 – 23 March 2022"). Such a post has no infobox and no `pubDate`, and its title
 * may name no year: this range is then the only place the story's year is written. Some state a
 * single day there instead ("… 01.03.2022").
 */

// Anchored at the end, every part bounded: a description is read in time linear in its length.
const TRAILING_RANGE = /(\d{1,2})\.(\d{1,2})\.(\d{4})\s{0,3}[-–—]\s{0,3}(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/;
// Not the end of a range whose start the calendar lacks ("31.02.2022 - 23.03.2022"): that states no single day.
const TRAILING_DAY = /(?<![-–—]\s{0,3})(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/;

/** The description's trailing "dd.mm.yyyy - dd.mm.yyyy" range as infobox date text, or undefined. */
export function descriptionSpan(description: string | undefined): string | undefined {
  const match = description === undefined ? null : TRAILING_RANGE.exec(description);
  if (match === null) return undefined;
  const [, startDay, startMonth, startYear, endDay, endMonth, endYear] = match.map(Number);
  const start = writtenDay(startYear, startMonth, startDay);
  const end = writtenDay(endYear, endMonth, endDay);
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
  return writtenDay(year, month, day) === undefined ? undefined : `${year}-${twoDigits(month)}-${twoDigits(day)}`;
}

const twoDigits = (value: number): string => String(value).padStart(2, '0');

/** "1 March 2022", or undefined for a day the calendar does not have (31.02.2022). */
function writtenDay(year: number | undefined, month: number | undefined, day: number | undefined): string | undefined {
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
