/**
 * What the recognisers find in a sentence before the article's context says
 * which year it is: the shared vocabulary of recognition and resolution.
 */
import type { Qualifier } from './types.ts';

/** A calendar date as far as the text states it; `year` is astronomical (0 = 1 BC). */
export interface PartialDate {
  year?: number;
  month?: number;
  day?: number;
}

/** "10 February", "mid-May 2013", "in 2013", "winter 2012", "6–8 June 1944". */
export interface AbsoluteMention extends PartialDate {
  kind: 'absolute';
  /** Offset of `text` in the sentence. */
  index: number;
  /** The exact substring that states the date (with its hedge word: "early July"). */
  text: string;
  qualifier?: Qualifier;
  /** Last day of a range, when the text gives one. */
  end?: PartialDate;
  /** The text says the year is the one before ("In May of the same year"). */
  sameYear?: boolean;
  /** With `sameYear`, the text says the year after that one ("in April of the following year"). */
  nextYear?: true;
  /**
   * In an opening phrase ("Following his statement on 19 September, …"), a relative clause
   * ("Saakashvili, who had come to power in November 2003, was elected in January 2004") or a
   * participle phrase describing a noun ("weapons captured from the army in 2012"): a date
   * of the main clause dates the sentence before it; a clause's date outside the story never does.
   */
  background?: 'opening' | 'clause';
  /** In a "where" clause telling what happened at a place the main clause names: it yields to the main clause's date, but is the story's, even outside its window. */
  place?: true;
  /** In a clause telling what the main clause's act did next ("imposed sanctions, which hit Mali hard in 2022"): the story's, even outside its window. */
  outcome?: true;
  /** It dates the happening the first main clause's subject names ("The decentralisation of 2002 made Toumour a commune"): that clause's date. */
  subject?: true;
  /** A dated happening as the subject of a verb of causing ("The capture of the town on 10 January prompted …"): the main clause's "the following day" counts from it. */
  causes?: true;
  /**
   * In an aside telling a named thing's own past ("the reserve, founded in 1898 by a landowner,"): background, unless
   * the thing is the article's own subject, which the article's defining first sentence names ("The brigade, formed on
   * 20 July 2015, is a marine brigade").
   */
  aside?: true;
  /** A main clause's date after a clause break and another date ("…in November 1983, …, and in the spring of 1984 …"): stated, though it dates nothing. */
  laterClause?: true;
  /** It dates the happening a "since" clause counts a state from ("and since his army retook the region in September 2023 he has shown …"): a baseline, not a step of the story. */
  sinceBaseline?: true;
  /** The day of a reporting clause closing the sentence ("…, the government said yesterday."): when the news came, where the story does not stand. */
  reportTail?: true;
  /** Its relative clause tells what still held then ("a fire that firefighters were still fighting this morning"): told from a later time than the story's day, it moves no anchor. */
  stillHolds?: true;
  /** Its clause is in the pluperfect ("the assailants had gathered … late on Saturday"): told out of the story's order, it may be a flashback. */
  pluperfect?: true;
  /** With `pluperfect`, a relative clause's simple past before a main verb in the present ("Three children who left Zybyne in March sing …"): its month is the last before the day told. */
  pastBeforePresent?: true;
  /** With `pluperfect`, a state a clause set between commas held since the date ("Boko Haram, which had been fighting the government since 2009, …"): its holder's past, never the sentence's happening. */
  stateSince?: true;
  /** The day of a claim about what had happened ("claimed on 7 September that it had been a missile attack"): told later than what it is about. */
  laterReport?: true;
  /** The start of a state recalled in the present perfect ("have been waiting since April 10"): a flashback, no anchor. */
  perfectSince?: true;
  /** A day declared one of mourning ("declared 16 July a day of mourning"): the day the declaring is dated by, even after a post's day. */
  declaredDay?: true;
  /** The later day a casualty of the day's happening died, told in a relative clause ("…, who died of her injuries on 1 July,"): a step forward out of the story's order. */
  diedLater?: true;
  /** It bounds a state the main clause held until a happening a relative clause dates ("held it until the counteroffensive, which reached Lyptsi on 11 September 2022"). */
  boundsState?: true;
  /** It is the date of a happening an opening phrase names, no clause ("After the coup of May 2021, …"): a main clause's relative phrase outweighs it. */
  namedInOpening?: true;
  /** It is in an opening "After" clause with its own subject and verb ("After King Solomon I abolished the duchy in 1769, …"): it dates the first main clause over a second's date. */
  afterClause?: true;
  /** Its (last) day is reached at the end of a night ("before dawn on 5 June", "the night of 4 to 5 June"): the next morning is that day's. */
  endsNight?: true;
  /**
   * It names a night by the day it began ("the night of March 11") or tells that day's evening ("on Sunday evening"): the morning
   * that ends the night, or midnight, is the next day's.
   */
  beginsNight?: true;
  /**
   * It only dates a count of people or a side's strength ("The UN estimated in late 2015 that some 200,000 civilians remained"):
   * no happening, but a date the text states, so what follows counts from it ("Later that month", GUIDE.md: relative dates).
   */
  countOnly?: true;
  /** A day without a year set beside a count from a named happening ("On 6 June, two days before the attack at Mala Tokmachka,"): that count gives its year. */
  countedFrom?: { words: string; days: number };
}

