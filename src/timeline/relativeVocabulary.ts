/**
 * The words relative date phrases are built of (counts, ordinals, the nouns a story or a happening
 * goes by, weekdays) and the shape of one phrase rule; `relativePhrases.ts` holds the rules.
 */
import type { RelativeMention } from './dateMention.ts';
import type { Qualifier } from './types.ts';

export const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
};
export const COUNT = `(${Object.keys(NUMBERS).join('|')}|\\d{1,2})`;
/** The days a count of days or weeks spans, its count a word of `NUMBERS` or digits ("five days", "2 weeks"). */
export function daysCounted(count: string, unit: string): number {
  return (NUMBERS[count.toLowerCase()] ?? Number.parseInt(count, 10)) * (unit.toLowerCase().startsWith('week') ? 7 : 1);
}
/**
 * "… after President Volodymyr Zelenskyy asked …", "… after Ukraine said …": a named actor and what it did, an earlier happening
 * told as a clause rather than named by a noun. Bounded name.
 */
export const NAMED_ACTOR_DID = `(?:[A-Z][^\\s,;:]*\\s+){1,4}(?:said|asked|announced|told|warned|claimed|[a-z]{3,}ed)\\b`;

export const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};
export const ORDINAL = `(${Object.keys(ORDINALS).join('|')}|\\d{1,2}(?:st|nd|rd|th))`;
/** What "the second day of …" counts: the story itself, never "the second day of talks". */
export const STORY_NOUN = '(battle|offensive|siege|operation|assault|attack|fighting|invasion|clashes|campaign|war|uprising|revolt)';
/** A happening of one moment an article may be about ("Mykolaiv regional administration strike"): its first day is its day. */
export const MOMENT_STORY = '(?:missile )?(strike|airstrike|explosion|blast|bombing)';
/** The same, or the attacks a one-day attack's story is made of ("the day after the attacks"); one "attack" may be a later one told. */
export const MOMENT_OR_ATTACKS = '(?:missile )?(strike|airstrike|explosion|blast|bombing|attacks)';
/** Where people are held, or the state they live under, that a report is about and counts days of ("the 27th day in the basement"). */
export const CONFINEMENT = '(basement|cellar|shelter|bunker|captivity|occupation|blockade)';
/** Gatherings a text tells on one day, whose day "the same conference" names. */
export const GATHERING = '(?:conference|meeting|session|summit|congress|ceremony|gathering)';
/** Where what someone said was said: "Speaking at the ceremony, …", "At the funeral, …" (see `relativePhrases.ts`). */
export const SPOKEN_AT = `(?:${GATHERING}|funeral|rally|opening|inauguration|news conference|press conference)`;
/**
 * Steps of a story told in words, not arms, which a dated sentence names by its verb ("voted on Tuesday" for "the vote"), a gathering
 * among them, and an arrest, which the text may tell as a detention ("detained … on Wednesday", see `namedHappening.ts`).
 */
export const TOLD_STEP = `(?:vote|ballot|election|signing|ruling|verdict|announcement|speech|inauguration|arrest|${GATHERING})`;
/** A happening a moment is counted from ("seconds before the explosion", "hours after the storming" of a building): one just told, not a clause of its own. */
export const HAPPENING = '(?:explosions?|blasts?|strikes?|airstrikes?|attacks?|impacts?|shelling|bombing|bombardment|assault|storming|crash)';
/** Fighting that lasts, that an opening "During the …," places on the day just told only after a sentence telling fighting. */
export const LASTING_FIGHT = 'fighting';
/** A happening told as one move, that an opening "During the …," places the sentence in ("During the breakout, …"). */
export const ONE_MOVE = `(?:${HAPPENING}|breakout|withdrawal|retreat|crossing|escape|evacuation|raid|ambush)`;
/** Hedges that make a count vague ("less than a month later") or a duration ("wait for three days before"): no day. */
/** "the day before the invasion" counts from the invasion, not from the previous date. */
export const NOTHING_COUNTED = '(?!\\s+(?:the|a|an|his|her|its|their)\\b)';

