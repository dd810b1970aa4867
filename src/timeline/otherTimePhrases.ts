/**
 * Words before a relative phrase that make it the time of another happening than the sentence's own: a cause named for it,
 * the other side of a comparison, or every year's. `relativePhrases.ts` asks; each pattern reads only the words just before the phrase.
 */
import { EVERY_YEAR } from './yearlyRecurrences.ts';

/**
 * "it was the immediate reason for the ceasefire two days later": the phrase dates the happening a cause
 * is named for, told elsewhere, not the sentence's own (as the date of a comparison belongs to another happening).
 */
const CAUSED_HAPPENING = /\b(?:reasons?|causes?|trigger|pretext|prelude)\s+(?:for|of|to)\s+(?:the|a|an|its|their)\s+(?:[\wÀ-ɏ'-]+\s+){0,3}$/i;

/**
 * "fewer and less deadly than a year earlier", "longer than the day before": the other side of a comparative's "than" is the
 * time compared with, no date of the sentence (guide: a comparison's date belongs to another happening). A hedged count ("more
 * than a week later", "no later than") is no comparison.
 */
const COMPARED_WITH = /\b(?!(?:less|more|fewer|later|earlier|sooner|no|rather)\b)[a-z]+\s+than\s+$/i;

/**
 * "Every year on that day relatives of the fallen lay flowers there": the day just told, kept every year, is no one year's day,
 * as "every year on 9 May" is not (`yearlyRecurrences.ts`).
 */
const EVERY_YEAR_ON = new RegExp(String.raw`\b${EVERY_YEAR}\s+(?:on\s+)?$`, 'i');

/** Whether the words before a relative phrase (`before`: up to 60 characters of them) give it to another happening's time. */
export function datesAnotherTime(before: string): boolean {
  return CAUSED_HAPPENING.test(before.slice(-60)) || COMPARED_WITH.test(before.slice(-16)) || EVERY_YEAR_ON.test(before.slice(-24));
}
