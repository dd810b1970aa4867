/**
 * A day of remembrance named by its keepers without its year is every year's day, not a happening of the story (guide:
 * commemoration is the remembering itself). `storyDate.ts` asks, with the stretch after the date it reads for an anniversary
 * (the day is often named "as" a holiday only after a list of what else it marks); `plansAndRecurrences.ts` reads the shorter
 * "marks 26 February as …" and "has been marked … as the Day of …". Both patterns read only bounded stretches.
 */
import type { AbsoluteMention } from './dateMention.ts';

/**
 * "Armenians mark the capture of Shusha on 9 May, together with the Soviet victory, as the "Triple Holiday"": a present-tense
 * verb of keeping, its object between, "on" the day, and the day kept "as" a day or a holiday later in the sentence. Without that
 * "as", a present-tense report ("Residents mark the liberation on Nov. 11 with a concert") may tell one happening.
 */
const KEPT_ON_BEFORE = /\b(?:mark|marks|observe|observes|celebrate|celebrates|commemorate|commemorates)\s+(?:the|its|their|his|her)\s[^.;]{0,60}?\son\s+$/i;
const KEPT_ON_AFTER = /^[^.;]{0,120}?\sas\s+(?:a|an|the)\s+["“]?(?:[\w'-]+\s+){0,4}?(?:day|holiday)\b/i;

/**
 * "In Azerbaijan, 8 May was observed as the day of the occupation of Shusha until the town was retaken": a day kept as such up
 * to a bound is a remembering repeated over those years, as "has been marked … as the Day of …" is; a day of mourning kept once
 * ("16 September was observed as a day of mourning") names no such stretch and is left alone.
 */
const KEPT_UNTIL_AFTER =
  /^,?\s+(?:was|were)\s+(?:marked|observed|celebrated|commemorated|kept)\b[^.;]{0,40}?\sas\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,4}?(?:day|holiday)\b[^.;]{0,80}?\s(?:until|till)\s/i;

/** Whether a day without its year is one its keepers mark every year (`near`: the words just before it, `after`: just after). */
export function keptAsYearlyDay(mention: AbsoluteMention, near: string, after: string): boolean {
  if (mention.year !== undefined || mention.day === undefined) return false;
  return (KEPT_ON_BEFORE.test(near) && KEPT_ON_AFTER.test(after)) || KEPT_UNTIL_AFTER.test(after);
}