/** "Three days later", "the same day", "in the evening", "a month later", "on the 9th", "the second day of the battle". */
export interface RelativeMention {
  kind: 'relative';
  index: number;
  text: string;
  /** How far from the anchor, in `unit`s; for `dayOfMonth`, the day of the anchor's month ("on the 9th"); for `weekday`, the weekday (0 = Sunday). */
  amount: number;
  unit: 'day' | 'month' | 'year' | 'dayOfMonth' | 'weekday';
  /** A weekday after the anchor's day, never on it ("the following Monday"). */
  strictlyAfter?: true;
  /** A weekday of a news post's own week whatever the anchor ("declared Thursday a day of mourning"), counted from its day. */
  ofPublicationWeek?: true;
  /** A state from the anchor on ("from then on"): the day things stood, without the anchor's hedge, as "Since November 2011" has none. */
  unhedged?: true;
  /** "the following summer": the first such season that begins after the anchor, its qualifier the season. */
  nextSeason?: true;
  /** "the following January": the first such month after the anchor's, its `amount` the month's number. */
  nextNamedMonth?: true;
  /** It names the time just told, at its precision ("said at the time"): a day the text put only around is still that time. */
  timeJustTold?: true;
  /** It names a part of the anchor's month or year before the anchor ("earlier in the month"): a look back, which moves no anchor. */
  earlier?: true;
  /** A state counted from the anchor ("Since then, …") that a date the sentence states outweighs in any clause: never `firstClause`. */
  yields?: true;
  /** The story whose first day it counts from ("offensive" in "the second day of the offensive"); absent: from the previous date. */
  story?: string;
  /** It names the last day of that story, not its first ("by the end of the operation"). */
  storyEnd?: true;
  /** It counts the story's first days ("within the first two days") only while the day just told is its first; else another happening's. */
  justBegun?: true;
  /** It names the story by its day ("on the day of the attack"): only a story of one day has one; of a longer one it is the day just told. */
  dayOfStory?: true;
  /** For a span ("during the next two days"), how far its last day is from the anchor; for a weekday's span ("that weekend"), from that weekday. */
  endAmount?: number;
  /** The hedge the phrase puts on a month or year ("early the next month", "the end of the year"). */
  qualifier?: Qualifier;
  /**
   * It dates the sentence's first clause, and the explicit dates come only in a later one
   * ("Kidal fell eight days later, and the MNLA declared independence on 6 April"): the first-named
   * happening dates the sentence.
   */
  firstClause?: boolean;
  /** "the next morning": after a night that ended on the anchor's day, that day's morning. */
  morning?: true;
  /** A casualty's later death counted from the day ("…, who dies in hospital two days later"): it dates its sentence, no anchor. */
  diedLater?: true;
  /** The words naming a happening told before whose day it is ("signing ceremony" in "on the same day as the signing ceremony"). */
  sameDayAs?: string;
  /**
   * With `story`: when that story is not the article's own, the happening of that name the text told before with its day
   * ("two days after the strike" in a siege's article counts from the strike it told).
   */
  orHappeningTold?: true;
  /** With `sameDayAs`: a happening no sentence told is one just told, so the phrase means the day just told ("on the day of the explosion"). */
  orDayJustTold?: true;
  /**
   * With `sameDayAs`: the words are a verb and its object ("reached the highway" in "On the day the army reached the highway"),
   * so the sentence that told it holds them all, not any one ("the army" is in many).
   */
  toldClause?: true;
  /** "a week after the first": counted from the first of a series the text told to the day (see `recallFirstOfSeries`). */
  firstOfSeries?: true;
  /** A moment counted from a happening the phrase itself names ("seconds before the explosion"), not from the date just stated. */
  fromNamedHappening?: true;
  /** A moment minutes or hours from the happening just told ("within minutes"): only a day the text fixed holds it, not one it put `around`. */
  moment?: true;
  /** Hours of fighting ("after several hours of fighting"): the day just told only when its sentence told fighting (see `justToldFighting`). */
  ofFightingJustTold?: true;
  /** It names the day just told ("by then"), so only a day the text stated anchors it; after a month or a year it dates nothing. */
  dayAnchor?: true;
  /**
   * It places the sentence during the happening just told ("During the breakout, …"): a night told with its two days is that
   * range, one day that day, and a longer span names no one day of it.
   */
  duringTold?: true;
  /**
   * It names the first or the last day of the range just told ("On the first day, …", "On the last day, …" after "From 10 to 12
   * September"). After one day, the first day is that day and the last names nothing.
   */
  dayOfSpan?: 'first' | 'last';
}

