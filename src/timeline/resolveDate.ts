/**
 * Turns a sentence's date mentions into calendar dates, using what a reader
 * uses: the year of the heading, of the infobox or of the previous event, and
 * the previous event as the anchor of "three days later".
 */
import { contextualYear, type YearContext } from './contextualYear.ts';
import {
  addDays,
  daysInMonth,
  monthFromIndex,
  weekday,
  type AbsoluteMention,
  type DateMention,
  type PartialDate,
  type RelativeMention,
} from './dateMention.ts';
import { recallFirstOfSeries, recallHappening, type DatedSentence } from './namedHappening.ts';
import { storyEnd, storyStart, type StoryBounds } from './storyBounds.ts';
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
  /** Its year is one the text wrote with a month or a part of the year ("13 May 2015", "the autumn of 2012"), or carried on from one ("On 30 May", "five days later"). */
  yearStated?: true;
  /** A news post came back to its present after it ("Joint operations have been frozen"): a day inside its recalled month is the news's. */
  leftForNow?: true;
}

/** Where a sentence sits in time before its own dates are read. */
export interface DateContext extends YearContext, StoryBounds<AnchorDate> {
  /** The last event before this sentence, in document order. */
  previous?: ResolvedDate | undefined;
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

/**
 * "the same day as the attack" in the article of a one-day attack or massacre: the story itself, whatever later sentence
 * mentions it ("the attack had caused numerous deaths" two days on). Not one the phrase places elsewhere ("the attack on Kaya").
 */
const OWN_STORY = /^(?:attack|massacre|bombing|assault|raid|ambush|killings|strike|battle)(?!\s+(?:on|in|at|of|against|near)\b)/i;

/** A date something counts from, without the mention that stated it. */
export type AnchorDate = Omit<ResolvedDate, 'mention'>;

/** What one sentence gives the timeline: its event (if any) and the date later sentences count from. */
export interface SentenceDates {
  /** The sentence's event: at most one, dated by the first date it states. */
  event?: ResolvedDate;
  /** The last date the sentence states: the anchor of what follows ("…in June 1919 and July. The next day…"). */
  last?: ResolvedDate;
}

/**
 * The event of one sentence. One sentence is one event, dated by the first date
 * it states ("captured in June 1919 and reinstated in July" is June 1919), outside an
 * opening phrase or a relative clause when the main clause has one ("Following his statement
 * on 19 September, Biden spoke on 21 September" is 21 September); the
 * later dates still carry the year and the anchor forward. An explicit date
 * wins over a relative phrase ("A week later on 29 April" is 29 April);
 * a relative phrase counts only when no explicit date is given.
 */
export function resolveSentenceDates(mentions: readonly DateMention[], context: DateContext): SentenceDates {
  const leading = mentions[0]?.kind === 'relative' && mentions[0].firstClause === true ? mentions[0] : undefined;
  const led = leading === undefined ? undefined : resolveRelative(leading, context);
  if (leading !== undefined && led !== undefined) return leading.amount < 0 ? { event: led } : { event: led, last: lastDay(led) };
  const absolutes = mentions.filter((mention): mention is AbsoluteMention => mention.kind === 'absolute');
  let event: ResolvedDate | undefined;
  let opening: ResolvedDate | undefined;
  let previous = context.previous;
  for (const mention of absolutes) {
    // Within one sentence a date steps back without changing year ("As of 3 October 2022 … by late May").
    const narrative = event === undefined && opening === undefined ? context : { ...context, sameSection: false, sameSentence: true };
    const date = resolveAbsolute(mention, { ...narrative, previous });
    // "promised to hand power to an elected government by July 2024" in a post of 2022: no happening, and no anchor.
    if (date === undefined || (context.published !== undefined && days(date) > days(context.published))) continue;
    if (mention.background !== undefined) opening ??= date;
    else event ??= date;
    previous = date;
  }
  // A relative clause's date outside the story is the past of what it describes ("fighters that
  // surrendered in 2018" in a 2021 offensive): no event, and no anchor for what follows.
  const described = opening?.mention.kind === 'absolute' && opening.mention.background === 'clause' && opening.mention.outcome !== true;
  if (event === undefined && opening !== undefined && described && outsideStory(opening, context.story)) return {};
  // "The capture of the town on 10 January prompted France to intervene the following day": a relative phrase of the main
  // clause, after the date of the happening that caused it, counts from that date.
  const causing = opening?.mention.kind === 'absolute' && opening.mention.causes === true ? opening : undefined;
  const counted = event === undefined && causing !== undefined ? countedFromBackground(mentions, causing, context) : undefined;
  if (counted !== undefined) return { event: counted, last: lastDay(counted) };
  event ??= opening;
  if (event !== undefined) return looksBack(event, context) ? { event } : { event, last: lastDay(dayWithin(previous, event) ?? event) };
  const relative = mentions.find((mention): mention is RelativeMention => mention.kind === 'relative');
  const date = relative === undefined ? undefined : resolveRelative(relative, context);
  if (date === undefined) return {};
  // A look back ("had been reached the previous day") is a flashback: the narrative's day stays the anchor.
  return relative !== undefined && relative.amount < 0 ? { event: date } : { event: date, last: lastDay(date) };
}

/** A forward relative phrase after the causing happening's date, resolved from it. */
function countedFromBackground(mentions: readonly DateMention[], opening: ResolvedDate, context: DateContext): ResolvedDate | undefined {
  const relative = mentions.find((mention): mention is RelativeMention => mention.kind === 'relative' && mention.index > opening.mention.index);
  return relative === undefined || relative.amount <= 0 ? undefined : resolveRelative(relative, { ...context, previous: opening });
}

/**
 * A vaguer date before the narrative's day ("had restarted tests at the end of August" after
 * 20 September) is a look back: the story stays on its day for "overnight" or "the next day".
 */
function looksBack(date: ResolvedDate, context: DateContext): boolean {
  const { previous } = context;
  if (previous?.day === undefined || context.sameSection !== true) return false;
  // A claim made well after the story's day about what had happened ("claimed on 7 September that it had been …" after 9 August) is told out of order.
  if (date.day !== undefined && date.mention.kind === 'absolute' && date.mention.laterReport === true) return days(date) - days(previous) > REPORT_LAG_DAYS;
  // A day before the story's, told in the pluperfect ("had gathered … late on Saturday" after "on Sunday"), is a flashback.
  if (date.day !== undefined) return date.mention.kind === 'absolute' && date.mention.pluperfect === true && days(date) < days(previous);
  // The day a post tells its news from is no day of its narrative: a new paragraph going back to an earlier month ("Last January, …"
  // after a lead telling today's news) opens the post's background, whose own order later dates follow.
  if (context.sameParagraph === false && context.published !== undefined && days(previous) === days(context.published)) return false;
  const months = (value: { year: number; month?: number }) => value.year * 12 + (value.month ?? 12);
  return months(date) < months(previous) || (date.month === undefined && date.year < previous.year);
}

/** How much later than the story's day a report about it must come to be told out of order. */
const REPORT_LAG_DAYS = 7;

function days(date: AnchorDate): number {
  return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1) / 86_400_000;
}

