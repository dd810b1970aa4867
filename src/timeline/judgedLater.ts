/**
 * Judgements made after the story: how the many saw or see a happening told ("was widely seen as", "is often cited as"), and a
 * verdict looking back ("In hindsight, …", "The failure to advance … left Russia with …", a writer who "called" it). Each is
 * analysis, whatever it dates (GUIDE.md), so its dates move no anchor; `judgement.ts` counts them among its analyses.
 */
import { MONTH_NAME } from './dateMention.ts';

/**
 * An opening that announces a judgement made looking back ("In hindsight, the Feb. 24 landing was the moment …"), or the writer
 * surmising from where things stand now ("For now, the government appears to have used the night of 4 October to …").
 */
const HINDSIGHT =
  /^(?:(?:In|With) (?:hindsight|retrospect)|Looking back|Seen in hindsight),|^(?:For now|So far|For the moment),\s+[^,;]{1,60}?\b(?:appears|appear|seems|seem)\s+to\s+have\b/;

/**
 * "The loss of the city was widely seen as an embarrassment for Moscow, coming on the same week as …": how a happening told was
 * received, as the many judged it, is opinion (GUIDE.md: analysis), whatever it dates. Read from the sentence's start, with a
 * bounded comma-free subject and a word of the many ("widely", "generally"), so "On 5 May the town was seen as lost" is not it;
 * so is how those who described it judged it ("The capture of Khan al-Asal was described by opposition media as the largest …"),
 * and how the many judge it today ("The battle is often cited as the moment when the government regained the initiative after the
 * losses of early 2013"). The present needs its word of the many: "The attack is regarded as one of the causes of the coup of 30
 * September, in which …" is left to the rule for what a subject is regarded as (judgedDates.ts).
 */
const WIDELY_SEEN =
  /^[A-Z][^,;]{0,60}?\s(?:(?:was|were)\s+(?:(?:widely|generally|commonly|broadly)\s+(?:seen|regarded|viewed|considered|perceived|interpreted)|(?:described|hailed|called)\s+by\s[^,;]{1,60}?)|(?:is|are)\s+(?:widely|generally|commonly|broadly|often|frequently)\s+(?:seen|regarded|viewed|considered|perceived|interpreted|cited|remembered|described))\s+as\b/;

/**
 * "The incident was widely seen as a humiliation for the army, and the president announced on 17 April that …": a second main
 * clause telling a happening with its own date is the story, whatever the first judged; bounded to the clause's first words.
 */
const DATED_SECOND_CLAUSE = new RegExp(`,\\s+(?:and|but)\\s[^,;]{0,80}?\\b(?:on|in)\\s+(?:\\d|(?:${MONTH_NAME})\\b)`);

/** Whether a sentence tells how the many judged what was told: analysis, whatever it dates, so its dates move no anchor. */
export function judgesAsTheManySawIt(sentence: string): boolean {
  return WIDELY_SEEN.test(sentence) && !DATED_SECOND_CLAUSE.test(sentence);
}

/**
 * "The failure to advance beyond Izium in the spring of 2022 left Russia with a long and thinly held northern flank": a failure
 * named as the subject, weighed by what it left or cost, is a judgement of its consequences made looking back, whatever it dates.
 */
const FAILURE_WEIGHED = /^The\s+(?:failure|inability)\s+(?:of|to)\s[^,;]{1,120}?\s(?:left|cost|meant|exposed|doomed)\s/;
/** "The journalist Thomas de Waal called the fall of Shusha in May 1992 the most serious Azerbaijani defeat": a writer's verdict. */
const WRITERS_VERDICT =
  /^(?:The\s+)?(?:(?:military\s+)?historians?|journalists?|analysts?|scholars?|writers?|commentators?)\s+(?:(?:[A-Z][\wÀ-ɏ'’-]*|de|van|von|al|du|la|le)\s+){1,4}(?:called|described|judged|deemed)\b/;

/** Whether a sentence judges the story in hindsight: analysis, whatever it dates (GUIDE.md), so its dates move no anchor. */
export function judgesInHindsight(sentence: string): boolean {
  return HINDSIGHT.test(sentence) || FAILURE_WEIGHED.test(sentence) || WRITERS_VERDICT.test(sentence);
}

/** Whether a sentence opens on a judgement made looking back (HINDSIGHT). */
export const opensInHindsight = (sentence: string): boolean => HINDSIGHT.test(sentence);
/** Whether a sentence tells how the many saw a happening, whatever else it tells (WIDELY_SEEN). */
export const seenByTheMany = (sentence: string): boolean => WIDELY_SEEN.test(sentence);
