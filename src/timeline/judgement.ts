/**
 * A sentence that only ranks what was told before it ("The massacre was one of the largest of the
 * war", "It was the deadliest attack of the year") is analysis: it tells no happening, so a heading
 * that is a date does not make it an event.
 */
const RANKING =
  /^(?:The|This|That|It|Its|Their)\b[^,;]{0,60}?\s(?:was|is|remains|remained)\s+(?:one\s+of\s+)?the\s+(?:most|least|worst|best|largest|biggest|greatest|deadliest|bloodiest|heaviest|longest|fiercest|costliest)\b/;

/** Whether the sentence only ranks something already told. */
export function ranksOnly(sentence: string): boolean {
  return RANKING.test(sentence);
}