/** Whether a date falls before the story's first month or outside its years. */
function outsideStory(date: ResolvedDate, story: YearWindow | undefined): boolean {
  if (story === undefined) return false;
  // "formed in April 2017" in a battle of June–October 2017 is before it, as a year before its first is; a month
  // after its end may still be its aftermath ("al-Qaryatayn, which they recaptured on 3 April").
  const beforeStart = date.year === story.first && date.month !== undefined && story.startMonth !== undefined && date.month < story.startMonth;
  return date.year < story.first || date.year > story.last || beforeStart;
}

/**
 * A day stated after a vaguer first date ("advanced in August, and reached the city on 5 September"),
 * or a later day after a first day ("had left on Friday, and was ambushed on Sunday morning"),
 * or a later month after a first month ("began raids in August, and in October took a bridgehead"),
 * or a month of a later year after a first year ("raids in 2023 and March 2024"),
 * is where the story stands: "three days later" and "on the 17th" count from it, not from the first.
 */
function dayWithin(stated: ResolvedDate | undefined, event: ResolvedDate): ResolvedDate | undefined {
  if (stated === undefined || stated === event) return undefined;
  if (stated.day !== undefined) return days(stated) > days(event) || (event.day === undefined && days(stated) >= days(event)) ? stated : undefined;
  if (event.day !== undefined || stated.month === undefined) return undefined;
  return (event.month === undefined ? stated.year > event.year : days(stated) > days(event)) ? stated : undefined;
}

