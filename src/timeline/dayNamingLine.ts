/**
 * "The 16th was a Saturday.": a sentence that only names a day tells no happening; it is an anchor for what follows, no
 * event (GUIDE.md). So is one that names a day and judges it ("The 9th is the worst day for the Ukrainian side.", "The night of
 * February 26 is the heaviest."), as analysis is: what made it so is told in the sentences after it.
 */
import { MONTH_NAME } from './dateMention.ts';
import { JUDGED_DAY, WEEKDAY } from './relativeVocabulary.ts';

const NAMES_DAY_ONLY = new RegExp(`^The \\d{1,2}(?:st|nd|rd|th) (?:was|is) a ${WEEKDAY}\\s*\\.?\\s*$`);
const JUDGES_DAY_ONLY = new RegExp(`^The \\d{1,2}(?:st|nd|rd|th) (?:was|is) ${JUDGED_DAY}(?: (?:for|of|in) [^,;.]{1,60})?\\s*\\.?\\s*$`);
/** "The night of February 26 is the heaviest.": a time of one day, written with its date, judged by a superlative alone. */
export const JUDGED_DATED_TIME = new RegExp(
  `^The (?:night|day|morning|evening|afternoon) of (?:(?:${MONTH_NAME}) \\d{1,2}|\\d{1,2} (?:${MONTH_NAME}))(?:st|nd|rd|th)? (?:was|is) the (?:[a-z]+est|worst|best|most [a-z]+)(?: (?:one|day|night))?(?: (?:for|of|in) [^,;.]{1,60})?\\s*\\.?\\s*$`,
);

/** Whether a sentence only names a day, with its weekday or a judgement of it. */
export function namesDayOnly(sentence: string): boolean {
  const trimmed = sentence.trim();
  return NAMES_DAY_ONLY.test(trimmed) || JUDGES_DAY_ONLY.test(trimmed) || JUDGED_DATED_TIME.test(trimmed);
}
