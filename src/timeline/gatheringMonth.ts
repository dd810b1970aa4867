/**
 * A month that opens a sentence and only gathers the days its clause then states ("In early March, Turkish forces captured
 * the towns of Rajo, on 3 March, and Jindires, on 8 March"): the first day dates the sentence. `recogniseDates` asks.
 */
import type { DateMention } from './dateMention.ts';
import { CLAUSE_BREAK } from './firstClause.ts';

/** "In early March, …": the month opens the sentence. */
const OPENING_MONTH = /^\s*(?:In|During)\s+$/;
/** "… the towns of Rajo, on 3 March": a day set between commas after the noun it dates. */
const DAY_ASIDE_BEFORE = /\w,\s*on\s+$/;
/**
 * "In early March 2025, about 800 soldiers walked through an empty gas pipeline and emerged behind the lines on the night of 7
 * March": a hedged month opening the sentence that the clause then fixes to a day, its subject's second verb on that day.
 */
const SAME_SUBJECT_GOES_ON = /^,\s[^,;]*\s(?:and|then)\s+[a-z]{3,}ed\b[^,;]*$/;
/** How far a day of the same month may follow the month that gathers it: within the clause's own words. */
const GATHERED_NEAR = 160;

/**
 * "In early March, Turkish forces captured the towns of Rajo, on 3 March, and Jindires, on 8 March": a month that frames its
 * clause's happenings, which then state their own days, only gathers them; the first day dates the sentence (guide). The month
 * becomes the background of that day, as an opening phrase's date is; a day past a clause break is another clause's.
 */
export function markGatheringMonth(mentions: DateMention[], flat: string): DateMention[] {
  const [month, day] = mentions;
  if (month?.kind !== 'absolute' || day?.kind !== 'absolute' || month.background !== undefined || day.background !== undefined) return mentions;
  if (month.day !== undefined || month.month === undefined || month.end !== undefined || day.day === undefined || day.month !== month.month) return mentions;
  if (day.year !== undefined && month.year !== undefined && day.year !== month.year) return mentions;
  const between = flat.slice(month.index + month.text.length, day.index);
  if (between.length > GATHERED_NEAR || CLAUSE_BREAK.test(between)) return mentions;
  // The month opens the sentence and each day stands between commas after the thing it dates ("Rajo, on 3 March,"): a day of
  // another clause ("… in May 1994 and came into force on 12 May") is no part the month gathers.
  if (!OPENING_MONTH.test(flat.slice(0, month.index))) return mentions;
  const aside = DAY_ASIDE_BEFORE.test(between) && /^\s*,/.test(flat.slice(day.index + day.text.length));
  if (!aside && !(month.qualifier !== undefined && SAME_SUBJECT_GOES_ON.test(between))) return mentions;
  return [{ ...month, background: 'opening' }, ...mentions.slice(1)];
}
