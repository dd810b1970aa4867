/**
 * A list item that opens with a date and a colon or a dash ("9 October: Erdoğan announced …",
 * "10 October – …") is one day of a day list: the date is the item's own, as a heading that is a date is its section's.
 */
import type { DateMention } from './dateMention.ts';

/** The separator a day list puts after its date. */
const ITEM_SEPARATOR = /^\s*[:–—-]\s/;

/** Whether the sentence opens with a single date (not a range) followed by a day list's separator. */
export function opensWithDate(sentence: string, mention: DateMention | undefined): boolean {
  if (mention?.kind !== 'absolute' || mention.index !== 0 || mention.end !== undefined) return false;
  return ITEM_SEPARATOR.test(sentence.slice(mention.text.length, mention.text.length + 4));
}
