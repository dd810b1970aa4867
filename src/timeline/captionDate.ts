/**
 * A caption under a picture or a video dates what it shows ("Satellite image, March 8: seven helicopters burned out",
 * "Abandoned BMD-2 in a yard in Rakove, March 3."), and its date anchors what follows (GUIDE.md). But a moment counted
 * from a happening the text named ("Minutes after the strike, …") counts from that happening, told before the caption.
 */
import type { DateMention } from './dateMention.ts';

/** A short label, a comma, then the date: the caption's opening words. At most six words, so the look stays bounded. */
const LABEL_BEFORE_DATE = /^(?:[\wÀ-ɏ'’-]+\s+){0,5}[\wÀ-ɏ'’-]+,\s+$/;
/** What follows the caption's date: a colon and what it shows, or the line's end. */
const AFTER_DATE = /^(?::\s|\.?$)/;

/** Whether a sentence is a dated caption: "Label, date: …" or a short line ending with its date ("Label, date."). */
export function isDatedCaption(sentence: string, mention: DateMention | undefined): boolean {
  if (mention?.kind !== 'absolute' || mention.end !== undefined) return false;
  const after = sentence.slice(mention.index + mention.text.length, mention.index + mention.text.length + 2);
  if (!AFTER_DATE.test(after)) return false;
  const before = sentence.slice(Math.max(0, mention.index - 80), mention.index);
  return before.length === mention.index && (after.startsWith(':') ? LABEL_BEFORE_DATE.test(before) : /,\s+$/.test(before) && mention.index <= 80);
}

/** Whether a sentence's date counts from a happening it names rather than from the date just stated. */
export function countsFromNamedHappening(mention: DateMention | undefined): boolean {
  // "Minutes after the strike", "seconds before the explosion".
  return mention?.kind === 'relative' && mention.fromNamedHappening === true;
}
