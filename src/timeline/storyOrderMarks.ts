/**
 * Where a story date stands in the story's order, beside which date it is (`storyDate.ts`): a flashback told in the pluperfect, a
 * claim made later about what had happened, a day reached at the end of a night. `flashbacks.ts` and `resolveRelative.ts` read the
 * marks to keep the anchor on the story's day. Split from `storyDate.ts`.
 */
import type { AbsoluteMention } from './dateMention.ts';
import { endsSubjectOfPluperfect } from './earlierPastClauses.ts';

/**
 * The date's clause is in the pluperfect ("the assailants had gathered in villages north of the town late on Saturday"); the
 * commas of a list of names do not end the clause ("had mined roads in the Dashkasan, Kalbajar and Lachin directions in the
 * evening of 12 September"): a comma counts as a list's when a capitalised name and another comma or "and" follow it. Read
 * over a phrase's reach, as a list makes the clause long.
 */
const PLUPERFECT_BEFORE =
  /\b[Hh]ad\s+(?:(?:already|also|just|previously|not|been)\s+){0,2}[a-z]{3,}\b(?:[^,;]|,(?=\s\p{Lu}[\p{L}'-]*(?:\s\p{Lu}[\p{L}'-]*)?(?:,|\sand\s)))*$/u;
/**
 * "On Monday the legal affairs committee had approved the text": a date opening the sentence whose clause goes on in the
 * pluperfect is that clause's date as much as one after "had" is, so told before the story's day it is a flashback (guide).
 * "By 12 May troops had reached the town" tells how things stood at the date, the story's next step, so only "on" or no
 * preposition; the subject is a few words without a comma, and "had" is followed by a participle, not "had no water".
 */
const OPENS_SENTENCE = /^\s*(?:On\s+)?$/;
const PLUPERFECT_AFTER =
  /^,?\s+(?:[\p{L}'’-]+\s+){1,6}?had\s+(?:(?:already|also|just|previously|quietly|hastily)\s+)?(?:been\s+)?(?:[a-z]{2,}ed|taken|given|begun|gone|done|seen|held|left|made|sent|fled|fought|won|lost|met|said|told|brought|built|kept|set|put|cut|hit|shot|driven|drawn|flown|withdrawn|broken|spoken|written|chosen|fallen|risen|come|become|run)\b/u;
/**
 * "Ilisu had been cut off since 4 June, when the Kurmukchay burst its banks": a "when" clause in the simple past right after the
 * date tells the happening of that day, the story's step to it, so the pluperfect before it makes no flashback ("the same night"
 * after it is 4 June).
 */
const WHEN_TOLD_AFTER = /^\s*,\s*when\s(?![^,;.]{0,80}\bhad\s)/i;
/**
 * "Three children who left Zybyne in March sing the anthem in a school hall": a relative clause told in the simple past before a
 * main verb in the present, as a report tells its story, is the earlier past the pluperfect tells in a past story.
 */
const PAST_RELATIVE_BEFORE = /\b(?:who|which|that)\s+(?:[a-z]{3,}ed|left|fled|came|went|lost|took|fell|saw|began|got)\s[^,;]{0,40}?\s(?:in|on)\s+$/;
const PRESENT_MAIN_AFTER =
  /^\s+(?!(?:and|or|but|to|in|on|at|from|with|by|for|of|the|a|an|as|when|after|before|had|did|was|were|tells?|told|says?|said|recalls?|remembers?|describes?|explains?)\b)[a-z]{3,}(?<!ed)\s/;
/** "claimed on 7 September that it had been a missile attack": the day of a report about what had happened before. */
const REPORTED_ON = /\b(?:claimed|said|stated|announced|confirmed|admitted|acknowledged)\s+(?:on|in)\s+$/i;
const THAT_IT_HAD = /^\s*that\b[^,;.]{0,60}?\bhad\s/i;
/**
 * "After weeks of street fighting, Turkey announced on 23 February that al-Bab had been taken": an opening span of the story
 * tells the reader that time has passed, so a report weeks after the last day is its next step, not a claim told out of order.
 */
const ELAPSED_OPENING = /^(?:After|Following)\s+(?:(?:several|many|a\s+few|two|three|four|five|six)\s+)?(?:days|weeks|months)\s+of\s/;
/** A day told at the end of its night: "before dawn on 5 June", "in the early hours of 5 June"; or a night told with its two days ("the night of 4 to 5 June"). */
const SMALL_HOURS_BEFORE = /\b(?:before\s+(?:dawn|daybreak|first\s+light)|in\s+the\s+(?:early|small)\s+hours\s+of)\s+(?:on\s+)?(?:the\s+)?$/i;
const NIGHT_BEFORE = /\bnight\s+of\s+(?:the\s+)?$/i;
/** A day told by its evening or night ("on Sunday evening", "on 8 June at night"), the night that follows beginning on it. */
const EVENING_AFTER = /^\s+(?:(?:late\s+)?(?:evening|night)|at\s+night)\b/i;
/** A night a news post names by its weekdays in the date's own words ("night of Tuesday to Wednesday", "Overnight into Sunday"). */
const NIGHT_NAMED = /^(?:the\s+)?(?:night\s+of|overnight\s+into)\b/i;

/** The words around a date that the marks read: the phrase's reach before it, the words next to it before and after. */
interface AroundDate {
  readonly lead: string;
  readonly near: string;
  readonly after: string;
}

/**
 * The story date with what places it in the story's order: told in the pluperfect (a flashback when it lies before the story's
 * day), reported later about what had happened, or a day told at the end of its night or at its start.
 */
export function markStoryOrder(
  hedged: AbsoluteMention | undefined,
  mention: AbsoluteMention,
  flat: string,
  { lead, near, after }: AroundDate,
): AbsoluteMention | undefined {
  let date = hedged;
  const opensPluperfect = (OPENS_SENTENCE.test(flat.slice(0, mention.index)) && PLUPERFECT_AFTER.test(after)) || endsSubjectOfPluperfect(after);
  const pastBeforePresent = PAST_RELATIVE_BEFORE.test(near) && PRESENT_MAIN_AFTER.test(after);
  if (hedged !== undefined && (opensPluperfect || PLUPERFECT_BEFORE.test(lead) || pastBeforePresent) && !WHEN_TOLD_AFTER.test(after))
    date = {
      ...hedged,
      pluperfect: true,
      ...(/,\s*(?:which|who|where)\s[^,;]*\bsince\s+(?:the\s+)?$/i.test(lead) ? { stateSince: true as const } : {}),
      ...(pastBeforePresent ? { pastBeforePresent: true as const } : {}),
    };
  else if (hedged !== undefined && REPORTED_ON.test(near) && THAT_IT_HAD.test(after) && !ELAPSED_OPENING.test(flat)) date = { ...hedged, laterReport: true };
  if (
    date !== undefined &&
    date.day !== undefined &&
    (SMALL_HOURS_BEFORE.test(near) || (date.end !== undefined && (NIGHT_BEFORE.test(near) || NIGHT_NAMED.test(mention.text))))
  )
    date = { ...date, endsNight: true };
  else if (date !== undefined && date.day !== undefined && (NIGHT_BEFORE.test(near) || EVENING_AFTER.test(after))) date = { ...date, beginsNight: true };
  return date;
}