export interface Rule {
  pattern: RegExp;
  /**
   * Lower-case text of which every match of `pattern` holds at least one, read off the pattern: a sentence holding none of them
   * (compared lower-cased) cannot match, so the rule is skipped unread (`ruleNeeds.ts`; `relativePhraseNeeds.test.ts` checks each list).
   */
  needs: readonly string[];
  unit: RelativeMention['unit'];
  /** Fixed offset, or a function of the matched count (and of the match, for a weekday's name). */
  amount: number | ((count: number, match: RegExpMatchArray) => number);
  /** A weekday after the anchor's day, never on it. */
  strictlyAfter?: true;
  /** A weekday of a news post's own week (see `RelativeMention.ofPublicationWeek`). */
  ofPublicationWeek?: true;
  /** Takes the anchor's date without its hedge. */
  unhedged?: true;
  /** Names the time just told at its precision, hedge and all (see `RelativeMention.timeJustTold`). */
  timeJustTold?: true;
  /** Names a part of the anchor's month or year before its day (see `RelativeMention.earlier`). */
  earlier?: true;
  /** Names the first such season after the anchor (see `RelativeMention.nextSeason`). */
  nextSeason?: true;
  /** Names the first such month after the anchor's (see `RelativeMention.nextNamedMonth`). */
  nextNamedMonth?: true;
  /** A date the sentence states dates it instead, whatever its clause (see `RelativeMention.yields`). */
  yields?: true;
  /** Counts from the first day of the story the phrase names (its second group): "the second day of the offensive". */
  fromStory?: true;
  /** The story counted from when the phrase names none ("by the end of the first week": the fighting the article tells). */
  story?: string;
  /** Names the last day of that story ("by the end of the operation"), not its first. */
  fromEnd?: true;
  /** With `fromStory`: a story not the article's own is a happening told before (see `RelativeMention.orHappeningTold`). */
  orHappeningTold?: true;
  /** Only while the day just told is the story's first (see `RelativeMention.justBegun`). */
  justBegun?: true;
  /** Names the story by its day ("the day of the attack"), see `RelativeMention.dayOfStory`. */
  dayOfStory?: true;
  /** For a span of days ("during the next two days"): its last day, counted like `amount`. */
  span?: (count: number, match: RegExpMatchArray) => number;
  /** "the next morning", which after a night is the morning that ends it (see `resolveRelative`). */
  morning?: true;
  /** Minutes or hours from the happening just told (see `RelativeMention.moment`). */
  moment?: true;
  /** Hours of fighting, counted only when the sentence just dated told fighting (see `RelativeMention.ofFightingJustTold`). */
  ofFightingJustTold?: true;
  /** Counts only from a day (see `RelativeMention.dayAnchor`). */
  dayAnchor?: true;
  /** Counted from the happening the phrase names (see `RelativeMention.fromNamedHappening`). */
  fromNamedHappening?: true;
  /** Its first group names a happening told before, whose day it is (see `RelativeMention.sameDayAs`). */
  sameDayAs?: true;
  /** With `sameDayAs`: the words naming the happening when the phrase names only a part of it ("the first round" of a vote). */
  recalls?: string;
  /** With `sameDayAs`: the group naming the happening, when the first holds a count. */
  namedGroup?: number;
  /** With `sameDayAs`: when no sentence told the happening, the day just told (see `RelativeMention.orDayJustTold`). */
  orDayJustTold?: true;
  /** With `sameDayAs`: the group is a verb and its object, all of whose words the sentence told must hold (see `RelativeMention.toldClause`). */
  toldClause?: true;
  /** Counted from the first of a series told before (see `RelativeMention.firstOfSeries`). */
  firstOfSeries?: true;
  /** Places the sentence during the happening just told (see `RelativeMention.duringTold`). */
  duringTold?: true;
  /** Names the first or the last day of the range just told (see `RelativeMention.dayOfSpan`). */
  dayOfSpan?: 'first' | 'last';
  /** The hedge the phrase puts on its date: fixed ("the end of the year" is late), or its first group's word ("early the next month"). */
  qualifier?: Qualifier | 'fromGroup';
}

/** A hedge word before "the next month": its qualifier. */
export const HEDGE_WORDS: Record<string, Qualifier> = {
  early: 'early',
  mid: 'mid',
  'mid-': 'mid',
  late: 'late',
  spring: 'spring',
  summer: 'summer',
  autumn: 'autumn',
  fall: 'autumn',
  winter: 'winter',
};

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const WEEKDAY = `(${WEEKDAYS.join('|')})`;
/** "the worst day", "the bloodiest day": a day judged, in a line that names it ("The 9th is the worst day for the town."). */
export const JUDGED_DAY = '(?:the (?:[a-z]+est|worst|best|most [a-z]+) day)';
/** A rule's `needs` when its every match names a weekday. */
export const WEEKDAY_NEEDS: readonly string[] = WEEKDAYS.map((name) => name.toLowerCase());
/** "spent Wednesday and Thursday nights at the airport": a weekday sharing a time of day with the next named is the first named (guide). */
export const BEFORE_SECOND_DAY_OF_TIME = `(?= and (?:${WEEKDAYS.join('|')}) (?:mornings|afternoons|evenings|nights)\\b)`;

/** The weekday a phrase names (0 = Sunday), from whichever of its groups matched. */
export function weekdayOf(_count: number, match: RegExpMatchArray): number {
  // Any group may hold it, however many alternatives a pattern has: a missed one would read as -1, a look back.
  return WEEKDAYS.indexOf(match.slice(1).find((group) => group !== undefined) ?? '');
}
