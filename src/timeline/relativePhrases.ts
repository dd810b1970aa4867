/**
 * Phrases that date a sentence from an anchor the reader knows: the previous
 * date ("Three days later", "the next day", "the same day", "in the evening",
 * "at 12:00", "on the 9th") or the story's first day ("on the second day of the
 * battle"). The list is closed on purpose: chrono-node also reads "in the day"
 * or "morning" as dates, which in a narrative they are not. Phrases without an
 * anchor a reader could resolve ("days later", "less than a month later", "in
 * the following weeks") are not here: they date nothing.
 */
import type { RelativeMention } from './dateMention.ts';
import { COUNT, HEDGE_WORDS, NOTHING_COUNTED, NUMBERS, ORDINALS, type Rule } from './relativeVocabulary.ts';
import { COUNTED_BACK_PHRASES } from './countedBackPhrases.ts';
import { DAY_OF_MONTH_PHRASES } from './dayOfMonthPhrases.ts';
import { DAY_SPAN_PHRASES } from './daySpanPhrases.ts';
import { FIRST_OF_SERIES_PHRASES } from './firstOfSeriesPhrases.ts';
import { FROM_THEN_ON_PHRASES } from './fromThenOnPhrases.ts';
import { HAPPENING_DAY_PHRASES } from './happeningDayPhrases.ts';
import { datesAnotherTime } from './otherTimePhrases.ts';
import { rulesToTry } from './ruleNeeds.ts';
import { STORY_DAY_PHRASES } from './storyDayPhrases.ts';
import { MONTH_AND_YEAR_PHRASES } from './monthAndYearPhrases.ts';
import { TIME_JUST_TOLD_PHRASES } from './timeJustToldPhrases.ts';
import { TIME_OF_DAY_PHRASES } from './timeOfDayPhrases.ts';
import { TOLD_HAPPENING_PHRASES } from './toldHappeningPhrases.ts';
import { WEEKDAY_PHRASES } from './weekdayPhrases.ts';

const NOT_EXACT = /\b(?:less|more|fewer) than\s+$|\b(?:within|nearly|almost|over|under|up to|at least|for)\s+$/i;

/** "Over the following week" is that week, as "during the next week" is: "over" hedges only a count ("over a week later"). */
const OVER_A_NAMED_SPAN = /\bover\s+$/i;
/**
 * "Less than a minute later", "nearly ten minutes later", "less than an hour later": a hedged count of minutes, or one of
 * hours bounded from above, cannot leave the day just told, as "within minutes" cannot; "more than 12 hours later" may.
 */
const HEDGED_WITHIN_THE_DAY = /\b(?:seconds?|minutes?)\b/i;
const BOUNDED_FROM_ABOVE = /\b(?:less|fewer) than\s+$|\b(?:within|nearly|almost|under|up to)\s+$/i;

/**
 * "Two days earlier, on the 23rd, a missile hit": the day of the month right after the count states the day itself, and a
 * stated day wins within its clause, as "A week later on 29 April" is 29 April (guide); the count only leads up to it.
 */
const DAY_RESTATED = '(?!,?\\s+on the \\d{1,2}(?:st|nd|rd|th)\\b)';

/** "40,000 barrels a day earlier this year": "a day" after a quantity is a rate, no count of days. */
const NOT_A_RATE = '(?<!\\d[\\d,.]*(?:\\s+(?:thousand|million))?\\s+[a-z]+\\s+(?=a\\s))';

