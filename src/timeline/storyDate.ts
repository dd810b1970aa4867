/**
 * Whether a date a sentence states is a date of the story, and how it is hedged: what
 * `recogniseDates` keeps of each absolute date it finds. Rejects baselines ("the deaths of 70
 * residents since November"), spans ("during late winter"), noun phrases ("the 1917 October
 * Revolution", "the 9 May Victory Day parade"), the past of a named thing ("the war, which began
 * in 2011"), plans, deadlines, comparisons, yearly commemorations and bare month words that are
 * not times. Every pattern reads only the words next to the date.
 */
import { MONTH_NAME, monthNumber, type AbsoluteMention } from './dateMention.ts';
import {
  continuesNamedThingsPast,
  datesOpeningHappening,
  describingParticiple,
  endsAppositiveOfMaking,
  endsFoundingAside,
  foundingAsideEndsSentence,
  inAppositiveWhoseClause,
  tellsNamedThingsPast,
} from './namedThingsPast.ts';
import { tellsHowThingsStood } from './howThingsStood.ts';
import { countsSinceBaseline, tellsStateSince } from './sinceDates.ts';
import { ANNIVERSARY_NEAR, isDueOrPlanned, recursYearly, remembersAnniversary } from './plansAndRecurrences.ts';
import { PICTURE_NOUN } from './pictureNouns.ts';
import { seasonOpensSentence } from './yearsAndSeasons.ts';
import type { Qualifier } from './types.ts';

/** A month alone is a time only after one of these ("in March", "by April"); "40 March" is not. */
const MONTH_ONLY_LEAD =
  /\b(?:in|by|until|till|since|of|from|to|between|through|throughout|during|before|after|around|early|mid|late|end of|beginning of|start of|middle of)[\s-]*$/i;
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
/**
 * The date's clause is in the pluperfect ("the assailants had gathered in villages north of the town late on Saturday"); the
 * commas of a list of names do not end the clause ("had mined roads in the Dashkasan, Kalbajar and Lachin directions in the
 * evening of 12 September"): a comma counts as a list's when a capitalised name and another comma or "and" follow it. Read
 * over a phrase's reach, as a list makes the clause long.
 */
const PLUPERFECT_BEFORE =
  /\b[Hh]ad\s+(?:(?:already|also|just|previously|not|been)\s+){0,2}[a-z]{3,}\b(?:[^,;]|,(?=\s\p{Lu}[\p{L}'-]*(?:\s\p{Lu}[\p{L}'-]*)?(?:,|\sand\s)))*$/u;
/** "claimed on 7 September that it had been a missile attack": the day of a report about what had happened before. */
const REPORTED_ON = /\b(?:claimed|said|stated|announced|confirmed|admitted|acknowledged)\s+(?:on|in)\s+$/i;
const THAT_IT_HAD = /^\s*that\b[^,;.]{0,60}?\bhad\s/i;
/**
 * "After weeks of street fighting, Turkey announced on 23 February that al-Bab had been taken": an opening span of the story
 * tells the reader that time has passed, so a report weeks after the last day is its next step, not a claim told out of order.
 */
const ELAPSED_OPENING = /^(?:After|Following)\s+(?:(?:several|many|a\s+few|two|three|four|five|six)\s+)?(?:days|weeks|months)\s+of\s/;
const SEASONS = new Set(['spring', 'summer', 'autumn', 'winter']);
/** "On a summer evening": a season as the adjective of one day of it is its time, not a name ("the summer 2018 offensive"). */
const TIME_OF_DAY_AFTER = /^\s+(?:day|morning|afternoon|evening|night)\b/i;
function isOneDayOfASeason(mention: AbsoluteMention, after: string): boolean {
  return mention.year === undefined && SEASONS.has(mention.qualifier ?? '') && TIME_OF_DAY_AFTER.test(after);
}
const isOpeningSeason = (mention: AbsoluteMention, before: string, after: string): boolean =>
  mention.year === undefined && SEASONS.has(mention.qualifier ?? '') && seasonOpensSentence(before, after);
/** How many characters around a date the rules below read. */
export const NEAR = 80;
/** A participle phrase may open with a longer prepositional phrase ("with pickup trucks mounting machine guns and a few weapons captured …"). */
const PHRASE_NEAR = 140;
/** A "whose" clause may tell two things before its date ("whose contractors were sent … in 2013 … and were routed … in October"). */
const WHOSE_NEAR = 200;
/** A date used as an adjective is part of a name: "the 9 May Victory Day parade", "the December 2013 deals". */
const ATTRIBUTIVE_BEFORE = /(?:^|\s)(?:the|a|an|its|their|his|her|this|that)\s+$/i;
const ATTRIBUTIVE_AFTER =
  /^\s+(?!(?:and|or|to|until|till|through|when|as|at|in|on|of|by|for|with|from|after|before|was|were|is|are|had|has|but|the|a|an|that|which)\b)[A-Za-z]/i;
