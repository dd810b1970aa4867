/**
 * A habit, what happens every few days or twice a week, names no day (GUIDE.md): a moment inside one ("within minutes") is the
 * habit's, counted from no happening of the story. `extractTimeline` asks, beside a clip's moments (`clipMoment.ts`).
 */

/**
 * "His men walk into the positions every ten days, because any vehicle on the road is hit within minutes": a moment inside a
 * habit is one of the habit's, counted from no happening of the story, and a habit names no day (GUIDE.md).
 */
const HABIT =
  /\b(?:every|each)\s+(?:(?:other|few|couple\s+of|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s+)?(?:days?|nights?|mornings?|evenings?|weeks?|hours?|minutes?)\b|\b(?:once|twice|three\s+times|several\s+times)\s+(?:a|an|per)\s+(?:day|night|week|hour)\b/i;

/** Whether a sentence tells a habit, what happens every few days or twice a week. */
export function tellsHabit(sentence: string): boolean {
  return HABIT.test(sentence);
}
