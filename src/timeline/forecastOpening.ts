/**
 * "Whoever wins in February will face the same question", "If the vote passes in March, the law will take effect": a date in
 * an opening clause told in the present, whose main clause is in the future, lies ahead with it: a forecast, not a happening
 * (GUIDE.md: forecasts), though the "will" comes after the date, where the check of the words before it does not look.
 */

/** An opening clause that sets a condition or a time ahead, told in the present: no past auxiliary before the date. */
const OPENS_AHEAD = /^(?:Whoever|Whatever|Whichever|If|Once|Unless|As soon as)\b(?![^,;.]*\b(?:was|were|had|did)\b)[^;.]*$/;
/** The main clause's future, after the date: within the same sentence, at most one comma between them. */
const FUTURE_AFTER = /^[^;.,]{0,60}?(?:,[^;.,]{0,60}?)?\bwill\s+(?:not\s+)?[a-z]+/i;

/** Whether the date at `index`…`end` of `sentence` sits in such an opening clause, before a main clause's "will". */
export function isInForecastOpening(sentence: string, index: number, end: number): boolean {
  return OPENS_AHEAD.test(sentence.slice(0, index)) && FUTURE_AFTER.test(sentence.slice(end));
}
