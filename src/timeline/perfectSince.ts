/**
 * "Some of them have been waiting since April 10": in a report told in the present, a state recalled by its start in the present
 * perfect steps out of the story's order as a flashback does (GUIDE.md): an event of its own date that moves no anchor, so "Two
 * days later" after it still counts from the clip's day (`flashbacks.ts`). So is one in the pluperfect ("she had been living in the
 * cellar since October", told on 20 February), whose month, held up to the day told, is not after it (`contextualYear.ts`).
 */
import type { DateMention } from './dateMention.ts';

const PERFECT_PROGRESSIVE_SINCE = /\b(?:has|have|had)\s+been\s+[a-z]{3,}ing\b[^,;.]{0,60}\bsince\s+$/i;

/** The mentions, a date a present perfect progressive runs "since" marked `perfectSince`. */
export function markPerfectSince(mentions: DateMention[], flat: string): DateMention[] {
  return mentions.map((mention) =>
    mention.kind === 'absolute' && PERFECT_PROGRESSIVE_SINCE.test(flat.slice(Math.max(0, mention.index - 120), mention.index))
      ? { ...mention, perfectSince: true as const }
      : mention,
  );
}
