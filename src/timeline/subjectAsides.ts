/**
 * "Russian troops, reinforced from November by North Korean soldiers, pushed the Ukrainian forces back through the winter": a
 * participle set between commas right after the sentence's subject describes the subject, as a relative clause does, so its
 * date yields to the main clause's (guide) and dates the sentence only when the main clause has none.
 */

/**
 * The subject, a few words opening the sentence, its comma, then a participle and a few words up to the date's preposition. A
 * document's coming out ("Its report, published on 30 September 2009, concluded that …") is what the sentence tells, its day the
 * report's, so those participles are left out.
 */
const ASIDE_BEFORE =
  /^\s*[\w'’-]+(?:\s+[\w'’-]+){0,3},\s+(?:[a-z]+ly\s+)?(?!(?:published|released|issued|presented|submitted|leaked|posted)\b)(?:[a-z]{3,}ed|made|built|led|held|sent|taken|driven|drawn|brought)\b[^,;.]{0,60}?\s(?:from|since|in|on|during|until)\s+(?:the\s+)?$/;
/** The aside closing with its comma within a few words after the date, the main clause's verb right after it. */
const ASIDE_AFTER = /^[^,;.]{0,60},\s+(?:[a-z]+ly\s+)?[a-z]{3,}\b/;

/** Whether a date (`before` and `after`: the sentence around it) stands in a participle aside describing the sentence's subject. */
export function inSubjectAside(before: string, after: string): boolean {
  return ASIDE_BEFORE.test(before) && ASIDE_AFTER.test(after);
}
