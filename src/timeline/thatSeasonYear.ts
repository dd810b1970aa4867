/**
 * "… could not get through another winter like that of 2022–2023. That winter, Russian missiles destroyed …": "that" points at
 * the season the sentence before named with its year, whatever that sentence is dated by (the guide's anchor is the last date
 * stated, and the season was stated there, if not as its date).
 */
import type { AbsoluteMention } from './dateMention.ts';
import type { DatedSentence } from './namedHappening.ts';

/** The season, then its year within a few words: "winter of 2022", "winter like that of 2022–2023", "the 2022 winter" is not read. */
const seasonNamed = (season: string): RegExp => new RegExp(`\\b${season}\\b[^.;\\d]{0,24}?\\b((?:1[89]|20)\\d\\d)\\b`, 'i');

/** The year of the season "that <season>" points at in the sentence dated just before, if it names one. */
export function thatSeasonYear(mention: AbsoluteMention, dated: readonly DatedSentence[]): number | undefined {
  if (mention.sameYear !== true || mention.month !== undefined || mention.qualifier === undefined) return undefined;
  const last = dated.at(-1);
  if (last === undefined) return undefined;
  const season = mention.qualifier === 'autumn' ? '(?:autumn|fall)' : mention.qualifier;
  const named = seasonNamed(season).exec(last.text);
  return named === null ? undefined : Number(named[1]);
}
