/**
 * A date inside a relative clause in the pluperfect that tells a noun's earlier past, before the time the sentence tells:
 * "the garrison, which had used much of its ammunition on 18 January, could be supplied only by air", "one of the posts that
 * had been attacked in earlier rebellions, most recently in 2007". GUIDE.md keeps that past as background ("the ferry, which
 * had been established in August 2017") when words of the clause stand between its verb and the date as when none do
 * (`namedThingsPast.ts` reads a comma's ", which had been established in"; the restrictive ones are here too). `storyDate.ts`
 * asks; the patterns read only the words right before the date.
 */

/** A past participle: the regular ones, and the irregular ones war prose uses ("had been set up with Russian help in 2016"). */
const PARTICIPLE = String.raw`(?:[a-z]{2,}ed|held|taken|fought|won|lost|made|built|given|begun|spent|sent|left|led|kept|struck|hit|driven|fallen|seen|set|put|cut|shot|brought|caught|thrown|broken|overrun|shut)\b`;
/** Up to six words of the clause's object or place ("about 2,000 fighters to the area"), none a conjunction that would open another clause. */
const CLAUSE_WORDS = String.raw`(?:\s+(?!(?:and|but|then|when|while|before|after|until|so)\b)[\wÀ-ɏ'’-]+(?:,\d{3})*){0,6}?`;
/** An aside before the date's preposition (", most recently in 2007"), and the preposition. */
const DATE_LEAD = String.raw`(?:,\s*(?:most\s+recently|last|again|first|notably))?\s+(?:in|on|since|during|before|until)\s+(?:the\s+)?$`;
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

/*
 * A restrictive clause with no words between its verb and the date: "the district that the rebels had lost in 1992", "the bridge
 * which had been blown up in 2014", whatever the main clause tells.
 */
/**
 * With a subject of its own the clause's verb takes the relative pronoun as its object, so no object follows it: only verbs that
 * always take one, which a reported "said that the army had withdrawn on 3 May" never has, and the date right after the verb ("told
 * the press that the army had captured the town on 3 May" tells the capture). A few words of subject only.
 */
const WITH_OWN_SUBJECT =
  /\b[A-Za-z][\wÀ-ɏ'-]*\s+(?:that|which)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[A-Za-z][\wÀ-ɏ'-]*\s+){1,3}?had\s+(?:(?:already|previously|once|first)\s+)?(?:captured|recaptured|seized|taken|retaken|held|lost|won|occupied|abandoned|built|founded|established|created|formed|annexed|liberated|destroyed|controlled)\s+(?:[a-z]+ly\s+)?(?:in|on|since|until)\s+(?:the\s+)?$/;

/** The passive, the relative pronoun its subject: "the road that had been closed in 2014"; a reported clause always has a subject of its own. */
const PASSIVE =
  /\b[a-z][\wÀ-ɏ'-]*\s+(?:that|which)\s+had\s+(?:(?:already|previously|once|first)\s+)?been\s+(?:[a-z]+ed|taken|held|lost|built|won|made|given|sent|driven|blown\s+up|set\s+up)\s+(?:[a-z]+ly\s+)?(?:in|on|since|until)\s+(?:the\s+)?$/;

/**
 * "…, a goal the CMA had given up in 2015": an appositive noun with a clause of its own and no relative pronoun, in the
 * pluperfect, describes the noun by its earlier past, as "the district that the rebels had lost in 1992" does.
 */
const APPOSITIVE_CONTACT_CLAUSE = new RegExp(
  String.raw`,\s*(?:a|an|the)\s+[a-z-]+\s+(?:the\s+)?[A-Z][\wÀ-ɏ'’-]*(?:\s+[A-Z][\wÀ-ɏ'’-]*){0,2}\s+had\s+${ADVERB}${PARTICIPLE}(?:\s+up|\s+out|\s+off)?\s+(?:in|on|since)\s+(?:the\s+)?$`,
);

/**
 * A relative clause in the pluperfect running up to what follows it, unbroken by a comma or a semicolon: "which had been held since
 * 2014", "that protesters had put up … last November". Read by `firstClause.ts` and `recogniseDates.ts` after their own pronoun and
 * subject, which each allows differently.
 */
export const PLUPERFECT_TO_END = String.raw`had\s+(?:been\s+)?[a-z]+\b[^,;]*$`;

/** Whether a date ends a relative clause in the pluperfect (`near`: the words right before it), a noun's earlier past. */
export function inEarlierPastClause(near: string): boolean {
  return (
    ACTIVE_WHICH_CLAUSE.test(near) ||
    RESTRICTIVE_THAT_CLAUSE.test(near) ||
    WITH_OWN_SUBJECT.test(near) ||
    PASSIVE.test(near) ||
    APPOSITIVE_CONTACT_CLAUSE.test(near)
  );
}

/**
 * "Humanitarian corridors agreed with the Russian side on 9 and 10 March had already collapsed": a date right before "had" and its
 * participle ends the subject of a verb in the pluperfect, so the sentence looks back from the story's day, a flashback that moves
 * no anchor ("That evening" after it is still the day told before).
 */
const PLUPERFECT_RIGHT_AFTER = /^\s+had\s+(?:(?:already|long|just|previously)\s+)?(?:been\s+)?[a-z]{3,}(?:ed|en|wn)\b/;

/** Whether the words right after a date (`after`) are a pluperfect verb whose subject the date ends. */
export const endsSubjectOfPluperfect = (after: string): boolean => PLUPERFECT_RIGHT_AFTER.test(after);