/** After a span of days ("from 6 to 8 June", "during the next two days") the story stands on its last day. */
function lastDay(date: ResolvedDate): ResolvedDate {
  const { end } = date;
  return end === undefined || end.precision !== 'day' || date.precision !== 'day' ? date : { ...end, mention: date.mention, ...stated(date.yearStated) };
}

function stated(yearStated: boolean | undefined): { yearStated?: true } {
  return yearStated === true ? { yearStated } : {};
}

/** A part of a year ("In the autumn of 2012", "late 2012") places the story in it, as a month does; a bare year may be background ("defeated in 2018"). */
const PART_OF_YEAR: ReadonlySet<Qualifier> = new Set(['early', 'mid', 'late', 'spring', 'summer', 'autumn', 'winter']);

function placesInYear(mention: AbsoluteMention): boolean {
  return mention.month === undefined && mention.qualifier !== undefined && PART_OF_YEAR.has(mention.qualifier);
}

/** Places a stated date in a year and checks the calendar ("31 February" is no date). */
function resolveAbsolute(mention: AbsoluteMention, context: DateContext): ResolvedDate | undefined {
  const year = mention.year ?? contextualYear(mention, context);
  if (year === undefined) return undefined;
  const { previous } = context;
  const yearStated =
    mention.year === undefined ? previous?.yearStated === true && previous.year === year : mention.month !== undefined || placesInYear(mention);
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
    ...stated(yearStated),
  };
}

/** "counted 20 dead on the day of the battle" in a battle of 26–27 June: no one day is the battle's, so the phrase means the day just told. */
function spansDays(story: string, context: DateContext): boolean {
  const [first, last] = [storyStart(story, context), storyEnd(story, context)];
  return first !== undefined && last !== undefined && !sameDate(first, last);
}

/**
 * Counts a relative phrase from its anchor (the previous date, or the story's first
 * day for "the second day of the battle"), never claiming more precision than the anchor had.
 */
function resolveRelative(mention: RelativeMention, context: DateContext): ResolvedDate | undefined {
  if (mention.sameDayAs !== undefined) {
    const own = context.oneDayStory !== undefined && OWN_STORY.test(mention.sameDayAs) ? context.oneDayStory : undefined;
    const day = own ?? recallHappening(mention.sameDayAs, context.dated ?? []);
    if (day !== undefined) return { ...day, mention };
    if (mention.orDayJustTold !== true) return undefined;
  }
  if (mention.firstOfSeries === true) {
    const first = recallFirstOfSeries(context.dated ?? []);
    return first === undefined ? undefined : { ...first, ...addDays(first.year, first.month, first.day, mention.amount), mention };
  }
  const anchor =
    mention.story === undefined || (mention.dayOfStory === true && spansDays(mention.story, context))
      ? previousOrStoryDay(mention, context)
      : mention.storyEnd === true
        ? storyEnd(mention.story, context)
        : storyStart(mention.story, context);
  // The heading's month holds until the section tells a date of its own.
  if (mention.unit === 'dayOfMonth') {
    const month = context.sameSection !== true && context.sectionMonth !== undefined ? context.sectionMonth : anchor;
    return month === undefined ? undefined : dayOfMonth(mention, month);
  }
  if (anchor === undefined) return undefined;
  // "lines formed within minutes" after "the same week": minutes from a day the text only put around one fix no day.
  if (mention.moment === true && anchor.qualifier === 'around') return undefined;
  if (mention.dayAnchor === true && anchor.day === undefined) return undefined;
  if (mention.unit === 'weekday') return weekdayFrom(mention, anchor);
  const base = { year: anchor.year, precision: anchor.precision, mention, ...stated(anchor.yearStated) } as const;
  const monthOf = anchor.month === undefined ? {} : { month: anchor.month };
  const dayOf = anchor.day === undefined ? {} : { day: anchor.day };
  const hedge = mention.qualifier === undefined ? {} : { qualifier: mention.qualifier };
  if (mention.unit === 'day' && anchor.day !== undefined && anchor.month !== undefined) {
    const { endAmount } = mention;
    // "The gunmen left before dawn on 5 June. Soldiers arrived the next morning": the morning that ends the night, 5 June.
    const amount = mention.morning === true && endedNight(anchor) ? 0 : mention.amount;
    return {
      ...base,
      // The phrase's own hedge ("the following week": around) outweighs the anchor's.
      ...anchorHedge(anchor, amount, mention),
      ...hedge,
      ...addDays(anchor.year, anchor.month, anchor.day, amount),
      precision: 'day',
      ...(endAmount === undefined ? {} : { end: { ...addDays(anchor.year, anchor.month, anchor.day, endAmount), precision: 'day', mention } }),
    };
  }
  if (mention.unit === 'month' && anchor.month !== undefined) {
    const months = anchor.year * 12 + anchor.month - 1 + mention.amount;
    return { ...base, ...monthFromIndex(months), precision: 'month', ...hedge };
  }
  if (mention.unit === 'year') return { ...base, year: anchor.year + mention.amount, precision: 'year', ...hedge };
  // "A year earlier" after a year-precise anchor: the year before, no finer than the anchor.
  if (mention.unit === 'month' && mention.amount % 12 === 0) return { ...base, year: anchor.year + mention.amount / 12, precision: 'year', ...hedge };
  // "Three days later" after a month-precise event: we know only that it came after.
  if (mention.amount === 0) return { ...base, ...monthOf, ...dayOf, ...anchorHedge(anchor, 0, mention) };
  return { ...base, ...monthOf, ...dayOf, qualifier: mention.amount > 0 ? 'after' : 'before' };
}

