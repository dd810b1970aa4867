/**
 * Turns a sentence's date mentions into calendar dates, using what a reader
 * uses: the year of the heading, of the infobox or of the previous event, and
 * the previous event as the anchor of "three days later" (`resolveRelative.ts`).
 */
import { laterClauseDay } from './laterClauseDay.ts';
import { lookBackYear } from './lookBackYear.ts';
import { thatSeasonYear } from './thatSeasonYear.ts';
import { contextualYear } from './contextualYear.ts';
import { countedYear } from './countedDay.ts';
import { namesMonth, type AbsoluteMention, type DateMention, type RelativeMention } from './dateMention.ts';
import { yearFromLaterDate } from './laterStatedYear.ts';
import { yearFromNewsYear } from './newsYear.ts';
import { looksBack } from './flashbacks.ts';
import { resolveRelative } from './resolveRelative.ts';
import { seasonFirstMonth } from './seasonMonths.ts';
import { calendarDate, days, sameDate, stated, type DateContext, type ResolvedDate } from './resolvedDate.ts';
import type { Qualifier } from './types.ts';
import type { YearWindow } from './yearWindow.ts';

/** What one sentence gives the timeline: its event (if any) and the date later sentences count from. */
export interface SentenceDates {
  /** The sentence's event: at most one, dated by the first date it states. */
  event?: ResolvedDate;
  /** The last date the sentence states: the anchor of what follows ("…in June 1919 and July. The next day…"). */
  last?: ResolvedDate | undefined;
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
  const leading = mentions.find((mention): mention is RelativeMention => mention.kind === 'relative' && mention.firstClause === true);
  const led = leading === undefined ? undefined : resolveRelative(leading, context);
  if (leading !== undefined && led !== undefined)
    return leading.amount < 0 ? { event: led } : { event: led, last: lastDay(dayStatedAfterLed(mentions, led, context) ?? led) };
  const absolutes = yearFromLaterDate(
    yearFromNewsYear(mentions.filter((mention): mention is AbsoluteMention => mention.kind === 'absolute')),
    context.published?.year,
  );
  let event: ResolvedDate | undefined;
  let opening: ResolvedDate | undefined;
  let previous = context.previous;
  for (const mention of absolutes) {
    // Within one sentence a date steps back without changing year ("As of 3 October 2022 … by late May").
    const narrative = event === undefined && opening === undefined ? context : { ...context, sameSection: false, sameSentence: true };
    const date = resolveAbsolute(mention, { ...narrative, previous });
    // "promised to hand power to an elected government by July 2024" in a post of 2022: no happening, and no anchor.
    if (date === undefined || (context.published !== undefined && days(date) > days(context.published) && mention.declaredDay !== true)) continue;
    // The first main clause's dated subject outranks an opening phrase before it ("After the Russo-Turkish War of 1828–1829, the
    // Treaty of Adrianople of September 1829 confirmed …"), as the main clause's own date would.
    if (mention.background === undefined) event ??= date;
    else if (opening === undefined || (mention.subject === true && opening.mention.kind === 'absolute' && opening.mention.subject !== true)) opening = date;
    // A relative clause's earlier past ("the district, which had been held by Armenian forces since 1993, was returned … on 25
    // November") gives later dates of the sentence no year: they carry on from the date before it; so does what still held later.
    // One later than the story's day is no earlier past: "The UN mission, whose departure the Council had ordered on 30 June 2023,
    // left … in late October" is October 2023.
    if (mention.background !== 'clause' || (mention.pluperfect !== true && mention.stillHolds !== true) || laterThan(date, previous)) previous = date;
  }
  // A relative clause's date outside the story is the past of what it describes ("fighters that
  // surrendered in 2018" in a 2021 offensive): no event, and no anchor for what follows.
  const described =
    opening?.mention.kind === 'absolute' &&
    opening.mention.background === 'clause' &&
    opening.mention.outcome !== true &&
    // A place's clause tells the story there, but in the pluperfect its earlier past ("the east, where the defences had been thinned
    // after troops were sent to the Palmyra front in May").
    (opening.mention.place !== true || opening.mention.pluperfect === true) &&
    opening.mention.boundsState !== true;
  // One in the pluperfect since a date ("Boko Haram, which had been fighting the government since 2009, used the border area …") is
  // a state of what it describes, inside the story or not.
  // Unless the main clause dates itself by a relative phrase after it ("Haidai, whose administration had been moved … in March, said
  // the same week …"), counted as below.
  const openingAt = opening?.mention.index ?? 0;
  const mainRelative = mentions.some((mention) => mention.kind === 'relative' && mention.index > openingAt);
  if (
    event === undefined &&
    opening !== undefined &&
    described &&
    !mainRelative &&
    (outsideStory(opening, context.story) || (opening.mention.kind === 'absolute' && opening.mention.stateSince === true))
  )
    return {};
  // "The capture of the town on 10 January prompted France to intervene the following day": a relative phrase of the main
  // clause, after the date of the happening that caused it, counts from that date.
  const causing = opening?.mention.kind === 'absolute' && opening.mention.causes === true ? opening : undefined;
  // "After the coup of May 2021, the junta turned to Russia, and by the end of the year instructors had arrived": an opening phrase
  // is no clause, so the main clause's relative phrase dates the sentence, counted from the phrase's date (GUIDE.md).
  const openingPhrase = opening?.mention.kind === 'absolute' && opening.mention.namedInOpening === true ? opening : undefined;
  const counted =
    event !== undefined
      ? undefined
      : causing !== undefined
        ? countedFromBackground(mentions, causing, context)
        : openingPhrase !== undefined
          ? countedFromBackground(mentions, openingPhrase, context, true)
          : undefined;
  if (counted !== undefined) return { event: counted, last: lastDay(counted) };
  // "Okhmatdyt, which was badly damaged by a missile last July, switched to its generators within minutes": the clause's date
  // describes what the main clause names, and the main clause's relative phrase dates the sentence, counted from the story (guide).
  const mainPhrase =
    event === undefined && described && opening !== undefined
      ? mentions.find((mention): mention is RelativeMention => mention.kind === 'relative' && mention.index > opening.mention.index)
      : undefined;
  const ownDate = mainPhrase === undefined ? undefined : resolveRelative(mainPhrase, context);
  if (ownDate !== undefined) return { event: ownDate, last: lastDay(ownDate) };
  if (subjectDatesFirstClause(event, opening)) event = opening;
  event ??= opening;
  if (event !== undefined)
    return looksBack(event, context)
      ? { event, last: event.day === undefined ? laterDateStated(mentions, event, context, true) : undefined }
      : {
          event,
          last:
            yearCountedOn(mentions, event, context) ??
            lastDay(dayWithin(previous, event) ?? laterClauseDay(mentions, event, context) ?? laterDateStated(mentions, event, context) ?? event),
        };
  const relative = mentions.find((mention): mention is RelativeMention => mention.kind === 'relative');
  const date = relative === undefined ? undefined : resolveRelative(relative, context);
  if (relative === undefined || date === undefined) return {};
  // A look back ("had been reached the previous day") is a flashback: the day stays the anchor, as after what was said at the time
  // of one just told ("had been called on 13 May. Bibilov said at the time …"), a part of the day's month before it ("earlier in
  // the month", after 18 October) and a casualty's death counted on ("…, who dies in hospital two days later").
  const looksBackToo =
    relative.amount < 0 ||
    relative.diedLater === true ||
    (relative.timeJustTold === true && context.lookBack !== undefined) ||
    (relative.earlier === true && context.previous?.day !== undefined);
  return looksBackToo ? { event: date } : { event: date, last: lastDay(date) };
}

