/**
 * A video report dates its material clip by clip: "The next clip is from two days later." names no happening, only the
 * day of the clip that follows; the sentence telling what that clip shows, with no date of its own, happened on it (GUIDE.md).
 */
import type { DateMention } from './dateMention.ts';

/** "The next clip is from", "This video was filmed", "The last footage was shot": a clip of the material, then its date. Reads only the first words. */
const DATES_CLIP =
  /^(?:the\s+(?:next|last|following|first|second|third)|this|that|another)\s+(?:clip|video|footage|recording|photo|picture|image)\s+(?:is|was)\s+(?:from|filmed|taken|recorded|shot)\b/i;

/** Whether a sentence only dates the clip that follows: its one date closes it ("The next clip is from two days later."). */
export function datesNextClip(sentence: string, mentions: readonly DateMention[]): boolean {
  const only = mentions[0];
  if (mentions.length !== 1 || only === undefined || !DATES_CLIP.test(sentence)) return false;
  return /^\s*\.?\s*$/.test(sentence.slice(only.index + only.text.length));
}
