/**
 * Whether a date a sentence states is a date of the story, and how it is hedged: what
 * `recogniseDates` keeps of each absolute date it finds. Rejects baselines ("the deaths of 70
 * residents since November"), spans ("during late winter"), noun phrases ("the 1917 October
 * Revolution", "the 9 May Victory Day parade"), the past of a named thing ("the war, which began
 * in 2011"), plans, deadlines, comparisons, yearly commemorations and bare month words that are
 * not times. Every pattern reads only the words next to the date.
 */
import { MONTH_NAME, monthNumber, namesMonth, ownPreposition, type AbsoluteMention } from './dateMention.ts';
import { inEarlierPastClause } from './earlierPastClauses.ts';
import { markStoryOrder } from './storyOrderMarks.ts';
import { countedFromOpeningDate, opensCountFrom } from './countedFromOpeningDate.ts';
import { datesJudgement, judgedAsBefore } from './judgedDates.ts';
import { endsAppositiveOfMaking, endsFoundingAside, foundingAsideEndsSentence, opensWithMakingOfDescribed, subjectsMaking } from './foundingAsides.ts';
import { continuesNamedThingsPast, datesOpeningHappening, inAppositiveWhoseClause, tellsNamedThingsPast } from './namedThingsPast.ts';
import { describingParticiple } from './describingParticiples.ts';
import { tellsHowThingsStood } from './howThingsStood.ts';
import { bracketsNamesake, isNamesakeDate } from './namePeriods.ts';
import { tellsEstimatedStrength } from './strengthEstimates.ts';
import {
  AFTER_HAPPENING,
  AFTER_WAR,
  CAUSED_AFTER,
  CAUSING_SUBJECT,
  DATED_SUBJECT,
  PASSIVE_COUNTED_ON,
  DONE_BY_HAPPENING,
  DONE_BY_NAMED_HAPPENING,
  doneUnderAct,
  DURING_WAR_YEAR,
  endsOrBoundsStory,
  NAMED_BY_DATE,
  OPENING_HAPPENING,
  PART_IN_HAPPENING,
  DONE_IN_UPHEAVAL,
  SUBJECT_HAPPENING,
  TIME_NOUN,
  TOLD_IN_WHICH_AFTER,
  toldAfter,
} from './namedHappeningWords.ts';
import { datesCitedSource } from './citedSources.ts';
import { countsSinceBaseline, tellsStateSince } from './sinceDates.ts';
import { countsPastWhenClause, countsUpToOwnSince } from './sinceTotals.ts';
import { continuesDeadlineList, isBoundToldWhen, isDueOrPlanned } from './plansAndDeadlines.ts';
import { ANNIVERSARY_NEAR, keptAsYearlyDay, recursYearly, remembersAnniversary } from './yearlyRecurrences.ts';
import { boundsRestOfPeriod } from './restOfPeriodBound.ts';
import { entersRegisterOf, tellsPopulationFigure } from './populationFigures.ts';
import { seasonOpensSentence, seasonSpanned } from './yearsAndSeasons.ts';
import type { Qualifier } from './types.ts';

/** A day a news post counts from its own, in words with no figure nor month: "yesterday", "on Monday", "earlier this month". */
const countsFromPost = (text: string): boolean => !/\d/.test(text) && !namesMonth(text);
/**
 * A month alone is a time only after one of these ("in March", "by April"); "40 March" is not. "continued into October"
 * reaches that month as "through October" does, as "continued into 2024" reaches its year, and "since at least November"
 * is "since November" hedged by how sure the writer is, not by when. "Over April and May most of the residents leave" is a time
 * as "During April" is.
 */
const MONTH_ONLY_LEAD =
  /\b(?:in|into|by|until|till|since(?:\s+at\s+least)?|of|from|to|between|through|throughout|during|over|before|after|around|early|mid|late|end of|beginning of|start of|middle of)[\s-]*$/i;
/** The second month of "between January and June", which is a range's end like "to June". */
const BETWEEN_MONTHS_LEAD = new RegExp(`\\bbetween\\s+(?:${MONTH_NAME})\\s+and\\s+$`, 'i');
/** A hedge right before a day or month: "before 25 February", "around 5 June". */
const HEDGE_BEFORE =
  /\b(before|after|around|about|circa|c\.|approximately|early|mid|late|in the run-up to|in the lead-up to|ahead of|prior to|the week of)[\s-]*$/i;
