/**
 * A text that steps back from its story's day to an earlier year, as a post does from its news ("The clergy answered … on Sunday. The quarrel goes back to the spring of
 * 2024, when …") looks back without moving the story's day, so a day told next inside that look-back's month or season ("The protests
 * began on 9 May") would take the news's year; the reader takes the year just stated (GUIDE.md: a date without its year takes the
 * year of the last stated date).
 */
import { seasonMonthsInYear } from './seasonMonths.ts';
import type { AbsoluteMention } from './dateMention.ts';
import type { ResolvedDate } from './resolvedDate.ts';

/** The look-back's year for a day without one that falls inside its stated month or season, or for a month "of that year", if any. */
export function lookBackYear(mention: AbsoluteMention, lookBack: ResolvedDate | undefined): number | undefined {
  if (lookBack?.mention.kind !== 'absolute' || lookBack.mention.year === undefined) return undefined;
  // "In June 2024, residents blocked the highway. In July of that year …": "that year" is the look-back's, a day's too.
  if (mention.sameYear === true) return lookBack.year + (mention.nextYear === true ? 1 : 0);
  if (lookBack.day !== undefined) return undefined;
  if (mention.year !== undefined || mention.month === undefined || mention.day === undefined) return undefined;
  const [first, last] = lookBack.month === undefined ? (seasonMonthsInYear(lookBack.qualifier) ?? [0, -1]) : [lookBack.month, lookBack.month];
  return mention.month >= first && mention.month <= last ? lookBack.year : undefined;
}
