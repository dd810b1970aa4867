/**
 * Whether a sentence's date steps out of the story's order, a flashback or a later claim, so that it is an event of its own
 * date but moves no anchor (GUIDE.md, "Relative dates"): `resolveDate.ts` asks before it hands the date on as the next anchor.
 */
import { days, type DateContext, type ResolvedDate } from './resolvedDate.ts';
import type { Qualifier } from './types.ts';

/**
 * A vaguer date before the narrative's day ("had restarted tests at the end of August" after
 * 20 September) is a look back: the story stays on its day for "overnight" or "the next day".
 */
export function looksBack(date: ResolvedDate, context: DateContext): boolean {
  const { previous } = context;
  // "In the spring of 2025 the brigade was moved west. The dam had been destroyed on 6 June 2023." after a story told to the season
  // or the year: a pluperfect year before the story's is a flashback too ("On 12 July" after it is still 2025's).
  if (previous !== undefined && previous.day === undefined && context.sameSection === true)
    return date.mention.kind === 'absolute' && date.mention.pluperfect === true && date.year < previous.year;
  if (previous?.day === undefined || context.sameSection !== true) return false;
  // A claim made well after the story's day about what had happened ("claimed on 7 September that it had been …" after 9 August) is told out of order.
  if (date.day !== undefined && date.mention.kind === 'absolute' && date.mention.laterReport === true) return days(date) - days(previous) > REPORT_LAG_DAYS;
  // A casualty's later death told in a relative clause ("who died of her injuries on 1 July", after a strike of 27 June) steps forward out of the story's order.
  if (date.day !== undefined && date.mention.kind === 'absolute' && date.mention.diedLater === true) return days(date) > days(previous);
  // A day before the story's, told in the pluperfect ("had gathered … late on Saturday" after "on Sunday") or in a relative clause
  // ("A woman who was taken out by boat on June 7 tells us …" after June 13), is a flashback.
  if (date.day !== undefined)
    return (
      date.mention.kind === 'absolute' &&
      (date.mention.pluperfect === true || date.mention.perfectSince === true || date.mention.background === 'clause') &&
      days(date) < days(previous)
    );
  // The day a post tells its news from is no day of its narrative: a new paragraph going back to an earlier month ("Last January, …"
  // after a lead telling today's news) opens the post's background, whose own order later dates follow.
  if (context.sameParagraph === false && context.published !== undefined && days(previous) === days(context.published)) return false;
  // In an article, not a post, a new paragraph opening on a year before the anchor's ("… unveiled on 9 May 1975. ¶ The wine factory
  // opened in 1963. The following year …") starts its own thread from that year, as a history's paragraphs do, no look back; a
  // post's new paragraph recalling a year is its background, from which it comes back to its news.
  if (
    context.published === undefined &&
    context.sameParagraph === false &&
    date.month === undefined &&
    date.qualifier === undefined &&
    date.year < previous.year
  )
    return false;
  // A season of the anchor's year over before the anchor's month ("have been living in basements since the spring", told on
  // 11 September) looks back, as an earlier month does: "That evening" after it is still 11 September.
  const seasonEnd = date.month === undefined && date.qualifier !== undefined ? SEASON_LAST_MONTH[date.qualifier] : undefined;
  // "the men had rented it in the autumn" after "late on 21 November": a season of the anchor's year begun by its month, told in the
  // pluperfect, was over before the story's day all the same, a flashback as a day before it is.
  const seasonStart = date.month === undefined && date.qualifier !== undefined ? SEASON_FIRST_MONTH[date.qualifier] : undefined;
  if (
    date.mention.kind === 'absolute' &&
    date.mention.pluperfect === true &&
    seasonStart !== undefined &&
    date.year === previous.year &&
    previous.month !== undefined
  )
    return seasonStart <= previous.month;
  if (seasonEnd !== undefined && date.year === previous.year && previous.month !== undefined) return seasonEnd < previous.month;
  const months = (value: { year: number; month?: number }) => value.year * 12 + (value.month ?? 12);
  // The early or middle part of the anchor's own month, over before its day ("have been claiming the mine since the middle of
  // December", told on 23 December), looks back as an earlier month does.
  const partEnd = date.month !== undefined && date.qualifier !== undefined ? MONTH_PART_LAST_DAY[date.qualifier] : undefined;
  if (partEnd !== undefined && months(date) === months(previous)) return partEnd < previous.day;
  return months(date) < months(previous) || (date.month === undefined && date.year < previous.year);
}

/** The last day of the early or middle part of a month. */
const MONTH_PART_LAST_DAY: Partial<Record<Qualifier, number>> = { early: 10, mid: 20 };

/** The first month of a season that starts and ends in one year. */
const SEASON_FIRST_MONTH: Partial<Record<Qualifier, number>> = { spring: 3, summer: 6, autumn: 9 };

/** The last month of a season within one year (a winter runs into the next year, so none is over before a month of its own). */
const SEASON_LAST_MONTH: Partial<Record<Qualifier, number>> = { spring: 5, summer: 8, autumn: 11 };

/** How much later than the story's day a report about it must come to be told out of order. */
const REPORT_LAG_DAYS = 7;
