/**
 * Turns a sentence's date mentions into calendar dates, using what a reader
 * uses: the year of the heading, of the infobox or of the previous event, and
 * the previous event as the anchor of "three days later".
 */
import { daysInMonth, type AbsoluteMention, type DateMention, type PartialDate, type RelativeMention } from './dateMention.ts';
import type { Precision, Qualifier } from './types.ts';
import type { YearWindow } from './yearWindow.ts';

/** A date the timeline can show: always a year, then as much as the text gives. */
export interface ResolvedDate {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
  qualifier?: Qualifier;
  end?: ResolvedDate;
  /** The mention that gave it, for `dateText`. */
  mention: DateMention;
}

/** Where a sentence sits in time before its own dates are read. */
export interface DateContext {
  /** Years named by the headings above the sentence. */
  section?: YearWindow | undefined;
  /** Years of the story as a whole (infobox date, else the title). */
  story?: YearWindow | undefined;
  /** The last event before this sentence, in document order. */
  previous?: ResolvedDate | undefined;
  /** Whether `previous` was told in the same section: a new section may step back in time. */
  sameSection?: boolean;
}

/**
 * A step back of more than this many days, with no year given, means the story
 * crossed into a new year: narratives step back a little ("21 February", then
 * "15 February"), not by half a year. Across sections and within a sentence
 * only a December → January turn counts, since a new section often restarts the story.
 */
const YEAR_WRAP_DAYS = 150;

/**
 * The events of one sentence. An explicit date wins over a relative phrase
 * ("A week later on 29 April" is 29 April); a further explicit date gives a
 * further event only when it is another day ("captured in June 1919 …
 * reinstated in July"); relative phrases count only when no explicit date is given.
 */
export function resolveSentenceDates(mentions: readonly DateMention[], context: DateContext): ResolvedDate[] {
  const absolutes = mentions.filter((mention): mention is AbsoluteMention => mention.kind === 'absolute');
  const resolved: ResolvedDate[] = [];
  let previous = context.previous;
  for (const mention of absolutes) {
    // Within one sentence a date steps back without changing year ("As of 3 October 2022 … by late May").
    const narrative = resolved.length === 0 ? context : { ...context, sameSection: false };
    const date = resolveAbsolute(mention, { ...narrative, previous });
    if (date === undefined || resolved.some((other) => sameDate(other, date))) continue;
    resolved.push(date);
    previous = date;
  }
  if (resolved.length > 0) return resolved;
  const relative = mentions.find((mention): mention is RelativeMention => mention.kind === 'relative');
  const date = relative === undefined || previous === undefined ? undefined : resolveRelative(relative, previous);
  return date === undefined ? [] : [date];
}

/** Places a stated date in a year and checks the calendar ("31 February" is no date). */
function resolveAbsolute(mention: AbsoluteMention, context: DateContext): ResolvedDate | undefined {
  const year = mention.year ?? contextualYear(mention, context);
  if (year === undefined) return undefined;
  const start = calendarDate({ ...mention, year });
  if (start === undefined) return undefined;
  const endStated = mention.end;
  const end =
    endStated === undefined
      ? undefined
      : calendarDate({
          ...endStated,
          year: endStated.year ?? year + (endStated.month !== undefined && start.month !== undefined && endStated.month < start.month ? 1 : 0),
        });
  return {
    ...start,
    ...(mention.qualifier === undefined ? {} : { qualifier: mention.qualifier }),
    ...(end === undefined || sameDate(start, end) ? {} : { end: { ...end, mention } }),
    mention,
  };
}

