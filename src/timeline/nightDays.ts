/**
 * Which day a time of the night falls on, read by `resolveRelative.ts`: the morning that ends a night just told, a stretch told
 * "during" a night, and whether a day was reached at a night's end. Split from `resolveRelative.ts`.
 */
import type { RelativeMention } from './dateMention.ts';
import type { AnchorDate, ResolvedDate } from './resolvedDate.ts';

/** "in the early morning", "By morning", with no day of its own. */
const EARLY_MORNING = /^(?:(?:in|during|by) the early morning|by (?:the )?morning|(?:in|during) the (?:early|small|wee) hours)$/i;
/** "In the morning", "during the morning": a morning with no day of its own. */
const BARE_MORNING = /^(?:in|during) the morning$/i;
/** "That night, thousands gathered …": a day just told by its night. */
const NIGHT_TOLD = /\b(?:night|overnight)\b/i;
/** "shortly after midnight": the start of the day after an evening or a night just told. */
export const AFTER_MIDNIGHT = /^after midnight$/i;
/** "That evening …", "late that night": a day just told by its evening or night, which midnight ends. */
const EVENING_TOLD = /\b(?:evening|night)\b/i;

/**
 * "That night, thousands gathered in the square. … police dispersed the crowd in the early morning", "It's the night of March 11
 * when the first drone hits the plant. … By morning the pumps are off": the morning that ends the night just told, the day
 * after, as "the next morning" is (guide).
 */
export function endsToldNight(mention: RelativeMention, anchor: ResolvedDate | AnchorDate): boolean {
  if (!('mention' in anchor)) return false;
  const told = anchor.mention;
  // "On the night of March 9 soldiers enter the village. In the morning they go from house to house": a plain morning too, after a
  // night named by the day it began; after "that night" it may be the same day's, the night's small hours already told.
  if (BARE_MORNING.test(mention.text)) return told.kind === 'absolute' && told.beginsNight === true;
  // "blocked on Sunday evening …, and water began running over the crest shortly after midnight. By 6 a.m. …": Monday's.
  if (AFTER_MIDNIGHT.test(mention.text)) return told.kind === 'relative' ? EVENING_TOLD.test(told.text) : told.beginsNight === true;
  if (!EARLY_MORNING.test(mention.text)) return false;
  return told.kind === 'relative' ? NIGHT_TOLD.test(told.text) : told.beginsNight === true;
}

/** "During the breakout, …" after a span: the night's two days when it was one, else no one day of it (guide). */
export function duringNight(mention: RelativeMention, anchor: ResolvedDate | AnchorDate): ResolvedDate | undefined {
  const { spanStart } = anchor;
  if (spanStart === undefined || anchor.month === undefined || anchor.day === undefined || !endedNight(anchor)) return undefined;
  return { ...spanStart, precision: 'day', end: { year: anchor.year, month: anchor.month, day: anchor.day, precision: 'day', mention }, mention };
}

/** Whether the anchor's day was reached at the end of a night ("before dawn on 5 June", "the night of 4 to 5 June"). */
export function endedNight(anchor: ResolvedDate | AnchorDate): boolean {
  if (!('mention' in anchor)) return false;
  // "…the first explosion was heard at 2:17 a.m.": a time in the small hours is the night's end too.
  return anchor.mention.kind === 'absolute' ? anchor.mention.endsNight === true : SMALL_HOURS.test(anchor.mention.text);
}

/** A clock time between midnight and five in the morning ("at 2:17 a.m."). */
const SMALL_HOURS = /\b0?[0-4]:[0-5]\d\s*a\.?\s*m\b/i;