const HEDGE_WORDS: Record<string, Qualifier> = {
  before: 'before',
  after: 'after',
  around: 'around',
  about: 'around',
  circa: 'around',
  'c.': 'around',
  approximately: 'around',
  'in the run-up to': 'before',
  'in the lead-up to': 'before',
  'ahead of': 'before',
  'prior to': 'before',
  'the week of': 'around',
  early: 'early',
  mid: 'mid',
  late: 'late',
};
const SEASONS = new Set(['spring', 'summer', 'autumn', 'winter']);
/** "On a summer evening": a season as the adjective of one day of it is its time, not a name ("the summer 2018 offensive"). */
const TIME_OF_DAY_AFTER = /^\s+(?:day|morning|afternoon|evening|night)\b/i;
function isOneDayOfASeason(mention: AbsoluteMention, after: string): boolean {
  return mention.year === undefined && SEASONS.has(mention.qualifier ?? '') && TIME_OF_DAY_AFTER.test(after);
}
const isOpeningSeason = (mention: AbsoluteMention, before: string, after: string): boolean =>
  mention.year === undefined && SEASONS.has(mention.qualifier ?? '') && (seasonOpensSentence(before, after) || seasonSpanned(before));
/** How many characters around a date the rules below read. */
export const NEAR = 80;
/** A participle phrase may open with a longer prepositional phrase ("with pickup trucks mounting machine guns and a few weapons captured …"). */
const PHRASE_NEAR = 140;
/** A "whose" clause may tell two things before its date ("whose contractors were sent … in 2013 … and were routed … in October"). */
const WHOSE_NEAR = 200;
/** A date used as an adjective is part of a name: "the 9 May Victory Day parade", "the December 2013 deals". */
const ATTRIBUTIVE_BEFORE = /(?:^|\s)(?:the|a|an|its|their|his|her|this|that)\s+$/i;
const ATTRIBUTIVE_AFTER =
  /^\s+(?!(?:and|or|to|until|till|through|when|as|at|in|on|of|by|for|with|from|after|before|under|over|near|into|across|along|around|amid|despite|without|against|during|within|while|because|although|though|since|once|was|were|is|are|had|has|but|the|a|an|that|which|made|took|fell|began|[a-z]{3,}ed)\b)[A-Za-z]/i;
/**
 * "The column that came down the road on Feb. 24 leaves behind dozens of wrecks": the subject's relative clause in the simple
 * past, its date right before a main verb in the present, recalls what the subject did before the time the sentence tells;
 * it names the subject, as "Mara, who replaced Ly in April 2014, announced …" does, and dates nothing; so does one set between
 * commas ("Mali's rulers, who postponed their own elections indefinitely last September, have gone further still"). Not before a
 * witness's telling or showing the reporters ("A teacher who came back at the end of January shows us her building"): its clause is the one happening told. */
