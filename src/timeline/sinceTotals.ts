/**
 * A total told in the perfect up to a "since" (GUIDE.md: the baseline of a count): its date is where the count starts, no
 * happening of the sentence. `storyDate.ts` asks; every pattern reads a bounded stretch before the date.
 */
import { totalAfterSinceClause } from './sinceDates.ts';

/** How far before a date the total is read. */
const TOTAL_NEAR = 360;

/**
 * "hundreds of families had fled towards Timbuktu … since the weekend": a post's phrase holding its own "since", after a total told
 * in the perfect, is that count's baseline, as "350,000 have fled since the start of December" is (guide); a state or a happening
 * kept up since it ("Shooting had continued since the weekend") is not, so only such a total.
 */
const TOTAL_BEFORE_OWN_SINCE =
  /\b(?:\d[\d,.]*|dozens|hundreds|thousands|scores)\s+(?:of\s+)?(?:[\wÀ-ɏ'’-]+\s+){0,3}?(?:has|have|had)\s+(?:been\s+)?(?:fled|left|returned|killed|displaced|arrested|detained|wounded)\b[^,;.]{0,80}$/i;

/**
 * "More than 4,000 families have arrived in Kaya, …, since armed groups began attacking villages … in late March, the directorate
 * said on Monday": a total told in the perfect, then a "since" clause with its own date, counts from that clause's happening, the
 * date its baseline (guide), as "since the start of December" is; the report's own day dates the sentence. Bounded.
 */
const TOTAL_BEFORE_SINCE_CLAUSE =
  /\b(?:\d[\d,.]*|dozens|hundreds|thousands|scores)\s+(?:of\s+)?(?:[\wÀ-ɏ'’-]+\s+){0,3}?(?:has|have|had)\s+(?:been\s+)?(?:arrived|fled|left|returned|killed|displaced|arrested|detained|wounded)\b[^;.]{0,120}\bsince\s[^,;.]{1,120}$/i;

/**
 * Whether a date is the baseline of a total told before it: a post's phrase holding its own "since" (see TOTAL_BEFORE_OWN_SINCE),
 * or a "since" clause's date (see TOTAL_BEFORE_SINCE_CLAUSE).
 */
export function countsUpToOwnSince(text: string, before: string): boolean {
  const reach = before.slice(-TOTAL_NEAR);
  return (/^since\s/i.test(text) && TOTAL_BEFORE_OWN_SINCE.test(reach)) || TOTAL_BEFORE_SINCE_CLAUSE.test(reach);
}

/**
 * "Since the Azerbaijani offensive of September 2023, when almost all of Nagorno-Karabakh's Armenians fled to Armenia, the town has
 * taken in more than 1,000 refugees": a "when" clause telling the date's happening may stand between the "since" and the total
 * told after it, and the date stays that count's baseline (guide), as with nothing between. `rest` is the sentence after the date.
 */
const WHEN_CLAUSE = /^\s*,\s*when\s[^,;.]{1,160}(?=,)/i;

/** Whether a total is told past a "when" clause on a "since" clause's date (see WHEN_CLAUSE). */
export function countsPastWhenClause(before: string, rest: string): boolean {
  const when = WHEN_CLAUSE.exec(rest);
  return when !== null && totalAfterSinceClause(before, rest.slice(when[0].length, when[0].length + TOTAL_NEAR));
}
