/**
 * Which year a date the text leaves without one is in: the previous event's, unless the story
 * stepped back far enough to have crossed into a new year, kept inside the years of the heading or
 * of the story, and leaving them only when the text itself stated a year outside.
 */
import type { PartialDate } from './dateMention.ts';
import type { YearWindow } from './yearWindow.ts';
import { JUST_AFTER_MONTHS, nearestBeforeClosedStory, restartedYear } from './newSectionYears.ts';
import { seasonFirstMonth } from './seasonMonths.ts';

/** The previous event, as far as its year is concerned. */
interface PreviousDate {
  year: number;
  month?: number;
  day?: number;
  /** Its year is one the text wrote with a month or a part of the year, or carried on from one. */
  yearStated?: true;
  /** A news post came back to its present after it (see `ResolvedDate.leftForNow`). */
  leftForNow?: true;
  /** Its hedge: a season ("last autumn") places a date of year precision within its year. */
  qualifier?: string | undefined;
  /** The first day of a span it ended ("Over the next two weeks" after 19 December: 20 December – 2 January). */
  spanStart?: { year: number; month: number; day: number };
}

/**
 * The month a season of a year stands for when a date after it steps back or on: "Campaigners collected signatures last autumn
 * … Parliament passed it on 12 February" is the February after that autumn, as after "in October". A winter is of its first
 * year (GUIDE.md), so it stands for December; and a year's late part ("launched an offensive in late 2024. In March, gunmen …"
 * is March 2025, nearer than March 2024) for November.
 */
const SEASON_MONTH: Readonly<Record<string, number>> = { spring: 4, summer: 7, autumn: 10, winter: 12, late: 11 };

/** What a reader knows of the years around a sentence: the year part of `DateContext` (resolveDate.ts). */
export interface YearContext {
  /** Years named by the headings above the sentence. */
  section?: YearWindow | undefined;
  /** Years of the story as a whole (infobox date, else the title). */
  story?: YearWindow | undefined;
  /** The last event before this sentence, in document order. */
  previous?: PreviousDate | undefined;
  /** Whether `previous` was told in the same section: a new section may step back in time. */
  sameSection?: boolean;
  /** Whether `previous` was stated earlier in the same sentence: a year the sentence stated holds for its later dates, even outside the story. */
  sameSentence?: boolean;
}

/**
 * A step back of more than this many days, with no year given, means the story
 * crossed into a new year: narratives step back a little ("21 February", then
 * "15 February"), not by half a year. Across sections and within a sentence
 * only a December → January turn counts, since a new section often restarts the story.
 */
const YEAR_WRAP_DAYS = 150;

/** A date without its year, with what the text said of the year it belongs to ("of the same year", told in the pluperfect). */
type YearlessDate = PartialDate & { sameYear?: boolean; nextYear?: true; pluperfect?: true; perfectSince?: true; pastBeforePresent?: true; qualifier?: string };

/**
 * The year a reader gives a date without one: see `YEAR_WRAP_DAYS` and the windows of `YearContext`;
 * never after the story's `latest` month (a news post tells what already happened).
 */
export function contextualYear(date: YearlessDate, context: YearContext): number | undefined {
  const inSpan = yearInsideSpan(date, context.previous);
  if (inSpan !== undefined) return inSpan;
  // "By the spring, the front ran … to the 33rd Brigade, which had withdrawn from Kurakhove in the winter": a season told in the
  // pluperfect began before the date just told, so it is the last such season before it (or that season itself: "Through the winter
  // of 2022–2023 … had been trained over the winter").
  const { previous } = context;
  // So is a month a report's relative clause tells in the simple past before its present ("Three children who left Zybyne in March sing").
  const season =
    date.pluperfect === true && date.month === undefined
      ? seasonFirstMonth(date.qualifier)
      : date.pastBeforePresent === true && date.day === undefined
        ? date.month
        : undefined;
  const told = previous?.month ?? (previous?.day === undefined ? seasonFirstMonth(previous?.qualifier) : undefined);
  if (season !== undefined && previous !== undefined && told !== undefined) return season > told ? previous.year - 1 : previous.year;
  // "On 20 February … she had been living in the cellar since October": a state held up to the day told began before it (in the
  // present perfect it is held up to the writer's day, which a past narrative does not give).
  if (date.pluperfect === true && date.perfectSince === true && date.month !== undefined && previous?.month !== undefined)
    return date.month > previous.month || (date.month === previous.month && (date.day ?? 1) > (previous.day ?? 31)) ? previous.year - 1 : previous.year;
  // Not before the story's own years: "In the winter" after 10 February, in a story of February – April 2012, stays in 2012.
  const winter = winterJustTold(date, context.previous);
  const first = (context.section ?? context.story)?.first;
  if (winter !== undefined && (first === undefined || winter >= first)) return winter;
  const latest = context.story?.latest;
  // "Its terminal was first hit in July 2023 … ships have sailed through it ever since. … In January, the port authority said …" in a
  // post of October 2025: a month after a recall years back that the post came back from is the news's, the last such month on or
  // before the publication (GUIDE.md), not the one the recalled year would step on to; "that November" stays the recalled year's.
  if (recalledFromPresent(previous, context.story) && latest !== undefined && date.month !== undefined && date.sameYear !== true)
    return date.month <= latest.month ? latest.year : latest.year - 1;
  const year = backToTheNews(date, context, nearestBeforeClosedStory(date, context, restartedYear(date, context, windowYear(date, context))));
  if (year === undefined || latest === undefined) return year;
  const capped = Math.min(year, latest.year);
  return capped === latest.year && (date.month ?? 1) > latest.month ? capped - 1 : capped;
}

