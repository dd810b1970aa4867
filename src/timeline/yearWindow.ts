/**
 * The years a heading, an infobox date or a title speaks of: "2012 Battle",
 * "6 November 2016 – 23 February 2017", "Battle of al-Qaryatayn (2015)",
 * "24 February 2022 – present". A date without a year is placed inside them.
 */
import { MONTH_NAME, monthNumber } from './dateMention.ts';

/** An inclusive range of years, with the month the story starts in when known. */
export interface YearWindow {
  first: number;
  last: number;
  /** Month of the first date ("6 November 2016 – …" → 11): earlier months fall in the next year. */
  startMonth?: number;
  /** Month of the last day of a closed span ("… – 26 April 2025" → 4). */
  endMonth?: number;
  /** Day of that last day, when the span states it ("… – 30 September 2022" → 30). */
  endDay?: number;
  /** When the story was told (a news post's publication): a year the reader supplies never puts a date after it. */
  latest?: { year: number; month: number; day?: number };
}

/** The years mentioned in a text, or undefined when it names none. */
export function yearWindow(text: string | undefined): YearWindow | undefined {
  if (text === undefined) return undefined;
  const years = [...text.matchAll(/(?<![\d.,])(1\d{3}|20\d{2})(?![\d,]|s\b)/g)].map((match) => Number(match[1]));
  if (years.length === 0) return undefined;
  // reduce, not Math.min(...years): spreading 200,000 years overflows the stack.
  const first = years.reduce((a, b) => Math.min(a, b));
  const last = /\b(?:present|ongoing)\b/i.test(text) ? Number.POSITIVE_INFINITY : years.reduce((a, b) => Math.max(a, b));
  const firstMonth = new RegExp(MONTH_NAME).exec(text)?.[0];
  const startMonth = firstMonth === undefined ? undefined : monthNumber(firstMonth);
  return { first, last, ...(startMonth === undefined ? {} : { startMonth }) };
}

/** The window of the deepest heading that names a year ("Major fighting" under "2012 Battle" → 2012). */
export function sectionYearWindow(sectionPath: readonly string[]): YearWindow | undefined {
  for (let depth = sectionPath.length - 1; depth >= 0; depth -= 1) {
    const window = yearWindow(sectionPath[depth]);
    if (window !== undefined) return window;
  }
  return undefined;
}
