/**
 * A habit, what happens every few days or twice a week, names no day (GUIDE.md): a moment inside one ("within minutes") is the
 * habit's, counted from no happening of the story. `extractTimeline` asks, beside a clip's moments (`clipMoment.ts`); so is a time of
 * day told with an adverb of frequency, which `recogniseDates` leaves out.
 */
import type { DateMention } from './dateMention.ts';

/**
 * "His men walk into the positions every ten days, because any vehicle on the road is hit within minutes": a moment inside a
 * habit is one of the habit's, counted from no happening of the story, and a habit names no day (GUIDE.md). So is a share of
 * each day ("the bakeries open for only a few hours a day and run out well before noon").
 */
const HABIT =
  /\b(?:every|each)\s+(?:(?:other|few|couple\s+of|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s+)?(?:days?|nights?|mornings?|evenings?|weeks?|hours?|minutes?)\b|\b(?:once|twice|three\s+times|several\s+times)\s+(?:a|an|per)\s+(?:day|night|week|hour)\b|\b(?:a\s+few|several|two|three|four|five|six|eight|ten|twelve|\d{1,2})\s+(?:hours|days)\s+(?:a|per)\s+(?:day|week)\b/i;

/** Whether a sentence tells a habit, what happens every few days or twice a week. */
export function tellsHabit(sentence: string): boolean {
  return HABIT.test(sentence);
}

/**
 * "many of those who remain say they no longer leave their neighbourhoods after dark", "those who remain say they do not go out after
 * dark", "the shops rarely open in the evening", the adverb right before the time ("The attempts go on, mostly at dawn"): a time
 * of day in a clause told as a habit, by an adverb of frequency, is a time of every such day, not of the day just told (guide: a
 * habit with no stated start dates nothing), as a month an adverb of habit puts a clause in is every year's (`yearlyRecurrences.ts`).
 */
const HABIT_BEFORE =
  /\b(?:no\s+longer|rarely|seldom|never|usually|often|normally|generally|typically|(?:do|does)\s+not|(?:do|does)n['’]t)\s+[a-z]+\b[^,;.]{0,60}$|\b(?:usually|often|mostly|mainly|normally|generally|typically|always|sometimes)\s+$/i;

/**
 * "At the public standpipes, queues now form before dawn", "Russian FPV drones now hunt every car on the road, and the volunteers only
 * drive in before dawn": a sentence telling what now happens, in the present, tells a habit of these days, whose time of day is
 * every day's (a past participle or a past tense after "now" narrates: "the town was now encircled"; "by now" is no present).
 */
const NOW_PRESENT = /(?<!\b(?:by|until|till|from|for)\s)\bnow\s+(?!that\b|on\b|was\b|were\b|had\b|did\b|[a-z]+ed\b)[a-z]+\b/i;

/** "The first commuter train still leaves at 5:40 every morning": the habit told right after its time, no clause between. */
const HABIT_RIGHT_AFTER = new RegExp(`^\\s+(?:${HABIT.source})`, 'i');

/**
 * The mentions without the times of day a habit is told at, or told in a sentence that tells a habit ("a few hours a day"). A
 * phrase starting the habit on the day just told ("The town was shelled almost every day from then on") is its stated start
 * (guide: a habit from a stated date is an event of that date), no time inside it.
 */
export function withoutHabitualTimes(mentions: DateMention[], flat: string): DateMention[] {
  // "The Russians come in groups of two or three, mostly at dawn, and hide in the cellars during the day": a later time of day
  // in the sentence of a habit's time is the habit's too.
  let habitTold = false;
  return mentions.filter((mention) => {
    if (mention.kind !== 'relative' || mention.unit !== 'day' || mention.amount !== 0 || mention.unhedged === true) return true;
    habitTold ||=
      HABIT_BEFORE.test(flat.slice(0, mention.index)) ||
      NOW_PRESENT.test(flat.slice(0, mention.index)) ||
      HABIT.test(flat.slice(Math.max(0, mention.index - 60), mention.index)) ||
      HABIT_RIGHT_AFTER.test(flat.slice(mention.index + mention.text.length));
    return !habitTold;
  });
}