/**
 * A day that falls inside the span just told across a year's turn is in that span ("On New Year's Eve" after "Over the next
 * two weeks" from 20 December to 2 January): the span's first year, though the day comes after its last day's in the calendar.
 */
function yearInsideSpan(date: PartialDate, previous: PreviousDate | undefined): number | undefined {
  const start = previous?.spanStart;
  if (start === undefined || previous?.month === undefined || start.year + 1 !== previous.year || date.month === undefined) return undefined;
  const day = date.day ?? 1;
  const afterStart = date.month > start.month || (date.month === start.month && day >= start.day);
  return afterStart && date.month > previous.month ? start.year : undefined;
}

/**
 * "In February, parliament tightened the laws. … a few hundred people kept the camp going through the winter": a winter told
 * without its year right after a January or a February is the winter that month is in, which is of its first year (GUIDE.md).
 */
function winterJustTold(date: PartialDate & { qualifier?: string }, previous: PreviousDate | undefined): number | undefined {
  if (date.qualifier !== 'winter' || date.month !== undefined || previous?.month === undefined || previous.month > 2) return undefined;
  return previous.year - 1;
}

function windowYear(date: YearlessDate, context: YearContext): number | undefined {
  const { previous } = context;
  const wraps =
    previous !== undefined &&
    daysBack(previous, date) > YEAR_WRAP_DAYS &&
    (context.sameSection === true || (turnsYear(previous, date) && beforeStoryStart(date, context.story)) || newsStepsOn(previous, date, context.story));
  const guess = previous === undefined ? undefined : previous.year + (wraps ? 1 : 0);
  if (date.sameYear === true && previous !== undefined) return previous.year + (date.nextYear === true ? 1 : 0);
  const window = context.section ?? context.story;
  if (window === undefined) return guess;
  // The text itself stepped outside the story ("In February 1921" after a 1918–1920 war, "On 17
  // January 2012" in the background of a 2014 battle): "By April", "in late January" stay in the
  // year it stated. A bare year before the story ("defeated in 2018") is background, and a year
  // reached by a wrap, not stated, never leaves the story, unless the text already left it past its end ("In the last week of December
  // 2017" in the aftermath of a siege that ended in 2015, then "in mid-January": January 2018); and a year more than one past the
  // story's end, which no step just past it reaches, holds as a stated one does ("In February" after that January: February 2018).
  // A flashback in the pluperfect to a day of the closed story, told in an aftermath past it ("the war had been started … on
  // the night of 7 to 8 August" under a 2009 report on a battle of August 2008), is that day of the story.
  const flashback = date.pluperfect === true && guess !== undefined && guess > window.last ? storyYearOf(date, context.story) : undefined;
  if (flashback !== undefined) return flashback;
  if (
    guess !== undefined &&
    (!wraps || (previous !== undefined && previous.year > window.last)) &&
    (context.sameSection === true || context.sameSentence === true) &&
    (statesYear(previous) || (previous !== undefined && previous.year > window.last + 1)) &&
    !recalledFromPresent(previous, context.story) &&
    (guess > window.last || guess < window.first)
  )
    return guess;
  // Told in the pluperfect, a date in the same section as a year before the story stays before it ("had been trained over the
  // winter" after "Through the winter of 2022–2023", above a battle of June 2023): the tense sets it before the story's time.
  if (guess !== undefined && !wraps && date.pluperfect === true && context.sameSection === true && guess < window.first) return guess;
  if (guess !== undefined && guess >= window.first && guess <= window.last) return guess;
  // The infobox may stop before the aftermath does: let a year wrap step just past it.
  // Only a window with a known first month can tell a wrap from a restart ("2022 Russian invasion" cannot).
  // A wrap from a day inside the story, not yet at its last month, would put the date after a story the text has not left:
  // "In February" recalled after "June 28" in a report of 14 June – 3 July 2025 is February 2025 (GUIDE.md: never after the story).
  // So would one from a day of its last month before its last day ("from March" recalled on 11 September, in a report of 11–30 September).
  const insideClosedStory =
    window.endMonth !== undefined &&
    previous !== undefined &&
    previous.year === window.last &&
    ((previous.month ?? 12) < window.endMonth ||
      (previous.month === window.endMonth && previous.day !== undefined && window.endDay !== undefined && previous.day < window.endDay));
  if (guess !== undefined && wraps && context.section === undefined && window.startMonth !== undefined && guess === window.last + 1 && !insideClosedStory)
    return guess;
  if (guess !== undefined && guess > window.last) return context.section === undefined && justAfterTurn(date, window) ? window.last + 1 : window.last;
  if (winterIntoStart(date, window, previous)) return window.first - 1;
  const startsLater = window.startMonth !== undefined && date.month !== undefined && date.month < window.startMonth;
  const year = startsLater && window.last > window.first ? window.first + 1 : window.first;
  // Never after a closed story the text has not gone past ("continued through December", a paragraph after "9 December
  // 2024", above a battle of 4 January – 2 February 2025): the month before the story, in the year before (GUIDE.md).
  return afterClosedStory(date, window, year) && year - 1 === guess ? year - 1 : year;
}