/** The rules in the order they are read: where two finds overlap, the earlier rule's wins. */
export const RULES: Rule[] = [
  ...STORY_DAY_PHRASES,
  ...FROM_THEN_ON_PHRASES,
  // "On the first day, 15 wounded were reported": the first day of what was just told, a range's first.
  { pattern: /\b(?:on )?the first day\b(?!\s+of\b)/gi, needs: ['the first day'], unit: 'day', amount: 0, dayOfSpan: 'first' },
  { pattern: /\b(?:later|earlier) (?:that|in the|on the|the same) day\b/gi, needs: ['later', 'earlier'], unit: 'day', amount: 0 },
  {
    pattern: /\b(?:later |earlier )?that (?:same )?(?:day|morning|afternoon|evening|night)\b/gi,
    needs: ['that day', 'that same', 'that morning', 'that afternoon', 'that evening', 'that night'],
    unit: 'day',
    amount: 0,
  },
  { pattern: /\b(?:on )?the same (?:day|morning|afternoon|evening|night)\b(?! as the\b)/gi, needs: ['the same'], unit: 'day', amount: 0 },
  // "the same week" is around the day just told, as "this week" in a news post is around its publication day; so is "later in the week"
  // or "during the week" with no other week named ("during the week of 10 May" is that date's), and "by the end of the week", whose end
  // names no day of its own.
  {
    pattern: /\b(?:(?:the same|that(?: same)?) week|later (?:in the|that) week|during the week(?!\s+of\b)|by the end of the week(?!\s+of\b))\b/gi,
    needs: ['week'],
    unit: 'day',
    amount: 0,
    qualifier: 'around',
  },
  ...TIME_OF_DAY_PHRASES,
  ...DAY_SPAN_PHRASES,
  {
    pattern: /\b(?:on|by|until|as of) (?:this|that) (?:day|date|point|time)\b/gi,
    needs: ['this day', 'this date', 'this point', 'this time', 'that day', 'that date', 'that point', 'that time'],
    unit: 'day',
    amount: 0,
  },
  ...HAPPENING_DAY_PHRASES,
  ...TIME_JUST_TOLD_PHRASES,
  ...TOLD_HAPPENING_PHRASES,
  // "the day" as a clause's subject is the day just told ("Nonetheless, the day soon became the deadliest"); elsewhere it is no date ("the day before the invasion").
  {
    pattern: /(?:^|(?<=[,;]\s))[Tt]he day(?=\s+(?:(?:soon|then|also|later|eventually)\s+)?(?:became|was|saw|ended|proved|brought|turned|marked)\b)/g,
    needs: ['the day'],
    unit: 'day',
    amount: 0,
  },
  { pattern: /\b(?:the )?(?:next|following) day\b/gi, needs: ['next day', 'following day'], unit: 'day', amount: 1 },
  // "The next evening the crowd was larger", "pulled back the next night": a time of the next day, as "the next morning" is, though
  // no night ends in an evening.
  {
    pattern: /\b(?:the )?(?:next|following) (?:afternoon|evening|night)\b/gi,
    needs: ['next afternoon', 'next evening', 'next night', 'following afternoon', 'following evening', 'following night'],
    unit: 'day',
    amount: 1,
  },
  { pattern: /\b(?:the )?(?:next|following) morning\b/gi, needs: ['next morning', 'following morning'], unit: 'day', amount: 1, morning: true },
  // "the day before" dates from the previous event only when nothing follows it:
  // "the day before the invasion" counts from the invasion. "The night before" is a time of that day before, as "the night of 5 March" is that day.
  {
    pattern: new RegExp(`\\b(?:the )?(?:previous|preceding) (?:day|night|evening)\\b|\\bthe (?:day|night|evening) before\\b${NOTHING_COUNTED}`, 'gi'),
    needs: ['previous', 'preceding', 'before'],
    unit: 'day',
    amount: -1,
  },
  /*
   * "The next clip is filmed the day after.", "The day after, neighbours laid flowers": with nothing after it, the day after
   * the one just told, as "the next day" is; "the day after the election" or "the day after Afrin fell" counts from what it names.
   */
  { pattern: /\bthe (?:day|night|evening) after(?=\s*[,.;:)]|\s*$)/gi, needs: ['day after', 'night after', 'evening after'], unit: 'day', amount: 1 },
  { pattern: /\bthe morning after(?=\s*[,.;:)]|\s*$)/gi, needs: ['morning after'], unit: 'day', amount: 1, morning: true },
  ...COUNTED_BACK_PHRASES,
  ...FIRST_OF_SERIES_PHRASES,
  {
    pattern: new RegExp(`${NOT_A_RATE}\\b${COUNT} days? later\\b${DAY_RESTATED}`, 'gi'),
    needs: ['day later', 'days later'],
    unit: 'day',
    amount: (count) => count,
  },
  // "A couple of days later": a loose "two days later", hedged as "about two days later" would be (guide).
  { pattern: /\ba couple of days later\b/gi, needs: ['a couple of days later'], unit: 'day', amount: 2, qualifier: 'around' },
  {
    pattern: new RegExp(`${NOT_A_RATE}\\b${COUNT} days? (?:before|earlier)\\b${NOTHING_COUNTED}${DAY_RESTATED}`, 'gi'),
    needs: ['day before', 'days before', 'day earlier', 'days earlier'],
    unit: 'day',
    amount: (count) => -count,
  },
  { pattern: new RegExp(`\\b${COUNT} weeks? later\\b${DAY_RESTATED}`, 'gi'), needs: ['week later', 'weeks later'], unit: 'day', amount: (count) => 7 * count },
  // "Their commanders had asked to withdraw a week earlier": the same count back, a look back as "two days earlier" is; not in what
  // a speaker reported ("stated that it had provided air cover a week earlier"), told on no day of its own.
  {
    pattern: new RegExp(
      `(?<!\\b(?:stated|said|claimed|announced|reported)\\s+that\\b[^.;]{0,120})\\b${COUNT} weeks? (?:before|earlier)\\b${NOTHING_COUNTED}${DAY_RESTATED}`,
      'gi',
    ),
    needs: ['week before', 'weeks before', 'week earlier', 'weeks earlier'],
    unit: 'day',
    amount: (count) => -7 * count,
  },
  /*
   * "A week after that the council moved": "that" is the day just told, so the count is "a week later"; one naming a
   * happening ("a week after that attack") is left to the rules that count from a named happening.
   */
  {
    pattern: new RegExp(
      `\\b${COUNT} (days?|weeks?) after (?:that|this)(?=\\s*[,.;:)]|\\s*$|\\s+(?:the|a|an|we|they|he|she|it|his|her|their|its|our)\\s)`,
      'gi',
    ),
    needs: ['after that', 'after this'],
    unit: 'day',
    amount: (count, match) => ((match[2] ?? '').toLowerCase().startsWith('week') ? 7 : 1) * count,
  },
  // "A fortnight later" counts its fourteen days, as "two weeks later" does.
  { pattern: /\b(?:a|one) fortnight later\b/gi, needs: ['fortnight later'], unit: 'day', amount: 14 },
  // "The following week" names no day of it: about a week on, as "the week of 10 May" is around 10 May. "Next week" alone is a news post's forecast.
  { pattern: /\bthe (?:next|following) week\b/gi, needs: ['next week', 'following week'], unit: 'day', amount: 7, qualifier: 'around' },
  // "In the week that followed, almost the whole population left": the following week, told as a clause.
  { pattern: /\bin the week that followed\b/gi, needs: ['week that followed'], unit: 'day', amount: 7, qualifier: 'around' },
  ...WEEKDAY_PHRASES,
  ...MONTH_AND_YEAR_PHRASES,
  ...DAY_OF_MONTH_PHRASES,
];

