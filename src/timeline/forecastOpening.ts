/**
 * "Whoever wins in February will face the same question", "If the vote passes in March, the law will take effect": a date in
 * an opening clause told in the present, whose main clause is in the future, lies ahead with it: a forecast, not a happening
 * (GUIDE.md: forecasts), though the "will" comes after the date, where the check of the words before it does not look.
 */
import { ownPreposition } from './dateMention.ts';

/** An opening clause that sets a condition or a time ahead, told in the present: no past auxiliary before the date. */
const OPENS_AHEAD = /^(?:Whoever|Whatever|Whichever|If|Once|Unless|As soon as)\b(?![^,;.]*\b(?:was|were|had|did)\b)[^;.]*$/;
/**
 * "Syrians who register to leave before the end of September will be spared the fines": a date in a "who" clause told in the
 * present, the subject of a future right after it, lies ahead with it as the "Whoever" clause's does; "Those who fled in March
 * will return" tells a past flight, left to the other rules.
 */
const PRESENT_WHO_CLAUSE =
  /\b(?:who|that)\s+(?!(?:was|were|had|did|has|have|fled|left|fought|took|came|went|made|gave|ran|won|lost|held|sent|saw|began|broke|fell|got|paid|kept|led|met|told|said|wrote|brought|bought|stayed)\b)[a-z]+(?<!ed)\b(?![^,;.]*\b(?:was|were|had|did)\b)[^,;.]*$/;
const FUTURE_RIGHT_AFTER = /^\s+will\s+(?:not\s+)?[a-z]+/i;
/**
 * "In March the ministry is due to review the licences of all foreign NGOs": a date opening the sentence whose clause then looks
 * ahead, a plan or a "will" in the present, names the day of what is planned (guide: forecasts and deadlines), not a happening.
 * A "will" in what is said ("On Nov. 9 Russia announces that its troops will leave") is the saying's, which happens that day;
 * a date opening what is said ("The letter confirmed that from 1 January the ward will stop admitting women") is its plan's.
 */
const OPENING_DATE = /(?:^\s*|\bthat\s+)(?:In|On|By|From|Early\s+in|Later\s+in)\s+(?:the\s+)?$/i;
const PLANNED_AFTER = /^,?\s+(?:(?!that\b)[\wÀ-ɏ'’-]+\s+){1,5}?(?:(?:is|are)\s+(?:due|scheduled|set|expected|planned)\s+to|will)\s+[a-z]+/;
/**
 * "It plans to resume the replacement of the last old unit once deliveries are possible and to bring the station's capacity to about
 * 390 MW by 2030": a sentence opening on its subject's plan in the present looks ahead in all its words, however far the date;
 * not a plan someone is said to have ("Analysts say the junta hopes to …"), nor the day a closing ", the ministry said this morning" reports it.
 */
const PLAN_OPENING =
  /^(?!(?:[\wÀ-ɏ'’-]+\s+){1,4}?(?:say|says|said)\b)(?:[\wÀ-ɏ'’-]+\s+){1,5}?(?:plans|intends|hopes|aims|wants|(?:is|are)\s+(?:due|scheduled|set|expected|planned))\s+to\s+(?![^;.]*\b(?:was|were|had|did|said|says|told|announced)\b|[^;.]*,\s+(?:and|but)\s)[^;.]*$/;
/** The main clause's future, after the date: within the same sentence, at most one comma between them. */
const FUTURE_AFTER = /^[^;.,]{0,60}?(?:,[^;.,]{0,60}?)?\bwill\s+(?:not\s+)?[a-z]+/i;

/** Whether the date at `index`…`end` of `sentence` sits in such an opening or "who" clause, before a main clause's "will". */
export function isInForecastOpening(sentence: string, index: number, end: number): boolean {
  const before = sentence.slice(0, index);
  const after = sentence.slice(end);
  return (
    (OPENS_AHEAD.test(before) && FUTURE_AFTER.test(after)) ||
    PLAN_OPENING.test(before) ||
    (PRESENT_WHO_CLAUSE.test(before) && FUTURE_RIGHT_AFTER.test(after)) ||
    // A weekday read as a news post's day holds its own preposition ("On Sunday the delegation will travel …").
    ((OPENING_DATE.test(before) || (before.trim() === '' && ownPreposition(sentence.slice(index, end)) !== undefined)) && PLANNED_AFTER.test(after))
  );
}