/**
 * "Over the winter the army pushes south" before the first clip of 14 January, in a report of January – June 2025: a winter told
 * without its year as the story opens in its first two months is the winter the story starts in, which is of the year before (GUIDE.md:
 * a winter is of its first year). Only while the text has not yet reached the story: once inside it, "the winter" may be the next.
 */
function winterIntoStart(date: YearlessDate, window: YearWindow, previous: PreviousDate | undefined): boolean {
  if (date.qualifier !== 'winter' || date.month !== undefined || window.startMonth === undefined || window.startMonth > 2) return false;
  return previous === undefined || previous.year < window.first;
}

/**
 * Whether the month in `year` (a season's first month: "During the autumn") falls after a closed story's last month. Not a winter,
 * which runs across the year's turn and reaches into the next year's first months.
 */
function afterClosedStory(date: PartialDate & { qualifier?: string | undefined }, window: YearWindow, year: number): boolean {
  const month = date.month ?? (date.qualifier === 'winter' ? undefined : seasonFirstMonth(date.qualifier));
  return window.endMonth !== undefined && month !== undefined && year === window.last && month > window.endMonth;
}

/**
 * A month just after a closed story that ended late in a year, told without its year once the text has gone past the story
 * ("mid-January" opening an aftermath of an attack of 10 December 2019, after a section that reached January 2020): it falls
 * just after the span, across the year's turn, as "in May" after a battle of February – April is May of its last year (GUIDE.md).
 */
function justAfterTurn(date: PartialDate, window: YearWindow): boolean {
  // A story of one day or month ends in the month it starts in.
  const endMonth = window.endMonth ?? (window.first === window.last ? window.startMonth : undefined);
  if (endMonth === undefined || date.month === undefined || date.month >= endMonth) return false;
  return date.month + 12 - endMonth <= JUST_AFTER_MONTHS;
}

/** How far back a news post's own days reach: "On 1 June" in a post of 10 June is its news. */
const NEWS_DAYS = 31;

/**
 * A news post that has recalled an earlier year and comes back to the days just before its
 * publication ("On 1 June" after "from 25 to 27 July" 2024, in a post of 10 June 2025): a day that
 * the recalled year would put before the last date told, but that the publication's year puts in
 * the month before it, is the post's news, in the publication's year (GUIDE.md); so is a day inside a
 * recalled month told without its day, once the post has come back to its present ("On 15 August" after
 * "in August 2022" and "Joint operations have been frozen", in a post of September 2023).
 */