/** The rules a sentence may match, in their order. */
const mayMatch = rulesToTry(RULES);

/** Finds the relative date phrases of a sentence; overlapping finds keep the earliest rule's. */
/** A letter right before the phrase's first letter: the phrase would start inside a word. */
const WITHIN_WORD = /^\p{L}\p{L}$/u;

export function findRelativePhrases(flat: string): RelativeMention[] {
  const found: RelativeMention[] = [];
  for (const rule of mayMatch(flat)) {
    for (const match of flat.matchAll(rule.pattern)) {
      const text = match[0];
      const start = match.index;
      if (found.some((other) => start < other.index + other.text.length && other.index < start + text.length)) continue;
      // JavaScript's \b knows only ASCII letters, so "by then" matched inside "Déby then": a phrase never starts mid-word.
      if (WITHIN_WORD.test(flat.slice(Math.max(0, start - 1), start + 1))) continue;
      // Only the words just before the phrase matter; reading no further keeps long sentences linear.
      const before = flat.slice(Math.max(0, start - 16), start);
      const momentStillThatDay = rule.moment === true && (HEDGED_WITHIN_THE_DAY.test(text) || BOUNDED_FROM_ABOVE.test(before));
      if (NOT_EXACT.test(before) && !momentStillThatDay && !(/^the\b/i.test(text) && OVER_A_NAMED_SPAN.test(before))) continue;
      if (datesAnotherTime(flat.slice(Math.max(0, start - 60), start))) continue;
      const word = (match[1] ?? '').toLowerCase();
      const qualifier = rule.qualifier === 'fromGroup' ? HEDGE_WORDS[word] : rule.qualifier;
      const count = NUMBERS[word] ?? ORDINALS[word] ?? Number.parseInt(word, 10);
      const amount = typeof rule.amount === 'number' ? rule.amount : rule.amount(count, match);
      if (Number.isNaN(amount)) continue;
      found.push({
        kind: 'relative',
        index: start,
        text,
        amount,
        unit: rule.unit,
        ...(rule.fromStory === true ? { story: rule.story ?? (match[2] ?? '').toLowerCase() } : {}),
        ...(rule.fromEnd === true ? { storyEnd: true } : {}),
        ...(rule.orHappeningTold === true ? { orHappeningTold: true } : {}),
        ...(rule.justBegun === true ? { justBegun: true } : {}),
        ...(rule.dayOfStory === true ? { dayOfStory: true } : {}),
        ...(rule.span === undefined ? {} : { endAmount: rule.span(count, match) }),
        ...(rule.strictlyAfter === true ? { strictlyAfter: true } : {}),
        ...(rule.ofPublicationWeek === true ? { ofPublicationWeek: true } : {}),
        ...(rule.unhedged === true ? { unhedged: true } : {}),
        ...(rule.timeJustTold === true ? { timeJustTold: true } : {}),
        ...(rule.earlier === true ? { earlier: true } : {}),
        ...(rule.nextSeason === true ? { nextSeason: true } : {}),
        ...(rule.nextNamedMonth === true ? { nextNamedMonth: true } : {}),
        ...(rule.yields === true ? { yields: true } : {}),
        ...(qualifier === undefined ? {} : { qualifier }),
        ...(rule.morning === true ? { morning: true } : {}),
        ...(rule.moment === true ? { moment: true } : {}),
        ...(rule.ofFightingJustTold === true ? { ofFightingJustTold: true } : {}),
        ...(rule.dayAnchor === true ? { dayAnchor: true } : {}),
        ...(rule.fromNamedHappening === true ? { fromNamedHappening: true } : {}),
        ...(rule.sameDayAs === true ? { sameDayAs: rule.recalls ?? match[rule.namedGroup ?? 1] ?? '' } : {}),
        ...(rule.orDayJustTold === true ? { orDayJustTold: true } : {}),
        ...(rule.toldClause === true ? { toldClause: true } : {}),
        ...(rule.firstOfSeries === true ? { firstOfSeries: true } : {}),
        ...(rule.duringTold === true ? { duringTold: true } : {}),
        ...(rule.dayOfSpan === undefined ? {} : { dayOfSpan: rule.dayOfSpan }),
      });
    }
  }
  return found;
}
