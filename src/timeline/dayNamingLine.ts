/**
 * "The 16th was a Saturday.": a sentence that only names a day tells no happening; it is an anchor for what follows, no
 * event (GUIDE.md). So is one that names a day and judges it ("The 9th is the worst day for the Ukrainian side.", "The night of
 * February 26 is the heaviest."), as analysis is: what made it so is told in the sentences after it.
 */
import { MONTH_NAME } from './dateMention.ts';
import { JUDGED_DAY, WEEKDAY } from './relativeVocabulary.ts';

const NAMES_DAY_ONLY = new RegExp(`^The \\d{1,2}(?:st|nd|rd|th) (?:was|is) a ${WEEKDAY}\\s*\\.?\\s*$`);
/** "June 2 is a Monday, the volunteers' usual day for Illinivka.": a day written with its month, named by its weekday and what it usually is. */
const NAMES_DATED_DAY_ONLY = new RegExp(
  `^(?:(?:${MONTH_NAME}) \\d{1,2}|\\d{1,2} (?:${MONTH_NAME})) (?:was|is) a ${WEEKDAY}(?:, (?:the|a) [^,;.]{1,60})?\\s*\\.?\\s*$`,
);
const JUDGES_DAY_ONLY = new RegExp(`^The \\d{1,2}(?:st|nd|rd|th) (?:was|is) ${JUDGED_DAY}(?: (?:for|of|in) [^,;.]{1,60})?\\s*\\.?\\s*$`);
/** "The night of February 26 is the heaviest.": a time of one day, written with its date, judged by a superlative alone. */
export const JUDGED_DATED_TIME = new RegExp(
  `^The (?:night|day|morning|evening|afternoon) of (?:(?:${MONTH_NAME}) \\d{1,2}|\\d{1,2} (?:${MONTH_NAME}))(?:st|nd|rd|th)? (?:was|is) the (?:[a-z]+est|worst|best|most [a-z]+)(?: (?:one|day|night))?(?: (?:for|of|in) [^,;.]{1,60})?\\s*\\.?\\s*$`,
);

/** A day written with its month, either way round: "July 22", "22 July", "June 2nd". */
const MONTH_DAY = `(?:(?:${MONTH_NAME}) \\d{1,2}|\\d{1,2} (?:${MONTH_NAME}))(?:st|nd|rd|th)?`;
/** "The worst day is July 22.": the judgement first, then the day, as "The 9th is the worst day" reads. */
const DAY_AFTER_JUDGEMENT = new RegExp(
  `^The (?:[a-z]+est|worst|best) (?:day|night)(?: (?:for|of) [^,;.]{1,60})? (?:was|is) (?:the )?(?:${MONTH_DAY}|\\d{1,2}(?:st|nd|rd|th))\\s*\\.?\\s*$`,
);
/** "June 7 is the worst day.": a day written with its month, judged as "The 9th is the worst day" is. */
const JUDGES_DATED_DAY = new RegExp(`^${MONTH_DAY} (?:was|is) ${JUDGED_DAY}(?: (?:for|of|in) [^,;.]{1,60})?\\s*\\.?\\s*$`);
/**
 * "It's a Monday morning, June 2.": the report's cleft opening with no "when" clause names only the day it stands on; what
 * happened is told in the sentences after it ("It's the evening of June 25 when …" stays a happening).
 */
const CLEFT_DAY_ONLY = new RegExp(
  `^It['’]s (?:(?:a|an|the) )?(?:(?:early|late) )?(?:${WEEKDAY},? )?(?:(?:morning|afternoon|evening|night)(?: of)?,? )?${MONTH_DAY}(?:, (?:a|the) [a-z]+(?: [a-z]+)?)?\\s*\\.?\\s*$`,
  'i',
);

/** Whether a sentence only names a day, with its weekday or a judgement of it. */
export function namesDayOnly(sentence: string): boolean {
  const trimmed = sentence.trim();
  return (
    NAMES_DAY_ONLY.test(trimmed) ||
    NAMES_DATED_DAY_ONLY.test(trimmed) ||
    JUDGES_DAY_ONLY.test(trimmed) ||
    JUDGED_DATED_TIME.test(trimmed) ||
    DAY_AFTER_JUDGEMENT.test(trimmed) ||
    JUDGES_DATED_DAY.test(trimmed) ||
    CLEFT_DAY_ONLY.test(trimmed)
  );
}