function backToTheNews(date: PartialDate, context: YearContext, year: number | undefined): number | undefined {
  const latest = context.story?.latest;
  const { previous } = context;
  if (year === undefined || latest?.day === undefined || previous === undefined || date.month === undefined) return year;
  // Back in its present after recalling the year before, the post does not step back into that year ("held on 18 June" after
  // "lifted in July" 2022 and "Relations have remained cold since", in a post of September 2023): a month or a day that
  // year would put before the last date is this year's, when that is not after the publication (GUIDE.md).
  const backInPresent = previous.leftForNow === true && previous.year === latest.year - 1 && previous.year === year;
  const backFromLastYear = backInPresent && daysBack(previous, date) > 0;
  const before = (latest.month - 1) * 30.5 + latest.day - ((date.month - 1) * 30.5 + (date.day ?? 1));
  // Nor does it step forward in it ("in June" after "In March last year" and "Only a few dozen residents remain", in a post of
  // August): a month this year has already seen is this year's.
  if (backInPresent && before >= 0) return latest.year;
  if (date.day === undefined && !backFromLastYear) return year;
  // A day inside a recalled month told without its day ("in August 2022"), once the post has come back to its present, steps back as well.
  const insideRecalledMonth = previous.leftForNow === true && previous.day === undefined && previous.month === date.month;
  if (year >= latest.year || previous.year !== year || (daysBack(previous, date) === 0 && !insideRecalledMonth)) return year;
  // There the news is the calendar month before the publication's (GUIDE.md), as well as its last 31 days.
  return before >= 0 && (backFromLastYear || before <= NEWS_DAYS || (insideRecalledMonth && latest.month - date.month === 1)) ? latest.year : year;
}

/**
 * A year a news post recalled years before its days from its present ("The gorge is still held by Georgia, since Georgian police
 * took it in July 2006"): a date without a year after it is the news's, not the recalled year's (GUIDE.md).
 */
function recalledFromPresent(previous: PreviousDate | undefined, story: YearWindow | undefined): boolean {
  return previous?.leftForNow === true && story?.latest?.day !== undefined && previous.year < story.latest.year - 1;
}

/** The year of a closed one-year story whose months hold the date, if any. */
function storyYearOf(date: PartialDate, story: YearWindow | undefined): number | undefined {
  if (story === undefined || story.first !== story.last || story.startMonth === undefined || story.endMonth === undefined) return undefined;
  if (date.month === undefined || date.month < story.startMonth || date.month > story.endMonth) return undefined;
  return story.first;
}

/** Whether a date's year was written in the text with a month or a part of the year ("February 1921", "the autumn of 1921") or carried on from one, not inferred. */
function statesYear(date: PreviousDate | undefined): boolean {
  return date?.yearStated === true;
}

/**
 * A news post tells its days up to the day it was told: a new section's month far back from the last date told ("left
 * ECOWAS in January" after "on 25 August" 2024, in a post of April 2025) is the nearer one after it, as within a section,
 * when that one is not after the publication (a section opening on its own background stays with the year its text gives).
 */
function newsStepsOn(previous: PreviousDate, date: PartialDate, story: YearWindow | undefined): boolean {
  const latest = story?.latest;
  if (latest?.day === undefined || date.month === undefined) return false;
  return previous.year + 1 < latest.year || (previous.year + 1 === latest.year && date.month <= latest.month);
}

/** December to January: a new section or sentence crossing it still means a new year. */
function turnsYear(previous: PreviousDate, date: PartialDate): boolean {
  return (previous.month ?? 0) >= 10 && (date.month ?? 12) <= 3;
}

/** Whether the date falls before the month the story starts in, so in a later year (true when unknown). */
function beforeStoryStart(date: PartialDate, story: YearWindow | undefined): boolean {
  return story?.startMonth === undefined || date.month === undefined || date.month < story.startMonth;
}

/** How many days the date steps back from the previous event within a year (0 when it moves on). */
function daysBack(previous: PreviousDate, date: PartialDate): number {
  const month = previous.month ?? SEASON_MONTH[previous.qualifier ?? ''];
  if (month === undefined || date.month === undefined) return 0;
  const then = (month - 1) * 30.5 + (previous.day ?? 1);
  const now = (date.month - 1) * 30.5 + (date.day ?? 1);
  return Math.max(0, then - now);
}
