/**
 * The calendar dates the resolver makes and reads: a resolved date, the anchor a later phrase counts
 * from, what a sentence's place in the article tells about its time, and the date arithmetic the
 * absolute and the relative resolvers share.
 */
import type { YearContext } from './contextualYear.ts';
import { daysInMonth, type DateMention, type PartialDate } from './dateMention.ts';
import type { DatedSentence } from './namedHappening.ts';
import type { StoryBounds } from './storyBounds.ts';
import type { Precision, Qualifier } from './types.ts';

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
  /** Its year is one the text wrote with a month or a part of the year ("13 May 2015", "the autumn of 2012"), or carried on from one ("On 30 May", "five days later"). */
  yearStated?: true;
  /** The first day of the span of days this anchor is the last of ("over the weekend": its Saturday), for a weekday within it. */
  spanStart?: { year: number; month: number; day: number };
  /** A news post came back to its present after it ("Joint operations have been frozen"): a day inside its recalled month is the news's. */
  leftForNow?: true;
}

/** Where a sentence sits in time before its own dates are read. */
export interface DateContext extends YearContext, StoryBounds<AnchorDate> {
  /** The last event before this sentence, in document order. */
  previous?: ResolvedDate | undefined;
  /** The sentence just before told a look back that left `previous` the anchor; "said at the time" names its time (guide: the last date stated). */
  lookBack?: ResolvedDate | undefined;
  /** The sentences dated so far, for "on the same day as the signing ceremony" (see `namedHappening.ts`). */
  dated?: readonly DatedSentence[] | undefined;
  /** The month the heading names ("ISIL counter-offensive of December 2016"): "On the 8th" under it, before any date of its own, is in it. */
  sectionMonth?: AnchorDate | undefined;
  /** The anchor was stated in this sentence's paragraph, not an earlier one. */
  sameParagraph?: boolean | undefined;
  /** A news post's publication day: it tells nothing that happened after it, so a later date is a plan or a deadline. */
  published?: AnchorDate | undefined;
  /**
   * The day of a one-day story (an attack), given only in a section other than the last date's: a count of days there
   * ("The following week" opening "Aftermath") after a date with no day ("In 2023, the Security Service said …") counts from it.
   */
  storyDay?: AnchorDate | undefined;
  /** The day of a one-day story (an attack), wherever the sentence stands: "released the same day as the attack" names it. */
  oneDayStory?: AnchorDate | undefined;
}

/** A date something counts from, without the mention that stated it. */
export type AnchorDate = Omit<ResolvedDate, 'mention'>;

/** A date's first day, counted in days, to compare and subtract dates. */
export function days(date: AnchorDate): number {
  return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1) / 86_400_000;
}

/** Keeps a date's `yearStated` mark, or none. */
export function stated(yearStated: boolean | undefined): { yearStated?: true } {
  return yearStated === true ? { yearStated } : {};
}

/** A date the calendar has ("31 February" is none), at the precision the text gives. */
export function calendarDate(date: PartialDate & { year: number }): Omit<ResolvedDate, 'mention'> | undefined {
  const { year, month, day } = date;
  if (month === undefined) return { year, precision: 'year' };
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) return { year, month, precision: 'month' };
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: 'day' };
}

/** Whether two dates name the same day, month or year. */
export function sameDate(a: Omit<ResolvedDate, 'mention'>, b: Omit<ResolvedDate, 'mention'>): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}
