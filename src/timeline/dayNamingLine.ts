/**
 * "The 16th was a Saturday.": a sentence that only names a day tells no happening; it is an anchor for what follows, no
 * event (GUIDE.md).
 */
import { WEEKDAY } from './relativeVocabulary.ts';

const NAMES_DAY_ONLY = new RegExp(`^The \\d{1,2}(?:st|nd|rd|th) (?:was|is) a ${WEEKDAY}\\s*\\.?\\s*$`);

/** Whether a sentence only names a day and its weekday. */
export function namesDayOnly(sentence: string): boolean {
  return NAMES_DAY_ONLY.test(sentence.trim());
}