/**
 * A day a later main clause states after a first clause dated by a relative phrase, where the story then stands: within the month
 * the phrase named ("Airstrikes intensified during the month, and on 19 July a strike killed 56 civilians"; "two days later"
 * counts from 19 July, as it would after "advanced in August, and reached the city on 5 September"), or after the day it named
 * ("reached the region that night, and on 3 April the Defence Army counter-attacked": "That evening" is 3 April; GUIDE.md: a
 * relative date counts from the last date stated before it). The first clause still dates the sentence.
 */
function dayStatedAfterLed(mentions: readonly DateMention[], led: ResolvedDate, context: DateContext): ResolvedDate | undefined {
  if (led.day === undefined && led.month === undefined) return undefined;
  const later = mentions.find(
    (mention): mention is AbsoluteMention => mention.kind === 'absolute' && mention.day !== undefined && mention.background === undefined,
  );
  const date = later === undefined ? undefined : resolveAbsolute(later, { ...context, previous: led, sameSection: false, sameSentence: true });
  if (date?.day === undefined) return undefined;
  const standsOn = led.day === undefined ? date.year === led.year && date.month === led.month : days(date) > days(led);
  return standsOn ? date : undefined;
}

/** A forward relative phrase after the causing happening's date, resolved from it. */
function countedFromBackground(mentions: readonly DateMention[], opening: ResolvedDate, context: DateContext, orItsTime = false): ResolvedDate | undefined {
  const relative = mentions.find((mention): mention is RelativeMention => mention.kind === 'relative' && mention.index > opening.mention.index);
  // With `orItsTime`, also the opening's own month or year ("by the end of the year").
  const counts = relative !== undefined && (relative.amount > 0 || (orItsTime && relative.amount === 0 && relative.unit !== 'day'));
  return counts ? resolveRelative(relative, { ...context, previous: opening }) : undefined;
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
  if (stated === undefined || stated === event || (stated.mention.kind === 'absolute' && stated.mention.reportTail === true)) return undefined;
  if (stated.day !== undefined) return days(stated) > days(event) || (event.day === undefined && days(stated) >= days(event)) ? stated : undefined;
  if (event.day !== undefined) return undefined;
  // "…in November 1983, …, and in the spring of 1984 his units were deployed. … later that year": a later year the sentence states in
  // a clause of its own, after a month or a year ("in the autumn of 2023, and by early 2024 its units had reached … The front then
  // stalled for most of the year": 2024).
  if (stated.month === undefined) return laterClause(stated) && stated.year > event.year ? stated : undefined;
  return (event.month === undefined ? stated.year > event.year || monthInSeason(stated, event) : days(stated) > days(event)) ? stated : undefined;
}

