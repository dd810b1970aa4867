/**
 * A restrictive relative clause in the pluperfect, with no comma before it: "the district that the rebels had lost in 1992", "the
 * bridge which had been blown up in 2014". It tells the named thing's earlier past, as ", which had been established in August
 * 2017" does (guide), not a step of the story, whatever the main clause tells. Every pattern reads only the words next to the date.
 */

/**
 * With a subject of its own the clause's verb takes the relative pronoun as its object, so no object follows it: only verbs that
 * always take one, which a reported "said that the army had withdrawn on 3 May" never has, and the date right after the verb ("told
 * the press that the army had captured the town on 3 May" tells the capture). A few words of subject only.
 */
const WITH_OWN_SUBJECT =
  /\b[A-Za-z][\w'-]*\s+(?:that|which)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[A-Za-z][\w'-]*\s+){1,3}?had\s+(?:(?:already|previously|once|first)\s+)?(?:captured|recaptured|seized|taken|retaken|held|lost|won|occupied|abandoned|built|founded|established|created|formed|annexed|liberated|destroyed|controlled)\s+(?:[a-z]+ly\s+)?(?:in|on|since|until)\s+(?:the\s+)?$/;

/** The passive, the relative pronoun its subject: "the road that had been closed in 2014"; a reported clause always has a subject of its own. */
const PASSIVE =
  /\b[a-z][\w'-]*\s+(?:that|which)\s+had\s+(?:(?:already|previously|once|first)\s+)?been\s+(?:[a-z]+ed|taken|held|lost|built|won|made|given|sent|driven|blown\s+up|set\s+up)\s+(?:[a-z]+ly\s+)?(?:in|on|since|until)\s+(?:the\s+)?$/;

/** Whether a date closes a restrictive relative clause in the pluperfect (`near`: the words before it). */
export function inRestrictivePluperfect(near: string): boolean {
  return WITH_OWN_SUBJECT.test(near) || PASSIVE.test(near);
}
