/**
 * A sentence that judges what happened rather than tells it: "The battle showed how much the army
 * depended on its drones", "This demonstrated that the town could not be held". Below a heading
 * that is a date, it is analysis, not a happening of that day (GUIDE.md: analysis is no event).
 */

/**
 * A short subject, then a verb of showing followed by what was shown ("how", "that", "what",
 * "why"): "The attack exposed the bridge" tells a happening and stays out. Anchored at the start,
 * with a bounded subject, so it reads only the sentence's first words.
 */
const JUDGEMENT =
  /^(?:The|This|That|These|Those|Its|Their|It)\s+(?:[\w'-]+\s+){0,3}?(?:showed|shows|demonstrated|demonstrates|revealed|reveals|illustrated|illustrates|highlighted|highlights|exposed|exposes|underlined|underlines|proved|proves)\s+(?:how|that|what|why)\b/;

/** Whether a sentence judges the story instead of telling one of its happenings. */
export function judgesWhatHappened(sentence: string): boolean {
  return JUDGEMENT.test(sentence);
}
