/**
 * In a report told in the present tense, a happening a witness recalls in the past ("Serhiy tells us he was taken from his house on
 * July 20", told on Sept. 13) steps out of the story's order, as a flashback does: it is an event of its own date, and the story
 * stays on its day for "The next morning" (GUIDE.md).
 */
import type { DateMention } from './dateMention.ts';
import { days, type ResolvedDate } from './resolvedDate.ts';
import { NEAR } from './storyDate.ts';

/**
 * A witness telling the reporters, in the present, what was done in the past: the recall's verb within a few words; "Their relatives
 * say the men were taken from their homes on March 12" as well.
 */
const TELLS_US_PAST =
  /\b(?:(?:tells|tell)\s+us|says|say|recalls|recall)\b(?:\s+that)?\s+(?:[\wÀ-ɏ'’-]+\s+){1,4}?(?:was|were|had|[a-z]{3,}ed|left|took|came|went|fled|ran|got)\b/i;

/**
 * The same recall with the witness's present at its end: "They left on the night of September 9, she says, taking her television",
 * the past verb opening the sentence within a few words.
 */
const PAST_SHE_SAYS =
  /^(?:[\wÀ-ɏ'’-]+\s+){1,4}?(?:was|were|had|[a-z]{3,}ed|left|took|came|went|fled|ran|got)\b[^;]*,\s+(?:she|he|they|residents|neighbours|[A-Z][a-z]+)\s+(?:says|say|recalls|recall|tells\s+us)\s*[,.]/;

/** Whether a sentence's date is a witness's recall of a day before the story's day, which moves no anchor. */
export function recallsEarlierDay(sentence: string, date: ResolvedDate, storyDay: ResolvedDate | undefined): boolean {
  return storyDay?.day !== undefined && date.day !== undefined && (TELLS_US_PAST.test(sentence) || PAST_SHE_SAYS.test(sentence)) && days(date) < days(storyDay);
}

/**
 * "A woman told us on Monday that on Saturday her house was hit", "Residents told us by phone this morning that the road has been
 * closed … since Saturday": what a witness tells the reporters is dated by the happening told, when it names a day of its own
 * (guide: "She told us that on March 4 her block was hit"); the day of the telling yields to it, as a relative clause's does.
 */
const TOLD_US_BEFORE = /\b(?:told|tell|tells)\s+(?:us|reporters|journalists)\b[^,;.]{0,20}$/i;
const TOLD_THAT_AFTER = /^\s*that\s/i;

export function tellsWhatWitnessTold(mention: DateMention, mentions: readonly DateMention[], flat: string): boolean {
  const end = mention.index + mention.text.length;
  return (
    TOLD_US_BEFORE.test(flat.slice(Math.max(0, mention.index - NEAR), mention.index)) &&
    TOLD_THAT_AFTER.test(flat.slice(end, end + 8)) &&
    mentions.some((other) => other.kind === 'absolute' && other.index > end)
  );
}