/** Counts a relative phrase from the previous event, never claiming more precision than it had. */
function resolveRelative(mention: RelativeMention, previous: ResolvedDate): ResolvedDate | undefined {
  const base = { year: previous.year, precision: previous.precision, mention } as const;
  const monthOf = previous.month === undefined ? {} : { month: previous.month };
  const dayOf = previous.day === undefined ? {} : { day: previous.day };
  if (mention.unit === 'vague') return { ...base, ...monthOf, ...dayOf, qualifier: 'after' };
  if (mention.unit === 'day' && previous.day !== undefined && previous.month !== undefined) {
    // setUTCFullYear takes any year (Date.UTC maps 0-99 to 1900-1999) and rolls months over.
    const shifted = new Date(0);
    shifted.setUTCFullYear(previous.year, previous.month - 1, previous.day + mention.amount);
    return {
      ...base,
      ...previousHedge(previous, mention.amount),
      year: shifted.getUTCFullYear(),
      month: shifted.getUTCMonth() + 1,
      day: shifted.getUTCDate(),
      precision: 'day',
    };
  }
  if (mention.unit === 'month' && previous.month !== undefined) {
    const months = previous.year * 12 + previous.month - 1 + mention.amount;
    return { ...base, year: Math.floor(months / 12), month: (months % 12) + 1, precision: 'month' };
  }
  if (mention.unit === 'year') return { ...base, year: previous.year + mention.amount, precision: 'year' };
  // "Three days later" after a month-precise event: we know only that it came after.
  if (mention.amount === 0) return { ...base, ...monthOf, ...dayOf, ...previousHedge(previous, 0) };
  return { ...base, ...monthOf, ...dayOf, qualifier: mention.amount > 0 ? 'after' : 'before' };
}

function previousHedge(previous: ResolvedDate, amount: number): { qualifier?: Qualifier } {
  return amount === 0 && previous.qualifier !== undefined ? { qualifier: previous.qualifier } : {};
}

/** The year a reader gives a date without one: see `YEAR_WRAP_DAYS` and the windows of `DateContext`. */
function contextualYear(date: PartialDate, context: DateContext): number | undefined {
  const { previous } = context;
  const wraps =
    previous !== undefined &&
    daysBack(previous, date) > YEAR_WRAP_DAYS &&
    (context.sameSection === true || (turnsYear(previous, date) && beforeStoryStart(date, context.story)));
  const guess = previous === undefined ? undefined : previous.year + (wraps ? 1 : 0);
  const window = context.section ?? context.story;
  if (window === undefined) return guess;
  if (guess !== undefined && guess >= window.first && guess <= window.last) return guess;
  // The infobox may stop before the aftermath does: let a year wrap step just past it.
  if (guess !== undefined && wraps && context.section === undefined && guess === window.last + 1) return guess;
  if (guess !== undefined && guess > window.last) return window.last;
  const startsLater = window.startMonth !== undefined && date.month !== undefined && date.month < window.startMonth;
  return startsLater && window.last > window.first ? window.first + 1 : window.first;
}

/** December to January: a new section or sentence crossing it still means a new year. */
function turnsYear(previous: ResolvedDate, date: PartialDate): boolean {
  return (previous.month ?? 0) >= 10 && (date.month ?? 12) <= 3;
}

/** Whether the date falls before the month the story starts in, so in a later year (true when unknown). */
function beforeStoryStart(date: PartialDate, story: YearWindow | undefined): boolean {
  return story?.startMonth === undefined || date.month === undefined || date.month < story.startMonth;
}

/** How many days the date steps back from the previous event within a year (0 when it moves on). */
function daysBack(previous: ResolvedDate, date: PartialDate): number {
  if (previous.month === undefined || date.month === undefined) return 0;
  const then = (previous.month - 1) * 30.5 + (previous.day ?? 1);
  const now = (date.month - 1) * 30.5 + (date.day ?? 1);
  return Math.max(0, then - now);
}

function calendarDate(date: PartialDate & { year: number }): Omit<ResolvedDate, 'mention'> | undefined {
  const { year, month, day } = date;
  if (month === undefined) return { year, precision: 'year' };
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) return { year, month, precision: 'month' };
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: 'day' };
}

function sameDate(a: Omit<ResolvedDate, 'mention'>, b: Omit<ResolvedDate, 'mention'>): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}