/**
 * "the battle of February 2023", "the cessation of hostilities of February 2016", "the losses of the
 * autumn of 2022": a date after "of" names the thing before it, as "the 2014 agreement" does. A time
 * before "of" is the date itself ("the night of 20/21 September", "the end of March"); someone's act
 * dated so is that act's day ("the Russian government's draft resolution of 1 September 2014").
 */
const NAMED_BY_DATE = /\bthe\s+(?:[\w-]+\s+){0,3}([\w'-]+)\s+of\s+(?:the\s+)?$/i;
/** "the coup of 30 September, in which Captain Traoré overthrew Damiba": the clause tells the named happening itself, on that date (guide). */
const TOLD_IN_WHICH_AFTER =
  /^,\s*in\s+which\s+(?:[\p{L}'-]+\s+){1,4}?(?:\p{Ll}{2,}ed|overthrew|took|seized|fell|struck|broke|drove|won|lost|fled|led)(?![\p{L}])/u;
/**
 * "After the Chernobyl disaster of April 1986, opposition grew", "After the coups of August 2020 and
 * May 2021, the government turned …": a happening named with its date in the sentence's opening
 * phrase is the one the sentence follows, and dates it as "after the start of the war in April 2014"
 * does (guide), as "In the drought of 1973, herders lost their animals" is dated by its drought; so does one
 * it happens during ("During the military build-up of late 2021, intelligence services warned …"), or under ("Under the
 * ceasefire agreement of 10 November 2020, about 2,000 peacekeepers were deployed");
 * anchored at the sentence's start, so it reads a few words only.
 */
const OPENING_HAPPENING = /^(?:After|Following|In|During|Under)\s+the\s+(?:[\w'-]+\s+){1,4}of\s+$/;
/**
 * "…, and it came under Azerbaijani control after the ceasefire agreement of 10 November 2020": the happening the clause
 * followed, named with its date, dates the clause as an opening "After the X of <date>," does; not a count's
 * ("two weeks after the cessation of hostilities of February" measures from a named thing), nor an aside between commas
 * ("the timing, after the cessation of hostilities of February 2016, helped the government" names when something stood).
 */
const AFTER_HAPPENING = /(?<!\b(?:days?|weeks?|months?|years?|hours?)\s)(?<![,;(]\s?)\bafter\s+the\s+(?:[\w'-]+\s+){1,3}of\s+$/i;
/**
 * "When the border was fixed along the railway by the Franco-Turkish agreement of October 1921, …": a happening told in the
 * passive with a dated happening as its agent is done by it, on its date, as "after the ceasefire agreement of 10 November 2020"
 * dates its clause; a few words between the verb and "by" only.
 */
const DONE_BY_HAPPENING = /\b(?:was|were)\s+[a-z]+ed\b[^,;.]{0,40}?\sby\s+the\s+(?:[\w'-]+\s+){1,3}of\s+$/i;
/**
 * "Miners played a leading part in the strikes of July 1989", "The region suffered heavily in the Holodomor of 1932–1933": taking
 * part in a happening named with its date, or suffering in it, is that happening, dated by it (guide), not an act upon it as
 * "investigated the strike of 16 March" is. A few words between the verb and "in" only.
 */
const PART_IN_HAPPENING =
  /\b(?:(?:took|take|takes|taking)\s+part|played\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:part|role)|suffered(?:\s+[a-z]+ly)?)\s+in\s+the\s+(?:[\w'-]+\s+){1,3}of\s+$/i;
/**
 * "During the Second Nagorno-Karabakh War in 2020 the village was again on the front line, …": a war's year in a
 * sentence-opening "During" phrase without its comma sets the scene, as the comma'd opening does; a day the main
 * clause states dates the sentence.
 */
const DURING_WAR_YEAR = /^During\s+the\s+(?:[\w'-]+\s+){1,5}in\s+$/;
/**
 * "The Holodomor of 1932–1933 struck the villages", "The rebellion of 2012 began at Ménaka, when …": a happening
 * named with its date as the subject of the sentence or of its second main clause ("…, and the Treaty of Gulistan of October 1813
 * confirmed the transfer"), or of the part of it that subject names ("The ninth article of the ceasefire statement of 10 November
 * 2020 provided for …"), its verb told in the past, is the happening the sentence tells
 * (guide: a date written after the happening dates it); a date of the main clause still wins, as over an opening
 * phrase. Anchored at the sentence's start and read a few words either side.
 */
const SUBJECT_HAPPENING = /(?:^The|,\s+(?:and|but)\s+the)\s+(?:[\w'-]+\s+){1,6}of\s+$/;
/** The same subject opening a second main clause ("…, and the battle of 2019 remained the heaviest defeat"): judged by a copula as at the start. */
const CLAUSE_HAPPENING_SUBJECT = /,\s+(?:and|but)\s+(?:the|its|their)\s+[\w-]+\s+of\s[^,;]*$/i;
/**
 * "The war ended with the ceasefire of 12 May 1994", "The offensive began with the bombardment of 3 March": the happening a
 * main clause's story ended or began with, named with its date, is the sentence's happening (guide: a date written after
 * the happening dates it). Not inside a relative clause ("the war, which ended with the ceasefire of …"), which tells
 * a named thing's past.
 */
const ENDED_WITH = /(?<!\b(?:which|that|who)\s+)\b(?:ended|began|started|concluded|culminated)\s+with\s+(?:the|a|an)\s+(?:[\w'–-]+\s+){0,3}of\s+$/i;
/**
 * "The capture of the town by the Islamists on 10 January prompted France to intervene the following day": a dated happening
 * as the subject of a verb of causing is the background of what it caused, which the main clause dates (counted from it).
 */
const CAUSING_SUBJECT = /^The\s+[\w'-]+\s+of\s+[^,;.]{0,60}?\s(?:on|in)\s+$/;
const CAUSED_AFTER = /^\s+(?:prompted|led|forced|triggered|caused|provoked|pushed|spurred)\b/;
/** Its verb, after a second year joined by "and" ("The Minsk agreements of 2014 and 2015 froze the front line": the first dates it). */
const TOLD_AFTER =
  /^(?:\s+and\s+\d{4})?\s+(?:also\s+|then\s+|first\s+)?(?:[a-z]{2,}ed|struck|began|broke\s+out|hit|swept|fell|left|drove|brought|took|led|froze|split|cut|set|put|gave|made|kept|shut)\b/;
/**
 * "The Spitak earthquake of 7 December 1988, which killed at least 25,000 people, briefly halted the struggle": a "which" or
 * "who" clause between the dated subject and its verb (with an adverb before it) leaves that verb the subject's; a number's
 * thousands comma ("25,000") does not end the clause. Bounded.
 */
const RELATIVE_ASIDE_AFTER = /^,\s*(?:which|who)\s(?:[^,;]|(?<=\d),(?=\d{3})){1,100},(?:\s+[a-z]{3,}ly)?(?=\s)/;

/** Whether the dated subject's verb, told in the past, follows the date (see `TOLD_AFTER`), maybe past a relative aside. */
function toldAfter(after: string, phraseAfter: string): boolean {
  if (TOLD_AFTER.test(after)) return true;
  const aside = RELATIVE_ASIDE_AFTER.exec(phraseAfter);
  return aside !== null && TOLD_AFTER.test(phraseAfter.slice(aside[0].length));
}

/** Words before "of" that make the date the time itself, not a name ("as of 14 September" is a preposition). */
const TIME_NOUN =
  /^(?:as|days?|nights?|mornings?|afternoons?|evenings?|weeks?|weekend|months?|years?|hours?|end|beginning|start|middle|turn|half|part|course|rest|remainder|spring|summer|autumn|fall|winter|season|period|dawn|dusk|eve|quarter|onset|close|first|second|third|last|date|time|run-up|lead-up)$/i;
/**
 * Analysis of a dated thing, the date inside the subject: "The battle of February 2023 has been
 * described as …", "The loss of the city in December 2016 showed how …", "The fall of the town in
 * April 2018 was the army's greatest victory". The happening is not told, only judged.
 */
const SUBJECT_BEFORE = /^(?:The|This|That|Its|Their|His|Her)\s[^,;]*$/;
const JUDGED_AFTER =
  /^\s+(?:(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:widely\s+|often\s+|later\s+|also\s+|since\s+)?(?:described|called|seen|considered|regarded|viewed|characteri[sz]ed|hailed|criticised|criticized|remembered)|showed|shows|demonstrated|revealed|illustrated|highlighted|exposed|underlined|proved)\b/i;
/** "The drone footage dated March 5 shows a man on a bicycle": a picture shows what it depicts; it judges nothing. */
const PICTURE_SUBJECT = new RegExp(`^(?:The|This|That|Its|Their)\\s+(?:[\\w'-]+\\s+){0,2}?${PICTURE_NOUN}\\s`, 'i');
const SHOWS_AFTER = /^\s+(?:shows|showed)\b/i;
/** A time itself the subject of a verb that weighs it ("…, this week belongs to the people who lived to see it", "2016 will be remembered as…"). */
const CLAUSE_START = /(?:^|[,;:]\s*)$/;
const TIME_JUDGED_AFTER = /^\s+(?:belongs|belonged|will\s+belong|will\s+be\s+remembered|will\s+go\s+down)\b/i;
/** "…, as the founding of the movement in 2013 showed": a happening cited as evidence for a judgement, as a sentence opening with it is. */
const CITED_AS_EVIDENCE = /,\s*as\s+(?:the|this|that|its|their|his|her)\s[^,;]*$/i;
/** A copula judges only a happening named as a noun ("The fall of …"), not a subject whose state it tells ("The army on 5 March was a few kilometres away"). */
const HAPPENING_SUBJECT = /^(?:The|Its|Their)\s+[\w-]+\s+of\s[^,;]*$/;
const JUDGED_BY_COPULA = /^\s+(?:was|is|were|are|remains|remained)\s+(?:the|a|an|one\s+of)\s/i;
/**
 * "The column that came down the road on Feb. 24 leaves behind dozens of wrecks": the subject's relative clause in the simple
 * past, its date right before a main verb in the present, recalls what the subject did before the time the sentence tells;
 * it names the subject, as "Mara, who replaced Ly in April 2014, announced …" does, and dates nothing.
 */
const SUBJECTS_PAST_CLAUSE =
  /^(?:The|A|An|Its|Their|His|Her|This|That|These|Those)\s+(?:[\w'’-]+\s+){0,3}?(?:that|who|which)\s+(?:[a-z]{3,}ed|came|went|took|fled|fought|left|drove|rode|ran|swept|broke|fell|rose|held|won|lost)\b[^,;]*$/;
const PRESENT_MAIN_VERB =
  /^,?\s+(?!(?:was|this|thus|its|his|towards|across|as|plus|versus|unless|besides|whereas|always|perhaps|sometimes|afterwards|nowadays)\b)(?:(?:now|still)\s+)?(?:is|are|has|have|[a-z]{2,}s)\s/;
/** "In May of the same year", "in March that year": the year of the date before. */
const SAME_YEAR = /^\s*(?:of\s+)?(?:the\s+same|that)\s+year\b/i;
/**
 * "in May and June 2015", "in late January and early February 2017": the year ends the pair, and the first month is in it too
 * (December in "December and January 2015" the year before); each month may carry its own hedge.
 */
const SHARED_YEAR_AFTER = new RegExp(`^\\s+(?:and|or)\\s+(?:(?:early|mid-?|late)\\s*)?(${MONTH_NAME})\\s+(\\d{4})\\b`);
/** A day told at the end of its night: "before dawn on 5 June", "in the early hours of 5 June"; or a night told with its two days ("the night of 4 to 5 June"). */
const SMALL_HOURS_BEFORE = /\b(?:before\s+(?:dawn|daybreak|first\s+light)|in\s+the\s+(?:early|small)\s+hours\s+of)\s+(?:on\s+)?(?:the\s+)?$/i;
const NIGHT_BEFORE = /\bnight\s+of\s+(?:the\s+)?$/i;
const YEAR_FIRST = new RegExp(`^\\d{4}\\s+${MONTH_NAME}`);

/**
 * A date right after a participle that describes a noun ("the positions held before 17 May") tells
 * that noun's past, not the sentence's happening: it dates nothing. One further off ("weapons
 * captured from the army in 2012") may belong to the clause's verb as well ("attacked the
 * positions held by the rebels on 18 May"), so it is read as a relative clause's date: the main
 * clause's date wins, and one outside the story dates nothing.
 */
export function storyDate(mention: AbsoluteMention, flat: string): AbsoluteMention | undefined {
  const lead = flat.slice(Math.max(0, mention.index - PHRASE_NEAR), mention.index);
  const phrase = describingParticiple(lead);
  if (phrase !== null && !/\S\s+\S/.test(phrase[1] ?? '')) return undefined;
  const hedged = hedgedDate(mention, flat);
  const near = flat.slice(Math.max(0, mention.index - NEAR), mention.index);
  const after = flat.slice(mention.index + mention.text.length, mention.index + mention.text.length + NEAR);
  let date = hedged;
  if (hedged !== undefined && PLUPERFECT_BEFORE.test(flat.slice(Math.max(0, mention.index - PHRASE_NEAR), mention.index)))
    date = { ...hedged, pluperfect: true };
  else if (hedged !== undefined && REPORTED_ON.test(near) && THAT_IT_HAD.test(after) && !ELAPSED_OPENING.test(flat)) date = { ...hedged, laterReport: true };
  if (date !== undefined && date.day !== undefined && (SMALL_HOURS_BEFORE.test(near) || (date.end !== undefined && NIGHT_BEFORE.test(near))))
    date = { ...date, endsNight: true };
  return date === undefined || (phrase === null && !endsAppositiveOfMaking(near, after)) ? date : { ...date, background: 'clause' };
}

/** The mention with its hedge word attached, or undefined when it is not a date of the story. */
function hedgedDate(mention: AbsoluteMention, flat: string): AbsoluteMention | undefined {
  const before = flat.slice(0, mention.index);
  const previousWord = /(\S+)\s*$/.exec(before)?.[1]?.toLowerCase() ?? '';
  const near = before.slice(-NEAR);
  const after = flat.slice(mention.index + mention.text.length, mention.index + mention.text.length + NEAR);
  if (countsSinceBaseline(before, near, after)) return undefined;
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
  if (tellsNamedThingsPast(near, after, before) || isDueOrPlanned(near) || recursYearly(mention, before, near, after)) return undefined;
  if (continuesNamedThingsPast(before.slice(-PHRASE_NEAR)) || inAppositiveWhoseClause(before.slice(-WHOSE_NEAR))) return undefined;
  if (before.length <= PHRASE_NEAR && SUBJECTS_PAST_CLAUSE.test(before) && PRESENT_MAIN_VERB.test(after)) return undefined;
  const end = mention.index + mention.text.length;
  if (remembersAnniversary(flat.slice(end, end + ANNIVERSARY_NEAR))) return undefined;
  if (endsFoundingAside(near, after, before.slice(-PHRASE_NEAR)))
    return foundingAsideEndsSentence(before, after) ? { ...mention, background: 'clause' } : { ...mention, aside: true };
  const words = { near, phraseBefore: before.slice(-PHRASE_NEAR), sentenceBefore: before, after, phraseAfter: flat.slice(end, end + PHRASE_NEAR) };
  if (tellsHowThingsStood(words)) return undefined;
  const named = NAMED_BY_DATE.exec(near)?.[1];
  const subject = named !== undefined && SUBJECT_HAPPENING.test(before) && toldAfter(after, words.phraseAfter);
  if (
    named !== undefined &&
    !TIME_NOUN.test(named) &&
    !OPENING_HAPPENING.test(before) &&
    !subject &&
    !ENDED_WITH.test(near) &&
    !tellsStateSince(near) &&
    !AFTER_HAPPENING.test(near) &&
    !DONE_BY_HAPPENING.test(near) &&
    !PART_IN_HAPPENING.test(near) &&
    !TOLD_IN_WHICH_AFTER.test(after)
  )
    return undefined;
  if (before.length <= NEAR && SUBJECT_BEFORE.test(before) && JUDGED_AFTER.test(after) && !(PICTURE_SUBJECT.test(before) && SHOWS_AFTER.test(after)))
    return undefined;
  if (((before.length <= NEAR && HAPPENING_SUBJECT.test(before)) || CLAUSE_HAPPENING_SUBJECT.test(near)) && JUDGED_BY_COPULA.test(after)) return undefined;
  if (CLAUSE_START.test(near) && TIME_JUDGED_AFTER.test(after)) return undefined;
  if (CITED_AS_EVIDENCE.test(near) && JUDGED_AFTER.test(after)) return undefined;
  if (CAUSING_SUBJECT.test(before) && CAUSED_AFTER.test(after)) return { ...mention, background: 'opening', causes: true };
  if (subject) return { ...mention, background: 'opening' };
  if (mention.month === undefined && mention.day === undefined && DURING_WAR_YEAR.test(before)) return { ...mention, background: 'opening' };
  if (mention.year === undefined && SAME_YEAR.test(after)) return { ...mention, sameYear: true };
  const shared = mention.year === undefined && mention.day === undefined && mention.month !== undefined ? SHARED_YEAR_AFTER.exec(after) : null;
  if (shared !== null && mention.month !== undefined) {
    const year = Number(shared[2]) - (mention.month > (monthNumber(shared[1] ?? '') ?? 12) ? 1 : 0);
    return hedgedDate({ ...mention, year }, flat);
  }
  if (YEAR_FIRST.test(mention.text)) return undefined;
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
  if (hedge === null || qualifier === undefined) return mention;
  return { ...mention, index: hedge.index, text: flat.slice(hedge.index, mention.index + mention.text.length), qualifier };
}