const SUBJECTS_PAST_CLAUSE =
  /^(?:(?:The|A|An|Its|Their|His|Her|This|That|These|Those)\s+(?:[\wÀ-ɏ'’-]+\s+){0,3}?(?:that|who|which)|(?:[\wÀ-ɏ'’-]+\s+){0,3}?[\wÀ-ɏ'’-]+,\s+(?:who|which))\s+(?:[a-z]{3,}ed|came|went|took|fled|fought|left|drove|rode|ran|swept|broke|fell|rose|held|won|lost)\b[^,;]*$/;
/**
 * "The ruling ends a transition that began when the army made Déby head of state after his father … was killed … in April 2021": a
 * present main clause ending or closing a period names that period by how it began, its object's clause the period's past, no
 * happening of the story; the main clause's own date, if any, dates the sentence.
 */
const ENDS_WHAT_BEGAN =
  /^(?:The|This|That|It|Its)\s+(?:[\wÀ-ɏ'’-]+\s+){0,3}?(?:ends|closes|caps|completes)\s+(?:a|an|the)\s+(?:[\wÀ-ɏ'’-]+\s+){0,3}?(?:that|which)\s+began\b[^;]*$/;
const PRESENT_MAIN_VERB =
  /^,?\s+(?!(?:was|this|thus|its|his|towards|across|as|plus|versus|unless|besides|whereas|always|perhaps|sometimes|afterwards|nowadays)\b)(?!(?:tells|shows)\s+(?:us|reporters|journalists)\b)(?:(?:now|still)\s+)?(?:is|are|has|have|[a-z]{2,}s)\s/;
/** "In May of the same year", "in March that year": the year of the date before; "in April of the following year", the one after it. */
const SAME_YEAR = /^\s*(?:of\s+)?(?:the\s+same|that|the\s+(next|following))\s+year\b/i;
/** "were marked that May", "Late that March": the month of the year just told, hedged as "late March" is. */
const THAT_BEFORE = /\b(?:(early|mid|late)[\s-]+)?that\s+$/i;
/**
 * "in May and June 2015", "in late January and early February 2017": the year ends the pair, and the first month is in it too
 * (December in "December and January 2015" the year before); each month may carry its own hedge.
 */
const SHARED_YEAR_AFTER = new RegExp(`^\\s+(?:and|or)\\s+(?:(?:early|mid-?|late)\\s*)?(${MONTH_NAME})\\s+(\\d{4})\\b`);
const YEAR_FIRST = new RegExp(`^\\d{4}\\s+${MONTH_NAME}`);

/**
 * "This year the season opened on 1 June, when …", "Earlier this year, avalanche danger closed the pass from 3 to 6 February": a
 * post's year opening the sentence sets the scene for a month or a day its own clause names, which dates the sentence (as an
 * opening phrase's date yields to the main clause's).
 */
const OPENING_YEAR_WORDS = /^(?:(?:earlier|later)\s+)?(?:this|last)\s+year$/i;
const MONTH_LATER_IN_CLAUSE = new RegExp(`^(?:(?!,\\s*(?:and|but)\\s)[^.;])*?\\b(?:${MONTH_NAME})\\b`);

/**
 * A date right after a participle that describes a noun ("the positions held before 17 May") tells that noun's past, not the
 * sentence's happening: it dates nothing. One further off ("weapons captured from the army in 2012") may belong to the clause's
 * verb as well ("attacked the positions held by the rebels on 18 May"), and a news post's weekday ("a new charter adopted on
 * Saturday") tells what befell the thing in the story's week, so each is read as a relative clause's date: the main clause's
 * date wins, and one outside the story dates nothing.
 */
export function storyDate(mention: AbsoluteMention, flat: string): AbsoluteMention | undefined {
  const end = mention.index + mention.text.length;
  if (mention.index === 0 && OPENING_YEAR_WORDS.test(mention.text) && MONTH_LATER_IN_CLAUSE.test(flat.slice(end, end + NEAR)))
    return { ...mention, background: 'opening' };
  if (opensWithMakingOfDescribed(flat.slice(0, mention.index), flat.slice(end, end + NEAR))) return { ...mention, aside: true };
  const lead = flat.slice(Math.max(0, mention.index - PHRASE_NEAR), mention.index);
  const phrase = describingParticiple(lead);
  if (phrase !== null && !/\S\s+\S/.test(phrase[1] ?? '') && !/^on\s+[A-Z][a-z]+day$/.test(mention.text)) return undefined;
  const hedged = hedgedDate(mention, flat);
  const near = flat.slice(Math.max(0, mention.index - NEAR), mention.index);
  const after = flat.slice(mention.index + mention.text.length, mention.index + mention.text.length + NEAR);
  const marked = markStoryOrder(hedged, mention, flat, { lead, near, after });
  const date = marked === undefined ? undefined : (countedFromOpeningDate(marked, flat.slice(0, mention.index), after) ?? marked);
  return date === undefined || (phrase === null && !endsAppositiveOfMaking(near, after)) ? date : { ...date, background: 'clause' };
}

/** The mention with its hedge word attached, or undefined when it is not a date of the story. */
function hedgedDate(mention: AbsoluteMention, flat: string): AbsoluteMention | undefined {
  const before = flat.slice(0, mention.index);
  const previousWord = /(\S+)\s*$/.exec(before)?.[1]?.toLowerCase() ?? '';
  const near = before.slice(-NEAR);
  const rest = flat.slice(mention.index + mention.text.length);
  const after = rest.slice(0, NEAR);
  if (countsSinceBaseline(before, near, after, mention.text) || countsUpToOwnSince(mention.text, before) || countsPastWhenClause(before, rest))
    return undefined;
  if (datesCitedSource(near)) return undefined;
  if ((mention.day === undefined && bracketsNamesake(near, after)) || isNamesakeDate(near)) return undefined;
  if (judgedAsBefore(before, after)) return undefined;
  // "during late winter and spring of 2012" is the span of the whole story; "During April" and
  // "Throughout 2022" tell what was done in them.
  if ((previousWord === 'during' || previousWord === 'throughout') && SEASONS.has(mention.qualifier ?? '')) return undefined;
  // These read only the words next to the date, so a long sentence costs no more per date.
  // A time written with "of" ("by the summer of 2018 several hundred had been killed") is no adjective: only "the summer 2018 offensive" is.
  if (
    ATTRIBUTIVE_BEFORE.test(near) &&
    ATTRIBUTIVE_AFTER.test(after) &&
    !/\sof\s/.test(mention.text) &&
    !isOneDayOfASeason(mention, after) &&
    !isOpeningSeason(mention, before, after)
  )
    return undefined;
  if (datesOpeningHappening(before, after)) return { ...mention, background: 'opening' };
  if (boundsRestOfPeriod(before.slice(-PHRASE_NEAR))) return { ...mention, boundsState: true };
  if (isBoundToldWhen(near, after)) return { ...mention, background: 'clause' };
  if (
    tellsNamedThingsPast(near, after, before) ||
    inEarlierPastClause(near) ||
    // A post's "until Friday" holds its own "until": "closed schools in two districts until Friday" is a deadline too.
    isDueOrPlanned(before.slice(-PHRASE_NEAR) + (ownPreposition(mention.text) ?? ''), after) ||
    continuesDeadlineList(before) ||
    recursYearly(mention, before, near, after)
  )
    return undefined;
  const tail = rest.slice(0, ANNIVERSARY_NEAR);
  // The remembering is no happening, but its day is one the text states: "The following week" counts from it.
  if (remembersAnniversary(before, tail)) return { ...mention, countOnly: true };
  if (continuesNamedThingsPast(before.slice(-PHRASE_NEAR)) || inAppositiveWhoseClause(before.slice(-WHOSE_NEAR))) return undefined;
  if (before.length <= PHRASE_NEAR && SUBJECTS_PAST_CLAUSE.test(before) && PRESENT_MAIN_VERB.test(after)) return undefined;
  if (ENDS_WHAT_BEGAN.test(before)) return undefined;
  // A subject's making told in a participle before a present main clause: a landmark's dates the sentence, any other names it.
  const making = before.length <= WHOSE_NEAR ? subjectsMaking(before, after) : undefined;
  if (making === 'dates') return mention;
  if (making === 'names') return undefined;
  if (keptAsYearlyDay(mention, near, tail)) return undefined;
  if (endsFoundingAside(near, after, before.slice(-PHRASE_NEAR)))
    return foundingAsideEndsSentence(before, after) ? { ...mention, background: 'clause' } : { ...mention, aside: true };
  const words = {
    near,
    phraseBefore: before.slice(-PHRASE_NEAR),
    sentenceBefore: before,
    after,
    phraseAfter: rest.slice(0, PHRASE_NEAR),
    ranged: mention.end !== undefined,
  };
  if (tellsEstimatedStrength({ ...words, postDay: countsFromPost(mention.text) })) return { ...mention, countOnly: true };
  // A figure's date written out is stated, as a strength's is ("By March 2025 the local council estimated the population at about
  // 6,500. … through the spring" is 2025's); one a post counts from its own day ("this week") leaves the story where it was.
  if (tellsPopulationFigure(words)) return countsFromPost(mention.text) ? undefined : { ...mention, countOnly: true };
  if (tellsHowThingsStood(words)) return undefined;
  const named = NAMED_BY_DATE.exec(near)?.[1];
  const subject = named !== undefined && SUBJECT_HAPPENING.test(before) && toldAfter(after, words.phraseAfter);
  if (
    named !== undefined &&
    !TIME_NOUN.test(named) &&
    !OPENING_HAPPENING.test(before) &&
    !subject &&
    !endsOrBoundsStory(near, words.phraseBefore) &&
    !tellsStateSince(near) &&
    !(AFTER_HAPPENING.test(near) && !(mention.month === undefined && AFTER_WAR.test(near))) &&
    !DONE_BY_HAPPENING.test(near) &&
    !DONE_BY_NAMED_HAPPENING.test(words.phraseBefore) &&
    !doneUnderAct(near, words.phraseBefore) &&
    !opensCountFrom(before, after) &&
    !PART_IN_HAPPENING.test(near) &&
    !entersRegisterOf(near) &&
    !DONE_IN_UPHEAVAL.test(near) &&
    !TOLD_IN_WHICH_AFTER.test(after)
  )
    return undefined;
  // "The night of February 26 is the heaviest." judges the night it names, an anchor for what follows (dayNamingLine.ts), no dated judgement.
  if (datesJudgement(flat, { subject: before.length <= NEAR ? before : undefined, near, after, phraseBefore: words.phraseBefore })) return undefined;
  if ((CAUSING_SUBJECT.test(before) && CAUSED_AFTER.test(after)) || (DATED_SUBJECT.test(before) && PASSIVE_COUNTED_ON.test(after)))
    return { ...mention, background: 'opening', causes: true };
  if (subject) return { ...mention, background: 'opening', subject: true };
  if (mention.month === undefined && mention.day === undefined && DURING_WAR_YEAR.test(before)) return { ...mention, background: 'opening' };
  const sameYear = mention.year === undefined ? SAME_YEAR.exec(after) : null;
  if (sameYear !== null) return { ...mention, sameYear: true, ...(sameYear[1] === undefined ? {} : { nextYear: true as const }) };
  const shared = mention.year === undefined && mention.day === undefined && mention.month !== undefined ? SHARED_YEAR_AFTER.exec(after) : null;
  if (shared !== null && mention.month !== undefined) {
    const year = Number(shared[2]) - (mention.month > (monthNumber(shared[1] ?? '') ?? 12) ? 1 : 0);
    return hedgedDate({ ...mention, year }, flat);
  }
  if (YEAR_FIRST.test(mention.text)) return undefined;
  // "were marked that May", "That winter, drones destroyed …": the month or the season named as the one of the year just told, as
  // "In May of the same year" is, whatever year a news post's present would give it.
  const monthOrSeason = mention.month !== undefined || (mention.month === undefined && SEASONS.has(mention.qualifier ?? ''));
  const that = monthOrSeason && mention.day === undefined && mention.year === undefined ? THAT_BEFORE.exec(near) : null;
  const thatWord = that?.[1] === undefined ? undefined : HEDGE_WORDS[that[1].toLowerCase()];
  const thatHedge = thatWord === undefined || mention.qualifier !== undefined ? {} : { qualifier: thatWord };
  if (that !== null) return { ...mention, sameYear: true, ...thatHedge };
  if (
    mention.month !== undefined &&
    mention.day === undefined &&
    mention.year === undefined &&
    mention.qualifier === undefined &&
    !MONTH_ONLY_LEAD.test(before) &&
    !BETWEEN_MONTHS_LEAD.test(near)
  )
    return undefined;
  // A year takes a hedge too: "resettled after 1994" is after 1994, as "escalated after 17 February" is.
  if (mention.qualifier !== undefined || (mention.month === undefined && mention.year === undefined)) return mention;
  const hedge = HEDGE_BEFORE.exec(before);
  const qualifier = hedge?.[1] === undefined ? undefined : HEDGE_WORDS[hedge[1].toLowerCase()];
  if (hedge === null || qualifier === undefined || (mention.day !== undefined && /^(?:early|mid|late)$/i.test(hedge[1] ?? ''))) return mention;
  return { ...mention, index: hedge.index, text: flat.slice(hedge.index, mention.index + mention.text.length), qualifier };
}
