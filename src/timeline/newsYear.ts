/**
 * "this year" in a news post names the year it is published in (`recogniseDates` reads it as that year); a month the sentence
 * tells beside it takes that year, and it is one date with it, not a second one.
 */
import type { AbsoluteMention } from './dateMention.ts';

/** "this year" (with a hedge): the year a news post is published in; a "last year" often compares ("as they had last year"). */
const NEWS_YEAR = /\bthis year$/i;

/** The most a joining "on" or "in" leaves between "this year" and the date right after it ("this year on 11 February"). */
const JOINED_GAP = 4;

/**
 * "In February, 17 soldiers were killed …, one of the deadliest attacks this year": a year the sentence names by the
 * post's own year is the year of its earlier month, as a year written out in the sentence would be. "JNIM fighters first struck
 * Banh this year on 11 February" names one date, the day, whose year "this year" only gives: the year alone dates nothing of its own.
 */
export function yearFromNewsYear(absolutes: AbsoluteMention[]): AbsoluteMention[] {
  const named = absolutes.find((mention) => mention.month === undefined && mention.year !== undefined && NEWS_YEAR.test(mention.text));
  if (named?.year === undefined) return absolutes;
  const { year } = named;
  const namedEnd = named.index + named.text.length;
  const joined = absolutes.find(
    (mention) => mention.month !== undefined && mention.year === undefined && mention.index > named.index && mention.index - namedEnd <= JOINED_GAP,
  );
  if (joined !== undefined) return absolutes.filter((mention) => mention !== named).map((mention) => (mention === joined ? { ...mention, year } : mention));
  return absolutes.map((mention) =>
    mention.index < named.index && mention.month !== undefined && mention.year === undefined ? { ...mention, year } : mention,
  );
}