/**
 * "Throughout the summer JNIM fighters cut the roads, and in August they blew up the bridge. From then on, …": a month a later
 * clause states in the season's year, from the season's first month on, is where the story stands (August); "in the autumn of
 * 2016, and by mid-January …" is no month of that autumn.
 */
function monthInSeason(stated: ResolvedDate, event: ResolvedDate): boolean {
  const first = seasonFirstMonth(event.qualifier);
  return laterClause(stated) && first !== undefined && stated.year === event.year && (stated.month ?? 0) >= first;
}

/**
 * "The decentralisation of 2002 made Toumour a rural commune, and its first council was elected in July 2004": the happening the first
 * clause's subject names dates that clause, the first named of two (guide), unless the later date falls within it ("The losses of
 * January weakened the garrison, and the offensive, launched on 14 January, …"). An opening phrase only sets the scene (the golds); an
 * opening "After" clause dates the first main clause, as a "When" clause does ("After the Shaki Khanate was abolished … in 1819,
 * Kutkashen became part of the Shaki province, and from 1868 it belonged …": 1819), over a second clause of a later year only:
 * within its own year the golds read the second clause's date ("After Aleppo fell on 30 November, …, and by 2 December …").
 */
function subjectDatesFirstClause(event: ResolvedDate | undefined, opening: ResolvedDate | undefined): opening is ResolvedDate {
  if (event === undefined || opening?.mention.kind !== 'absolute' || !laterClause(event)) return false;
  if (opening.mention.subject !== true && (opening.mention.afterClause !== true || event.year === opening.year)) return false;
  return opening.mention.index < event.mention.index && (event.year !== opening.year || (opening.month !== undefined && event.month !== opening.month));
}

const laterClause = (date: ResolvedDate): boolean => date.mention.kind === 'absolute' && date.mention.laterClause === true;

