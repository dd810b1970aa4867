/**
 * "The 16th was a Saturday.": a sentence that only names a day tells no happening; it is an anchor for what follows, no
 * event (GUIDE.md). So is one that names a day and judges it ("The 9th is the worst day for the Ukrainian side."), as analysis
 * is: what made it so is told in the sentences after it.
 */
import { JUDGED_DAY, WEEKDAY } from './relativeVocabulary.ts';

const NAMES_DAY_ONLY = new RegExp(`^The \\d{1,2}(?:st|nd|rd|th) (?:was|is) a ${WEEKDAY}\\s*\\.?\\s*$`);
const JUDGES_DAY_ONLY = new RegExp(`^The \\d{1,2}(?:st|nd|rd|th) (?:was|is) ${JUDGED_DAY}(?: (?:for|of|in) [^,;.]{1,60})?\\s*\\.?\\s*$`);

/** Whether a sentence only names a day, with its weekday or a judgement of it. */
export function namesDayOnly(sentence: string): boolean {
  const trimmed = sentence.trim();
  return NAMES_DAY_ONLY.test(trimmed) || JUDGES_DAY_ONLY.test(trimmed);
}
