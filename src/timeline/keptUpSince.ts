/**
 * What the "since" runs from kept up from then on: a saying, a demand, a habit, a protest or an absence begun at the date, so the
 * date is that start's, not a count's baseline (guide: a habit from a stated date). Read by `sinceDates.ts`, from which it was split.
 */

/**
 * "Officials have argued since December that a vote is impossible", "has called since March for talks": a saying kept up since a
 * date is a habit of the story that starts then, an event of that start (guide: a habit from a stated date), no count's baseline;
 * what is said follows the date. A count of the sayings ("has said three times since") keeps it a baseline.
 */
const SAID_SINCE =
  /\b(?:has|have|had)\s+(?:[a-z]+ly\s+)?(?:argued|said|insisted|maintained|claimed|warned|stated|demanded|called|urged|repeated)\s+since\s+(?:the\s+)?$/i;
const WHAT_IS_SAID_AFTER = /^\s*,?\s*(?:that|for)\b/i;
/**
 * "Azerbaijan has demanded such a route since the ceasefire of November 2020": a demand kept up since a date, what is demanded
 * told before the date, is the same habit of the story begun then (guide: a habit from a stated date), and so is an interest a
 * party has shown since one ("Rosatom has shown interest in Niger's deposits since 2024").
 */
export const DEMANDED_SINCE =
  /\b(?:has|have|had)\s+(?:[a-z]+ly\s+)?(?:demanded|sought|called\s+for|pressed\s+for|insisted\s+on|(?:shown|expressed)\s+interest\s+in)\s+(?:[\wÀ-ɏ'’-]+\s+){1,4}?since\s+(?:the\s+(?:[\wÀ-ɏ'-]+\s+){1,3}of\s+|the\s+)?$/i;

/**
 * "she has made the trip twice a week since the spring": a habit kept up since a time starts then (guide: a habit from a stated
 * date), no count's baseline; its rate ("twice a week", "every night") told in the perfect clause before the "since".
 */
const HABIT_KEPT_UP_SINCE =
  /\b(?:has|have|had)\s+[a-z]+\b[^,;.]{0,50}?\b(?:(?:every|each)\s+(?:day|night|week|month|morning|evening)|(?:once|twice|three\s+times)\s+a\s+(?:day|week|month))\s+since\s+(?:the\s+)?$/i;
/**
 * "Opposition parties have boycotted the new parliament since its first session in November", "Workers have been on strike since
 * March", "Protests have gone on in one form or another since October": a protest kept up since a time is a habit of the story begun then (guide: a habit from a stated date), as a demand kept up
 * since a date is, no count's baseline.
 */
const PROTEST_KEPT_UP_SINCE =
  /\b(?:(?:has|have|had)\s+(?:(?:also|continued\s+to)\s+)?(?:boycotted|boycott|protested|picketed|blockaded|been\s+on\s+strike|been\s+on\s+hunger\s+strike|camped)|(?:protests|demonstrations|rallies|strikes|sit-ins)\s+(?:have|had)\s+(?:gone\s+on|continued|been\s+held))\b[^,;.]{0,60}\bsince\s[^,;.]{0,60}$/i;
/**
 * "Her husband has not been out of the basement since the summer", "has not left the town since March": someone's absence or
 * confinement kept up since a time is a state begun then (guide: an absence since a stated time is dated by that start), no
 * count's baseline, and so is one kept up since they underwent a happening told with its date ("two of them have not been seen
 * since they were taken from their homes last month"). Only a person's or a thing's own verb denied in the perfect, a few words
 * before the "since".
 */
const ABSENT_SINCE =
  /\b(?:has|have|had)\s+not\s+(?:been\s+(?:out|outside|home|back|seen|heard\s+from)|left|returned|come\s+out|gone\s+out)\b[^,;.]{0,50}\bsince\s+(?:the\s+|(?:they|he|she|it|we)\s+(?:was|were)\s+[^,;.]{1,50}?\s)?$/i;
/** Whether what the "since" runs from is kept up from then on: a saying, a demand, an absence, a protest or a habit, begun then. */
export function keptUpSince(near: string, reach: string, after: string): boolean {
  return (
    (SAID_SINCE.test(near) && WHAT_IS_SAID_AFTER.test(after)) ||
    DEMANDED_SINCE.test(near) ||
    ABSENT_SINCE.test(near) ||
    PROTEST_KEPT_UP_SINCE.test(reach) ||
    HABIT_KEPT_UP_SINCE.test(near)
  );
}