/** The previous date, or the one-day story's day for a count of days opening a section after a date with no day (see `DateContext.storyDay`). */
function previousOrStoryDay(mention: RelativeMention, context: DateContext): ResolvedDate | AnchorDate | undefined {
  const { previous, storyDay } = context;
  const needsDay = mention.unit === 'day' && mention.moment !== true;
  return needsDay && previous !== undefined && previous.day === undefined && storyDay !== undefined ? storyDay : previous;
}

/** "On Tuesday morning" after Monday 10 October is the 11th; only a day's anchor says which week it is in. */
function weekdayFrom(mention: RelativeMention, anchor: ResolvedDate | AnchorDate): ResolvedDate | undefined {
  if (anchor.day === undefined || anchor.month === undefined) return undefined;
  const anchorWeekday = weekday(anchor.year, anchor.month, anchor.day);
  let ahead = (mention.amount - anchorWeekday + 7) % 7;
  if (ahead === 0 && mention.strictlyAfter === true) ahead = 7;
  const { endAmount } = mention;
  // A weekend told after its Sunday is the one that Sunday ends.
  if (endAmount !== undefined && anchorWeekday === 0 && ahead === 6) ahead = -1;
  return {
    ...addDays(anchor.year, anchor.month, anchor.day, ahead),
    precision: 'day',
    ...anchorHedge(anchor, ahead, mention),
    ...(endAmount === undefined ? {} : { end: { ...addDays(anchor.year, anchor.month, anchor.day, ahead + endAmount), precision: 'day', mention } }),
    mention,
    ...stated(anchor.yearStated),
  };
}

/** Whether the anchor's day was reached at the end of a night ("before dawn on 5 June", "the night of 4 to 5 June"). */
function endedNight(anchor: ResolvedDate | AnchorDate): boolean {
  return 'mention' in anchor && anchor.mention.kind === 'absolute' && anchor.mention.endsNight === true;
}

/**
 * "On the 9th" names a day of the anchor's month; a day far behind the anchor's
 * ("on the 2nd" after 28 March) is in the month after, as narratives move forward.
 */
function dayOfMonth(mention: RelativeMention, anchor: ResolvedDate | AnchorDate): ResolvedDate | undefined {
  if (anchor.month === undefined) return undefined;
  const turns = anchor.day !== undefined && anchor.day - mention.amount > 15;
  const months = anchor.year * 12 + anchor.month - 1 + (turns ? 1 : 0);
  const { year, month } = monthFromIndex(months);
  if (mention.amount < 1 || mention.amount > daysInMonth(year, month)) return undefined;
  return { year, month, day: mention.amount, precision: 'day', mention, ...stated(anchor.yearStated) };
}

function anchorHedge(anchor: ResolvedDate | AnchorDate, amount: number, mention?: RelativeMention): { qualifier?: Qualifier } {
  return amount === 0 && anchor.qualifier !== undefined && mention?.unhedged !== true ? { qualifier: anchor.qualifier } : {};
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
