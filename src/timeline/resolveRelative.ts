/**
 * Resolves a relative phrase ("three days later", "on Tuesday", "on the 9th", "the second day of
 * the battle") from its anchor: the previous date, the story's first or last day, or a happening the
 * text told.
 */
import { seasonFirstMonth } from './seasonMonths.ts';
import { addDays, daysInMonth, monthFromIndex, weekday, type RelativeMention } from './dateMention.ts';
import { justToldBeginning, justToldFighting, recallFirstOfSeries, recallHappening, recallLastDay, recallTelling, type StatedDay } from './namedHappening.ts';
import { days, sameDate, stated, type AnchorDate, type DateContext, type ResolvedDate } from './resolvedDate.ts';
import { formatIsoDate } from './isoDate.ts';
import { storyEnd, storyStart } from './storyBounds.ts';
import { duringNight, endedNight, endsToldNight } from './nightDays.ts';
import type { Qualifier } from './types.ts';

/**
 * "the same day as the attack" in the article of a one-day attack or massacre: the story itself, whatever later sentence
 * mentions it ("the attack had caused numerous deaths" two days on). Not one the phrase places elsewhere ("the attack on Kaya").
 */
const OWN_STORY = /^(?:attack|massacre|bombing|assault|raid|ambush|killings|strike|battle)(?!\s+(?:on|in|at|of|against|near)\b)/i;

/**
 * How many dated sentences back a later attack the text told shadows the story's own: "Four days after the attack" right after
 * "On 9 January 2020, fighters attacked the camp at Chinégodar", in the article of an attack of 10 December 2019, counts from
 * the attack just told, as a count from a happening the text named does (guide).
 */
const LATER_TELLING = 3;

/** The one-day story's day for "the attack" of its own kind, unless another such happening was told just before, on a later day. */
function ownStoryDay(noun: string, context: DateContext): AnchorDate | StatedDay | undefined {
  const story = context.oneDayStory;
  const own = OWN_STORY.exec(noun)?.[0];
  if (story === undefined || own === undefined) return undefined;
  const later = recallTelling(own, (context.dated ?? []).slice(-LATER_TELLING));
  const dayNumber = (date: AnchorDate | StatedDay): number => (date.year * 12 + (date.month ?? 1)) * 31 + (date.day ?? 1);
  return later !== undefined && dayNumber(later) > dayNumber(story) ? later : story;
}

/** "counted 20 dead on the day of the battle" in a battle of 26–27 June: no one day is the battle's, so the phrase means the day just told. */
function spansDays(story: string, context: DateContext): boolean {
  const [first, last] = [storyStart(story, context), storyEnd(story, context)];
  return first !== undefined && last !== undefined && !sameDate(first, last);
}

/**
 * "Two workers died on the night of the accident" under "1986 accident": a happening the heading names, which no dated sentence
 * names by its noun, is the one the section tells from its first date, as "the third day of the offensive" under "September
 * rebel offensive" counts from it. A day only.
 */
function headingHappening(noun: string, context: DateContext): StatedDay | undefined {
  const section = context.sectionStart;
  if (section === undefined || section.date.day === undefined || section.date.month === undefined) return undefined;
  if (!new RegExp(`\\b${noun}\\b`, 'i').test(section.heading)) return undefined;
  return { year: section.date.year, month: section.date.month, day: section.date.day, precision: 'day' };
}

/**
 * Counts a relative phrase from its anchor (the previous date, or the story's first
 * day for "the second day of the battle"), never claiming more precision than the anchor had.
 */
