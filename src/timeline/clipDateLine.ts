/**
 * A video report dates its material clip by clip: "The next clip is from two days later." names no happening, only the
 * day of the clip that follows; the sentence telling what that clip shows, with no date of its own, happened on it (GUIDE.md).
 */
import type { DateMention } from './dateMention.ts';

/**
 * "The next clip is from", "This video was filmed", "The most spectacular footage comes": a clip of the material, with at
 * most two plain words before its noun, then its date. Reads only the first words.
 */
const DATES_CLIP =
  /^(?:the|this|that|another)(?:\s+[a-z-]+){0,2}?\s+(?:clip|video|footage|recording|photo|picture|image)\s+(?:(?:is|was)\s+(?:from|filmed|taken|recorded|shot)|comes|came)\b/i;

/**
 * "The earliest letter in the stack is dated", "This diary entry was written": a document the report reads from is dated as
 * a clip is (GUIDE.md), and what its author writes is told in the next sentence.
 */
const DATES_DOCUMENT =
  /^(?:the|this|that|another)(?:\s+[a-z-]+){0,2}?\s+(?:letter|diary\s+entry|diary\s+page|note)(?:\s+(?:in|from|of)\s+(?:the|this|that|his|her|their)\s+[a-z-]+)?\s+(?:is|was)\s+(?:dated|written|from)\b/i;

/** Whether a sentence only dates the clip or document that follows: its one date closes it ("The next clip is from two days later."). */
export function datesNextClip(sentence: string, mentions: readonly DateMention[]): boolean {
  const only = mentions[0];
  if (mentions.length !== 1 || only === undefined || !(DATES_CLIP.test(sentence) || DATES_DOCUMENT.test(sentence))) return false;
  return /^\s*\.?\s*$/.test(sentence.slice(only.index + only.text.length));
}
