/**
 * A date inside a relative clause in the pluperfect that tells a noun's earlier past, before the time the sentence tells:
 * "the garrison, which had used much of its ammunition on 18 January, could be supplied only by air", "one of the posts that
 * had been attacked in earlier rebellions, most recently in 2007". GUIDE.md keeps that past as background ("the ferry, which
 * had been established in August 2017") when words of the clause stand between its verb and the date as when none do
 * (`namedThingsPast.ts` reads those). `storyDate.ts` asks; the patterns read only the words right before the date.
 */

const PARTICIPLE = String.raw`(?:[a-z]{2,}ed|held|taken|fought|won|lost|made|built|given|begun|spent|sent|left|led|kept|struck|hit|driven|fallen|seen)\b`;
/** Up to six words of the clause's object or place, none a conjunction that would open another clause. */
const CLAUSE_WORDS = String.raw`(?:\s+(?!(?:and|but|then|when|while|before|after|until|so)\b)[\w'’-]+){0,6}?`;
/** An aside before the date's preposition (", most recently in 2007"), and the preposition. */
const DATE_LEAD = String.raw`(?:,\s*(?:most\s+recently|last|again|first|notably))?\s+(?:in|on|since|during)\s+(?:the\s+)?$`;
const ADVERB = String.raw`(?:(?:already|also|previously|once|repeatedly|often)\s+)?`;

/**
 * ", which had used much of its ammunition on 18 January": a non-restrictive clause in the active pluperfect, what the thing
 * itself had done, with the words of its object between verb and date. The passive with such words ("Handarat, which had been
 * captured from the rebels on 14 December") tells what befell the thing the main clause names, the story (GUIDE.md's "which"
 * clause, as the Aleppo gold reads it), and is left alone.
 */
const ACTIVE_WHICH_CLAUSE = new RegExp(String.raw`,\s*which\s+had\s+${ADVERB}(?!been\b)${PARTICIPLE}${CLAUSE_WORDS}${DATE_LEAD}`);

/**
 * "one of the posts that had been attacked during earlier rebellions, most recently in 2007": a restrictive subject clause
 * right after its noun, in the pluperfect, says which things are meant by what they had been through, a description. Only
 * "that had …" with no subject between ("said that the army had …" is a report), and lower-case: "That had …" opening a
 * sentence is a demonstrative.
 */
const RESTRICTIVE_THAT_CLAUSE = new RegExp(String.raw`\bthat\s+had\s+${ADVERB}(?:been\s+)?${PARTICIPLE}${CLAUSE_WORDS}${DATE_LEAD}`);

/** Whether a date ends a relative clause in the pluperfect (`near`: the words right before it), a noun's earlier past. */
export function inEarlierPastClause(near: string): boolean {
  return ACTIVE_WHICH_CLAUSE.test(near) || RESTRICTIVE_THAT_CLAUSE.test(near);
}
