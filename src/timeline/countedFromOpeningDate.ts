/**
 * "Two days after Karapetyan's arrest in Yerevan on 18 June 2025, several hundred people gathered in the town's central square":
 * a sentence opening on a count of days or weeks after (or before) a day it writes out dates its main clause that many days from
 * that day, neither the day itself nor a vague "after" it. `storyDate.ts` asks, for a day closing the opening phrase.
 */
import { addDays, daysInMonth, type AbsoluteMention } from './dateMention.ts';
import { COUNT, daysCounted } from './relativeVocabulary.ts';

/** The opening up to the date: the count, "after" or "before", and at most a happening's few words ending in "on" or "of". */
const COUNT_OPENING = new RegExp(`^\\s*${COUNT}\\s+(day|week)s?\\s+(after|before)\\b(?:[^,;.]{0,80}?\\s(?:on|of)\\s+|\\s+)$`, 'i');
/** The opening phrase ends with the date, or with where the happening was right after it ("… of 13 September 2022 on the border of Syunik,"). */
const OPENING_ENDS = /^(?:\s+(?:on|in|at|near)\s+[^,;.]{1,40})?\s*,/;

/**
 * Whether the sentence opens on such a count closed by the date: "A day after the Azerbaijani attack of 13 September 2022, …"
 * counts from the attack's day, which a date naming its happening ("the attack of …") would otherwise only name.
 */
export const opensCountFrom = (before: string, after: string): boolean => COUNT_OPENING.test(before) && OPENING_ENDS.test(after);

/** The day counted from the opening's day, or undefined when the sentence does not open on such a count. */
export function countedFromOpeningDate(mention: AbsoluteMention, before: string, after: string): AbsoluteMention | undefined {
  if (mention.day === undefined || mention.month === undefined || mention.end !== undefined || !OPENING_ENDS.test(after)) return undefined;
  const match = COUNT_OPENING.exec(before);
  if (match === null) return undefined;
  const [, count = '', unit = '', direction = ''] = match;
  const amount = daysCounted(count, unit) * (direction.toLowerCase() === 'before' ? -1 : 1);
  const { qualifier: _hedge, ...unhedged } = mention;
  if (mention.year !== undefined) return { ...unhedged, ...addDays(mention.year, mention.month, mention.day, amount) };
  // Without its year, only a count that stays in the month (February taken as 28 days) can be told.
  const day = mention.day + amount;
  return day >= 1 && day <= daysInMonth(2001, mention.month) ? { ...unhedged, day } : undefined;
}
