/**
 * "Over the next days the crowds grew to tens of thousands, and police detained hundreds of people, most of whom were released
 * within hours": a stretch named without a count ("over the next days", "in the following weeks") is a time the reader cannot fix
 * (guide), and a moment counted after it in the sentence (minutes, hours) counts from what that stretch tells, not from the day just
 * told, so it dates nothing. A coarser phrase still counts from the story's time: "Both sides accused each other of violations in
 * the following days, but the front was largely quiet by the end of the week" is that week's end.
 */
import type { DateMention } from './dateMention.ts';

const UNCOUNTED_STRETCH =
  /\b(?:over|in|during|throughout)\s+the\s+(?:next|following|coming|subsequent|ensuing)\s+(?:days|weeks|months|years)\b|\bin\s+the\s+(?:days|weeks|months)\s+that\s+followed\b/i;

/** The mentions without the moments counted after an uncounted stretch. */
export function withoutCountsFromStretch(mentions: DateMention[], flat: string): DateMention[] {
  const stretch = UNCOUNTED_STRETCH.exec(flat);
  if (stretch === null) return mentions;
  return mentions.filter((mention) => mention.kind !== 'relative' || mention.moment !== true || mention.index < stretch.index);
}