/** After a span of days ("from 6 to 8 June", "during the next two days") the story stands on its last day. */
function lastDay(date: ResolvedDate): ResolvedDate {
  const { end } = date;
  if (end === undefined || end.precision !== 'day' || date.precision !== 'day' || date.month === undefined || date.day === undefined) return date;
  return { ...end, mention: date.mention, ...stated(date.yearStated), spanStart: { year: date.year, month: date.month, day: date.day } };
}

/** A part of a year ("In the autumn of 2012", "late 2012") places the story in it, as a month does; a bare year may be background ("defeated in 2018"). */
const PART_OF_YEAR: ReadonlySet<Qualifier> = new Set(['early', 'mid', 'late', 'spring', 'summer', 'autumn', 'winter']);

function placesInYear(mention: AbsoluteMention): boolean {
  return mention.month === undefined && mention.qualifier !== undefined && PART_OF_YEAR.has(mention.qualifier);
}

/** Places a stated date in a year and checks the calendar ("31 February" is no date). */
function resolveAbsolute(mention: AbsoluteMention, context: DateContext): ResolvedDate | undefined {
  const year =
    mention.year ??
    countedYear(mention, context.dated ?? []) ??
    lookBackYear(mention, context.lookBack) ??
    thatSeasonYear(mention, context.dated ?? []) ??
    contextualYear(mention, context);
  if (year === undefined) return undefined;
  const { previous } = context;
  const yearStated =
    mention.year === undefined
      ? previous?.yearStated === true && previous.year + (mention.nextYear === true ? 1 : 0) === year
      : mention.month !== undefined || placesInYear(mention);
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

/** Whether a date lies in a later year than the one before it (none before: no). */
function laterThan(date: ResolvedDate, previous: ResolvedDate | undefined): boolean {
  return previous !== undefined && date.year > previous.year;
}

/**
 * "In July 2017, Russia … agreed on a de-escalation zone, and the front remained largely quiet for most of the following year": a
 * year counted on after the sentence's dated happening is the last date it states, so "in late May" after it is that year's.
 */
function yearCountedOn(mentions: readonly DateMention[], event: ResolvedDate, context: DateContext): ResolvedDate | undefined {
  const at = event.mention.index;
  const later = mentions.find(
    (mention): mention is RelativeMention => mention.kind === 'relative' && mention.unit === 'year' && mention.amount > 0 && mention.index > at,
  );
  if (later === undefined || mentions.some((mention) => mention.kind === 'absolute' && mention.index > later.index)) return undefined;
  const year = resolveRelative(later, { ...context, previous: event });
  return year?.precision === 'year' ? year : undefined;
}

/**
 * "Russian troops occupied Masiutivka on 27 February 2022, …, and were driven out in September that year. The front came back the
 * following summer": a later clause's month, written out, is the last date the sentence states, where the story then stands
 * (GUIDE.md: a relative date counts from the last date stated before it); the first clause still dates the sentence. Only a
 * date naming its month, in the sentence's year: "the government said yesterday" after the day told is the report's day, no
 * step of the story. After a month that looks back, a later day of its year not in the pluperfect is where the story stands,
 * earlier or not ("flew in food twice in December, and the last road convoy arrived on 19 October. … two days later").
 */
function laterDateStated(mentions: readonly DateMention[], event: ResolvedDate, context: DateContext, lookingBack = false): ResolvedDate | undefined {
  const later = mentions.findLast(
    (mention): mention is AbsoluteMention =>
      mention.kind === 'absolute' && mention.month !== undefined && mention.background === undefined && mention.index > event.mention.index,
  );
  if (later === undefined || !namesMonth(later.text) || (lookingBack && (later.day === undefined || later.pluperfect === true))) return undefined;
  const date = resolveAbsolute(later, { ...context, previous: event, sameSection: false, sameSentence: true });
  // A later year is as often a plan set for it ("set elections for July 2024") as a step taken.
  return date !== undefined && date.year === event.year && (lookingBack || days(date) > days(event)) ? date : undefined;
}
