/**
 * "The artillery has had the crossing zeroed for days", "The town had been without power for weeks": a perfect whose only time
 * is the stretch a state has lasted up to the moment told describes how things stood then, no happening (GUIDE.md: durations
 * are no dates, and a state is no event). It takes no day from the clip line or the heading above it, and the clip's day
 * passes on to the sentence that tells what the clip shows.
 */

/**
 * A perfect within the first words, and the stretch closing the sentence: "for days", "for several weeks", "for three
 * months". Bounded: the subject and the verb's words are capped, and no second clause may stand between (", and", ";").
 */
const PERFECT_FOR_STRETCH =
  /^(?:(?!,\s*(?:and|but)\b)[^;:]){0,80}?\b(?:has|have|had)\s+(?:(?!,\s*(?:and|but)\b)[^;:.]){1,100}?\bfor\s+(?:(?:a\s+few|several|many|some|two|three|four|five|six|seven|\d{1,2})\s+)?(?:hours|days|weeks|months)\s*\.?\s*$/i;

/**
 * "Its author, Liudmyla, is 71 and worked for thirty years at the salt mine": who someone is, told by their age in the present, is a
 * description of them, no happening; the clip's or the letter's day passes on to what they then write or do.
 */
const TOLD_AGE =
  /^(?:(?:Its|Her|His|Their|The)\s+[a-z]+,\s+)?[A-Z][\wÀ-ɏ'’-]+(?:\s+[A-Z][\wÀ-ɏ'’-]+)?,?\s+is\s+\d{1,3}(?:\s+years\s+old)?(?=\s*(?:,|\.|and\b))/;

/** Whether a sentence only tells a state held for a stretch up to the moment told, in the perfect, or who someone is by their age. */
export function holdsStateForStretch(sentence: string): boolean {
  return PERFECT_FOR_STRETCH.test(sentence) || TOLD_AGE.test(sentence);
}
