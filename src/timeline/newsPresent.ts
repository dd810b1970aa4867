/**
 * A news post that recalls an earlier year comes back to its present with a sentence telling how
 * things stand now ("Joint operations have been frozen, and attacks on the army have grown
 * deadlier"): a day told after it inside the recalled month is the news's (GUIDE.md).
 */

/** A verb in the present perfect, a few words in: "have been frozen", "has grown", "have not yet resumed". */
const PRESENT_PERFECT = /^[^;:]{0,80}?\b(?:has|have)\s+(?:(?:not|also|already|now|since|yet)\s+){0,2}(?:been\s+)?[a-z]{2,}(?:ed|en|wn|ne|ught)\b/i;

/** Whether a sentence tells how things stand now, in the present perfect. */
export function tellsPresentState(sentence: string): boolean {
  return PRESENT_PERFECT.test(sentence);
}