export function resolveRelative(mention: RelativeMention, context: DateContext): ResolvedDate | undefined {
  if (mention.sameDayAs !== undefined) {
    const own = ownStoryDay(mention.sameDayAs, context);
    const day = own ?? recallHappening(mention.sameDayAs, context.dated ?? [], mention.toldClause === true) ?? headingHappening(mention.sameDayAs, context);
    if (day !== undefined) return countedFrom(day, mention);
    if (mention.orDayJustTold !== true) return undefined;
  }
  if (mention.firstOfSeries === true) {
    // "The second attack comes a week after the first", no sentence calling any "the first": the series is the story's own, and
    // its first happened on the story's first day (a report's description range, an infobox), when the text told that day.
    const first = recallFirstOfSeries(context.dated ?? []) ?? toldStoryFirstDay(context);
    if (first !== undefined) {
      if (mention.unit === 'month') return { ...monthFromIndex(first.year * 12 + first.month - 1 + mention.amount), precision: 'month', mention };
      return { ...first, ...addDays(first.year, first.month, first.day, mention.amount), mention };
    }
    // "two missiles hit two blocks. This video was filmed … a few seconds after the first impact": a moment after the first of a
    // series no sentence names as the first stays in the day just told, as "minutes after the strike" does (guide).
    if (mention.moment !== true) return undefined;
  }
  const anchor =
    mention.story === undefined || (mention.dayOfStory === true && spansDays(mention.story, context))
      ? previousOrStoryDay(mention, context)
      : mention.storyEnd === true
        ? storyEnd(mention.story, context)
        : (newsFirstDays(mention, context) ?? storyStart(mention.story, context));
  if (anchor === undefined && mention.story !== undefined && mention.orHappeningTold === true) {
    const told = recallHappening(mention.story, context.dated ?? []);
    return told === undefined ? undefined : countedFrom(told, mention);
  }
  // The heading's month holds until the section tells a date of its own.
  if (mention.unit === 'dayOfMonth') {
    const month = context.sameSection !== true && context.sectionMonth !== undefined ? context.sectionMonth : anchor;
    return month === undefined ? undefined : dayOfMonth(mention, month);
  }
  // "declared Thursday a day of mourning" in a post of Thursday 23 October, after a clause of August: with no day to count from,
  // the post's own week (after a day told, the weekday counts from that day, as every weekday does).
  if (mention.ofPublicationWeek === true && context.published !== undefined && anchor?.day === undefined) return weekdayFrom(mention, context.published);
  if (anchor === undefined) return undefined;
  // "lines formed within minutes" after "the same week": minutes from a day the text only put around fix no day, nor does
  // "that evening" after "around the 20th" (guide); "from then on" there is a state from that day, unhedged, and "said at the
  // time" that time, hedged as it was (guide).
  const sameDay = mention.unit === 'day' && mention.amount === 0 && anchor.precision === 'day' && mention.unhedged !== true && mention.timeJustTold !== true;
  // Nor do the next days counted from it ("Over the next four days" after "Two years ago this week"): a span needs a day (guide).
  const daysCounted = mention.unit === 'day' && mention.endAmount !== undefined && mention.amount > 0;
  if ((mention.moment === true || sameDay || daysCounted) && anchor.qualifier === 'around') return undefined;
  if (mention.ofFightingJustTold === true && !justToldFighting(context.dated ?? [])) return undefined;
  if (mention.dayAnchor === true && anchor.day === undefined) return undefined;
  if (mention.duringTold === true && anchor.spanStart !== undefined) return duringNight(mention, anchor);
  // "On the last day" counts only from a range, whose last day the anchor already is; after one day it names no day.
  if (mention.dayOfSpan === 'last' && anchor.spanStart === undefined) return undefined;
  // "On the first day" still in the story's background ("had held the town since February 2016" above an operation launched on
  // 30 November 2024) is the story's first day: nothing told before the story began has a first day to name.
  const { storyStart: firstOfStory } = context;
  if (
    mention.dayOfSpan === 'first' &&
    anchor.spanStart === undefined &&
    firstOfStory !== undefined &&
    days(anchor) < days(firstOfStory) &&
    !justToldBeginning(context.dated ?? [])
  )
    return { ...firstOfStory, precision: 'day', mention };
  // "On the first day" after a range is the range's first day, the day it started; after one day, that day.
  if (mention.dayOfSpan === 'first' && anchor.spanStart !== undefined) return { ...anchor.spanStart, precision: 'day', mention, ...stated(anchor.yearStated) };
  if (mention.unit === 'weekday') return weekdayFrom(mention, anchor.day === undefined ? (dayWithinMonth(anchor, context) ?? anchor) : anchor);
  const base = { year: anchor.year, precision: anchor.precision, mention, ...stated(anchor.yearStated) } as const;
  const monthOf = anchor.month === undefined ? {} : { month: anchor.month };
  const dayOf = anchor.day === undefined ? {} : { day: anchor.day };
  const hedge = mention.qualifier === undefined ? {} : { qualifier: mention.qualifier };
  if (mention.unit === 'day' && anchor.day !== undefined && anchor.month !== undefined) {
    const { endAmount } = mention;
    // "The gunmen left before dawn on 5 June. Soldiers arrived the next morning": the morning that ends the night, 5 June.
    const amount = mention.morning === true && endedNight(anchor) ? 0 : endsToldNight(mention, anchor) ? 1 : mention.amount;
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
  if (mention.unit === 'month' && mention.nextNamedMonth === true) {
    // After a year-precise anchor ("opened in 2010. The following January …") the month of the next year.
    const after = anchor.month === undefined ? 12 : (mention.amount - anchor.month + 12) % 12 || 12;
    return { ...base, ...monthFromIndex(anchor.year * 12 + (anchor.month ?? mention.amount) - 1 + after), precision: 'month', ...hedge };
  }
  if (mention.unit === 'month' && anchor.month !== undefined) {
    const months = anchor.year * 12 + anchor.month - 1 + mention.amount;
    return { ...base, ...monthFromIndex(months), precision: 'month', ...hedge };
  }
  if (mention.unit === 'year' && mention.nextSeason === true)
    return { ...base, year: anchor.year + nextSeasonYears(mention, anchor), precision: 'year', ...hedge };
  if (mention.unit === 'year') return { ...base, year: anchor.year + mention.amount, precision: 'year', ...hedge };
  // "A year earlier" after a year-precise anchor: the year before, no finer than the anchor.
  if (mention.unit === 'month' && mention.amount % 12 === 0) return { ...base, year: anchor.year + mention.amount / 12, precision: 'year', ...hedge };
  // "Three days later" after a month-precise event: the anchor's month and hedge, the finest the text allows ("at the anchor's
  // precision or coarser", guide), never `after`, which the guide keeps for a word governing the date itself.
  return { ...base, ...monthOf, ...dayOf, ...anchorHedge(anchor, 0, mention) };
}

/** "a week before the announcement": counted from that happening's day, when the text told its day; "within a week of" it, to the span's end. */
function countedFrom(day: StatedDay | AnchorDate, mention: RelativeMention): ResolvedDate {
  if (mention.unit !== 'day' || mention.amount === 0 || day.month === undefined || day.day === undefined) return { ...day, mention };
  const { endAmount } = mention;
  return {
    ...day,
    ...addDays(day.year, day.month, day.day, mention.amount),
    ...(endAmount === undefined ? {} : { end: { ...addDays(day.year, day.month, day.day, endAmount), precision: 'day', mention } }),
    mention,
  };
}

/**
 * "Demonstrators have gathered … every night since 28 November, … Riot police used water cannon against them during the first
 * week": a news post tells no story known beforehand, so the first days or week it counts are those of the happening just told
 * with its day (guide: "in the first week" of it, told after its first day), not of the first day the post happens to name.
 */
function newsFirstDays(mention: RelativeMention, context: DateContext): AnchorDate | undefined {
  const { previous } = context;
  if (context.published === undefined || mention.story !== 'fighting' || mention.endAmount === undefined || previous?.day === undefined) return undefined;
  return previous;
}

/**
 * The story's first day as its stated span gives it (an infobox, a report's description range), when the text told a happening
 * on it (see the first of a series in `resolveRelative`); a first day only the text named tells no series began on it.
 */
function toldStoryFirstDay(context: DateContext): StatedDay | undefined {
  const start = context.storyStart;
  if (start?.month === undefined || start.day === undefined) return undefined;
  if (context.story?.startMonth !== start.month || context.story.first !== start.year) return undefined;
  const iso = formatIsoDate(start, 'day');
  return (context.dated ?? []).some((told) => told.date === iso) ? { year: start.year, month: start.month, day: start.day, precision: 'day' } : undefined;
}

/** The previous date, or the one-day story's day for a count of days opening a section after a date with no day (see `DateContext.storyDay`). */
function previousOrStoryDay(mention: RelativeMention, context: DateContext): ResolvedDate | AnchorDate | undefined {
  const { previous, storyDay, lookBack } = context;
  if (mention.timeJustTold === true && lookBack !== undefined) return lookBack;
  // "… was surrounded in October. Soldiers reached the village late that month": the month just told is the look back's, and so
  // is the year ("In July 2021, a blaze burned there for a week. Later that year, the government promised …").
  if (mention.unit === 'month' && mention.amount === 0 && lookBack?.month !== undefined) return lookBack;
  if (mention.unit === 'year' && mention.amount === 0 && lookBack !== undefined) return lookBack;
  // "… goes back to the elections of October 2021. Two months later, …": past a news post's publication, counts from the look back.
  if (lookBack !== undefined && previous !== undefined && context.published !== undefined && passes(previous, mention, context.published)) return lookBack;
  const needsDay = mention.unit === 'day' && mention.moment !== true;
  return needsDay && previous !== undefined && previous.day === undefined && storyDay !== undefined ? storyDay : previous;
}

/** Whether a count of months or years on from `from` ends after `latest`. */
function passes(from: AnchorDate, mention: RelativeMention, latest: AnchorDate): boolean {
  const months = mention.unit === 'year' ? 12 * mention.amount : mention.unit === 'month' ? mention.amount : 0;
  return months > 0 && from.year * 12 + (from.month ?? 1) + months > latest.year * 12 + (latest.month ?? 1);
}

/**
 * "Mid-March the buses stop coming. On Friday a bus was shot at": a month-precise date names no week, so the weekday counts
 * from the last day told, when it lies in that month (guide); one in another month leaves the weekday unfixed.
 */
function dayWithinMonth(anchor: ResolvedDate | AnchorDate, context: DateContext): StatedDay | undefined {
  const last = recallLastDay(context.dated ?? []);
  return last !== undefined && last.year === anchor.year && last.month === anchor.month ? last : undefined;
}

/** "On Tuesday morning" after Monday 10 October is the 11th; only a day's anchor says which week it is in. */
function weekdayFrom(mention: RelativeMention, anchor: ResolvedDate | AnchorDate): ResolvedDate | undefined {
  if (anchor.day === undefined || anchor.month === undefined) return undefined;
  const within = weekdayInSpan(mention, anchor);
  if (within !== undefined) return within;
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

/** "Saturday 06:52" after "over the weekend" of 25–26 June: a plain weekday falling within the span just told is that day of it (guide). */
function weekdayInSpan(mention: RelativeMention, anchor: ResolvedDate | AnchorDate): ResolvedDate | undefined {
  const { spanStart } = anchor;
  if (spanStart === undefined || mention.strictlyAfter === true || mention.endAmount !== undefined) return undefined;
  const ahead = (mention.amount - weekday(spanStart.year, spanStart.month, spanStart.day) + 7) % 7;
  const day = addDays(spanStart.year, spanStart.month, spanStart.day, ahead);
  if (days({ ...day, precision: 'day' }) > days(anchor)) return undefined;
  return { ...day, precision: 'day', mention, ...stated(anchor.yearStated) };
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
  return {
    year,
    month,
    day: mention.amount,
    precision: 'day',
    mention,
    ...(mention.qualifier === undefined ? {} : { qualifier: mention.qualifier }),
    ...stated(anchor.yearStated),
  };
}

function anchorHedge(anchor: ResolvedDate | AnchorDate, amount: number, mention?: RelativeMention): { qualifier?: Qualifier } {
  return amount === 0 && anchor.qualifier !== undefined && mention?.unhedged !== true ? { qualifier: anchor.qualifier } : {};
}

/**
 * How many years after the anchor's the first such season begins: an anchor told by its season stands at that season's first
 * month ("In the summer of 1918 … in the following winter" is the winter beginning in December 1918, of its first year).
 */
function nextSeasonYears(mention: RelativeMention, anchor: ResolvedDate | AnchorDate): number {
  const start = seasonFirstMonth(mention.qualifier ?? 'summer') ?? 6;
  const month = anchor.month ?? (anchor.day === undefined ? seasonFirstMonth(anchor.qualifier) : undefined);
  return month === undefined || month >= start ? 1 : 0;
}