/** Anything a sentence says about when. */
export type DateMention = AbsoluteMention | RelativeMention;

/** A time of the day just told ("in the evening", "at 12:00", "just after dawn"): a relative phrase no days from its anchor. */
export const isTimeOfDay = (mention: DateMention): mention is RelativeMention => mention.kind === 'relative' && mention.unit === 'day' && mention.amount === 0;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Regex source for a capitalised month name or abbreviation ("March", "Feb.", "Sept"). */
export const MONTH_NAME =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?';
/** Regex source for a month's full name only ("March", not "Mar."), as a three-digit year or a period's label needs it. */
export const FULL_MONTH_NAME = `(?:${MONTHS.map((month) => month.charAt(0).toUpperCase() + month.slice(1)).join('|')})`;
const NAMES_MONTH = new RegExp(MONTH_NAME);
/** Whether a text names a month, in full or abbreviated. */
export const namesMonth = (text: string): boolean => NAMES_MONTH.test(text);

/** The preposition a date's own words open with ("on Thursday", "until Friday", "at the weekend": a news post's weekday read as a day), if any. */
export const ownPreposition = (text: string): string | undefined => /^(?:on|in|by|until|at)\s+/i.exec(text)?.[0];

/** 1-12 for a month name or abbreviation, undefined for anything else. */
export function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  const index = MONTHS.findIndex((month) => month.startsWith(key));
  return index === -1 || key.length < 3 ? undefined : index + 1;
}

/** The year and month `months` months after January of year 0; years before it (BC, as astronomers count) too. */
export function monthFromIndex(months: number): { year: number; month: number } {
  return { year: Math.floor(months / 12), month: (((months % 12) + 12) % 12) + 1 };
}

/** Days in a month of an astronomical year (proleptic Gregorian). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The calendar day `amount` days from a day. */
export function addDays(year: number, month: number, day: number, amount: number): { year: number; month: number; day: number } {
  // setUTCFullYear takes any year (Date.UTC maps 0-99 to 1900-1999) and rolls months over.
  const shifted = new Date(0);
  shifted.setUTCFullYear(year, month - 1, day + amount);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** The weekday of a day, 0 = Sunday. */
export function weekday(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCDay();
}

/** Whether a mention only dates a count (see `AbsoluteMention.countOnly`): an anchor, never a sentence's date. */
export const datesCountOnly = (mention: DateMention): boolean => mention.kind === 'absolute' && mention.countOnly === true;
