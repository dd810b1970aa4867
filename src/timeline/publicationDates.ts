/**
 * A news post dates its happenings from the day it was published: "on Saturday", "yesterday",
 * "earlier this month", "last year". Only a post whose publication day is known says these (a
 * Wikipedia article never counts from the day it was copied), and the post tells what has
 * already happened, so a weekday is the last one on or before that day.
 */
import { HEDGE, hedged, monthHedge, MONTH_HEDGE } from './hedgedMonths.ts';
import { seasonFirstMonth } from './seasonMonths.ts';
import { addDays, daysInMonth, MONTH_NAME, monthFromIndex, monthNumber, type AbsoluteMention, type PartialDate } from './dateMention.ts';
import { BEFORE_SECOND_DAY_OF_TIME, NAMED_ACTOR_DID } from './relativeVocabulary.ts';

/** The day a post was published. */
export type PublicationDay = Required<PartialDate>;

/** The bare month an opening count of years is then refined by, later in its clause ("Two years ago … in August"), with its hedge. */
const CLAUSE_MONTH = `(?=,?[^,;.]{0,100}?\\bin\\s+${HEDGE}(${MONTH_NAME})\\b(?!\\s*\\d))`;

type SeasonName = 'spring' | 'summer' | 'autumn' | 'winter';
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface Rule {
  pattern: RegExp;
  date: (published: PublicationDay, match: RegExpMatchArray) => Omit<AbsoluteMention, 'kind' | 'index' | 'text'>;
}

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const countWord = (word: string): number => (/^an?$/i.test(word) ? 1 : Number(word) || NUMBER_WORDS.indexOf(word.toLowerCase()) + 1);

const shiftDays = ({ year, month, day }: PublicationDay, days: number): PartialDate => addDays(year, month, day, days);

// A weekday is a date only after a word that makes it one ("on Saturday", "late on Friday",
// "early Monday", "last Monday", "throughout Wednesday", "Thursday night", "the early hours of Tuesday", "as of Thursday", the day things stood, as "as of
// 5 March"): "Bloody Sunday" and "Black Friday" are names.
const WEEKDAY = `(${WEEKDAYS.join('|')})`;
const dayBefore = (published: PublicationDay, weekday: string): number => {
  const today = new Date(Date.UTC(published.year, published.month - 1, published.day)).getUTCDay();
  return (today - WEEKDAYS.indexOf(weekday) + 7) % 7;
};
/** Two weekdays as one span: the first taken as "on Saturday" is, the second the next such day after it. */
const spanOfTwoWeekdays: Rule['date'] = (published, match) => {
  const first = shiftDays(published, -dayBefore(published, match[1] ?? ''));
  const apart = (WEEKDAYS.indexOf(match[2] ?? '') - WEEKDAYS.indexOf(match[1] ?? '') + 7) % 7 || 7;
  return { ...first, end: addDays(first.year ?? published.year, first.month ?? published.month, first.day ?? published.day, apart) };
};
/** "On the night of Saturday to Sunday": a night named by its two weekdays spans both, as "the night of 29 to 30 January" does (guide). */
const NIGHT_OF_TWO_WEEKDAYS: Rule = { pattern: new RegExp(`\\bnight of ${WEEKDAY} (?:to|into|and) ${WEEKDAY}\\b`, 'g'), date: spanOfTwoWeekdays };
/**
 * "Between Friday and Sunday almost 90 millimetres of rain fell": a stretch told between two weekdays spans both, as "between 10
 * and 12 April" does.
 */
const BETWEEN_TWO_WEEKDAYS: Rule = { pattern: new RegExp(`\\b[Bb]etween ${WEEKDAY} and ${WEEKDAY}\\b`, 'g'), date: spanOfTwoWeekdays };
/**
 * "Overnight into Sunday, Russia fired 472 drones": a night named only by the day it runs into is the night of the day before to
 * that day, a range of the two, as "the night of Saturday to Sunday" is (guide); the Sunday taken as "on Sunday" is.
 */
const NIGHT_INTO_WEEKDAY: Rule = {
  pattern: new RegExp(`\\b(?:[Oo]vernight|[Tt]he night) into ${WEEKDAY}\\b`, 'g'),
  date: (published, match) => {
    const back = dayBefore(published, match[1] ?? '');
    return { ...shiftDays(published, -back - 1), end: shiftDays(published, -back) };
  },
};
// "Wednesday's strikes hit …", "In Tuesday's shelling, …": a weekday owning the happening a sentence opens with names the day it
// took place, as "the strikes on Wednesday" does. Further in, the happening is often only named in an analysis ("The road from the
// 1994 ceasefire to Friday's handshake took 31 years"), which dates nothing. Nor does it when the sentence counts back from it to
// an earlier happening it tells (below).
const COUNT_BACK = `(an?|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}) (day|week)s? after(?=\\s+${NAMED_ACTOR_DID})`;
// "Friday's attack came four years almost to the day after gunmen … killed 141 people …, on 21 March 2021": set years or months
// after an earlier happening, the weekday's one is compared with it; the sentence tells the earlier one, dated as written.
const YEARS_AFTER = `[a-z ]{0,40}?\\b(?:years?|months?)\\b[^,;.]{0,30}?\\bafter\\b`;
// "Tuesday's strike was not the first of its kind": a ranking of the weekday's happening among its like, analysis, no day told.
const RANKED = `[a-z]+ (?:was|is) (?:not )?(?:the|one of the) (?:first|last|deadliest|largest|worst|heaviest|biggest)\\b`;
const POSSESSIVE_WEEKDAY = `(?:(?<=^)|(?<=^(?:In|During) ))${WEEKDAY}['’]s\\b(?! (?:[a-z]+ (?:came|happened) (?:${COUNT_BACK}|${YEARS_AFTER})|${RANKED}))`;
/**
 * "Wednesday's strike came two days after President Volodymyr Zelenskyy asked …": the sentence tells the earlier happening, a
 * flashback counted back from the day of the one its weekday owns (guide), as "The massacre came five days after an ambush …"
 * counts back from the massacre's (`countedBackPhrases.ts`). Only before a clause: "Tuesday's attack came a day after the first
 * anniversary …" sets the attack beside a date (`judgement.ts`).
 */
const COUNTED_BACK_FROM_WEEKDAY: Rule = {
  pattern: new RegExp(`(?<=^\\s*${WEEKDAY}['’]s [a-z]+ (?:came|happened) )${COUNT_BACK}`, 'g'),
  date: (published, match) => {
    const [, weekday = '', count = '', unit = ''] = match;
    return shiftDays(published, -dayBefore(published, weekday) - countWord(count) * (unit === 'week' ? 7 : 1));
  },
};
// "Workers spent Monday laying booms", "closed the road for most of Friday", "The shooting continued into Sunday": the day spent at
// something, or a lasting reached, is that day; two days spent ("spent Wednesday and Thursday") name no one day, nor does "for Monday".
const SPENT_WEEKDAY = `(?<=\\b[Ss]pent (?:(?:most|much|all) of )?|\\b(?:[Ff]or|[Dd]uring) (?:most|much|all) of |\\b(?:continued|lasted|went on) into )${WEEKDAY}\\b(?! and )`;
const WEEKDAY_RULE: Rule = {
  pattern: new RegExp(
    `\\b(?:(?:[Ll]ate|[Ee]arly) )?(?:[Oo]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Aa]s of|[Ll]ast|[Tt]his past|[Tt]hroughout) ${WEEKDAY}\\b|\\b(?:[Ll]ate|[Ee]arly) ${WEEKDAY}\\b|\\b${WEEKDAY}(?= (?:morning|afternoon|evening|night)\\b)|\\b(?:(?:early|small) )?(?:hours|morning|afternoon|evening|night) of ${WEEKDAY}\\b|\\b${WEEKDAY}${BEFORE_SECOND_DAY_OF_TIME}|${POSSESSIVE_WEEKDAY}|${SPENT_WEEKDAY}`,
    'g',
  ),
  date: (published, match) => {
    const weekday = WEEKDAYS.indexOf(match.slice(1).find((group) => group !== undefined) ?? '');
    const today = new Date(Date.UTC(published.year, published.month - 1, published.day)).getUTCDay();
    const strictlyBefore = /\blast\b|\bpast\b/i.test(match[0]);
    let back = (today - weekday + 7) % 7;
    if (back === 0 && strictlyBefore) back = 7;
    return shiftDays(published, -back);
  },
};
const RULES: Rule[] = [
  NIGHT_OF_TWO_WEEKDAYS,
  BETWEEN_TWO_WEEKDAYS,
  NIGHT_INTO_WEEKDAY,
  COUNTED_BACK_FROM_WEEKDAY,
  WEEKDAY_RULE,
  // "A year ago today" names the day as well as the count: the publication's day that many years, months or weeks before.
  {
    pattern: /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (week|month|year)s? ago today\b/gi,
    date: (published, match) => {
      const count = countWord(match[1] ?? '');
      const unit = (match[2] ?? '').toLowerCase();
      if (unit === 'week') return shiftDays(published, -7 * count);
      const { year, month } = monthFromIndex(published.year * 12 + published.month - 1 - (unit === 'year' ? 12 * count : count));
      return { year, month, day: Math.min(published.day, daysInMonth(year, month)) };
    },
  },
  // "Two years ago this week, soldiers … arrived": the week, not the day, that many years or months before (guide: "this week"
  // is around the publication day), so around the publication's day then; read before "this week" alone.
  {
    pattern: /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (month|year)s? ago this week\b/gi,
    date: (published, match) => {
      const count = countWord(match[1] ?? '');
      const months = (match[2] ?? '').toLowerCase() === 'year' ? 12 * count : count;
      const { year, month } = monthFromIndex(published.year * 12 + published.month - 1 - months);
      return { year, month, day: Math.min(published.day, daysInMonth(year, month)), qualifier: 'around' };
    },
  },
  { pattern: /\byesterday\b/gi, date: (published) => shiftDays(published, -1) },
  // "Last night the army left Gori": the night before the post's day, told as "yesterday evening" is; "the last night of the siege" is the story's.
  { pattern: /(?<!\bthe\s)\blast night\b/gi, date: (published) => shiftDays(published, -1) },
  // "early this morning" is a time of the day, no hedge on the date: the phrase takes its "early" whole.
  { pattern: /\b(?:earlier )?today\b|\b(?:(?:early|late) )?this (?:morning|afternoon|evening)\b|\btonight\b/gi, date: (published) => ({ ...published }) },
  // "As of this writing, the highway is still closed": opening the sentence, the state things stood in on the day the post was
  // written (guide); closing a clause that tells what has not happened yet ("No group has claimed it as of this writing") it dates nothing.
  { pattern: /^\s*(?:As of|At the time of) (?:this )?writing\b/g, date: (published) => ({ ...published }) },
  { pattern: new RegExp(`\\b(?:earlier\\s+|${HEDGE})this month\\b`, 'gi'), date: ({ year, month }, match) => hedged({ year, month }, match) },
  // "the last month of the battle" is a month of the story, not the month before the post, as "the last January" is no "last January".
  {
    pattern: new RegExp(`(?<!\\bthe\\s)\\b${HEDGE}last month\\b`, 'gi'),
    date: ({ year, month }, match) => hedged(month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 }, match),
  },
  // A week is no day: "last week" is about the day a week before, as "the week of 10 May" is about 10 May.
  { pattern: /(?<!\bthe\s)\blast week\b/gi, date: (published) => ({ ...shiftDays(published, -7), qualifier: 'around' }) },
  { pattern: /\bthis week\b/gi, date: (published) => ({ ...published, qualifier: 'around' }) },
  // The weekend is over by the time the post tells what has happened since it began.
  {
    pattern: /\bsince the weekend\b/gi,
    date: (published) => {
      const today = new Date(Date.UTC(published.year, published.month - 1, published.day)).getUTCDay();
      return shiftDays(published, -((today + 1) % 7));
    },
  },
  // "Over the weekend" names both its days, as "the weekend of 19–20 November" does: the last Saturday and the Sunday after it;
  // so does "this weekend" told in the past ("Queues … stretched for several kilometres this weekend" in a Monday post), and the
  // weekend spent at something ("The convoy spent the weekend at an army post"), as a weekday spent is that day.
  {
    pattern: /\b(?:(?:over|at|during) the|this(?: past)?|(?<=\b[Ss]pent )the) weekend\b(?! of\b)/gi,
    date: (published) => {
      const saturday = shiftDays(published, -((new Date(Date.UTC(published.year, published.month - 1, published.day)).getUTCDay() + 1) % 7));
      return { ...saturday, end: addDays(saturday.year ?? published.year, saturday.month ?? published.month, saturday.day ?? published.day, 1) };
    },
  },
  // "Two years ago the town went without water for five days in August": an opening count of years whose clause then names a bare
  // month is that month, that many years back, as "Last year, … in September" is (below); found before the count alone.
  {
    pattern: new RegExp(`^(two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}) years ago${CLAUSE_MONTH}`, 'gi'),
    date: ({ year }, match) => hedged({ year: year - countWord(match[1] ?? ''), month: monthNumber(match[4] ?? '') ?? 1 }, match, 2),
  },
  // "three days ago" is a day; weeks are about a day, as "last week"; months and a year keep their month, but several years
  // ("eight years ago") are told to the year.
  {
    pattern: /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (day|night|week|month|year)s? ago\b/gi,
    date: (published, match) => {
      const count = countWord(match[1] ?? '');
      const unit = (match[2] ?? '').toLowerCase();
      // "Two nights ago" is the night begun two days before, dated by that day as "last night" is by yesterday.
      if (unit === 'day' || unit === 'night') return shiftDays(published, -count);
      if (unit === 'week') return { ...shiftDays(published, -7 * count), qualifier: 'around' };
      if (unit === 'year' && count > 1) return { year: published.year - count };
      const months = published.year * 12 + published.month - 1 - (unit === 'year' ? 12 * count : count);
      return monthFromIndex(months);
    },
  },
  // "at the beginning of April last year", "late May this year", "Late in March this year", "in the last week of September last
  // year": a part of that month, hedged as the month written out with its year is (`hedgedMonths.ts`); found before the bare
  // month below, which would take the words without their hedge.
  {
    pattern: new RegExp(`\\b(${MONTH_HEDGE})(?:\\s+in)?[\\s-]+(${MONTH_NAME})\\s+(last|this)\\s+year\\b`, 'gi'),
    date: ({ year }, match) => {
      const qualifier = monthHedge(match[1] ?? '');
      const month = { year: /^last$/i.test(match[3] ?? '') ? year - 1 : year, month: monthNumber(match[2] ?? '') ?? 1 };
      return qualifier === undefined ? month : { ...month, qualifier };
    },
  },
  // "September last year", "in May this year": a month of the year the words name; "4 to 5 June last year", "between 25 and
  // 27 July this year" a range of its days, and "from 31 March to 1 April this year" one across two months.
  {
    pattern: new RegExp(
      `(?:\\b(?:(\\d{1,2})(?:\\s+(${MONTH_NAME}))?\\s*(?:to|–|-)\\s*|(?<=\\b[Bb]etween\\s{1,3})(\\d{1,2})\\s+and\\s+)?(\\d{1,2})\\s+)?(${MONTH_NAME})\\s+(last|this)\\s+year\\b`,
      'g',
    ),
    date: ({ year }, match) => {
      const month = { year: match[6] === 'last' ? year - 1 : year, month: monthNumber(match[5] ?? '') ?? 1 };
      const [first, last] = [Number(match[1] ?? match[3]), Number(match[4])];
      const valid = (day: number) => day >= 1 && day <= 31;
      const startMonth = match[2] === undefined ? undefined : monthNumber(match[2]);
      if (startMonth !== undefined && startMonth !== month.month && valid(first) && valid(last)) {
        const startYear = startMonth > month.month ? month.year - 1 : month.year;
        return { year: startYear, month: startMonth, day: first, end: { ...month, day: last } };
      }
      if (valid(first) && valid(last) && first < last) return { ...month, day: first, end: { ...month, day: last } };
      return valid(last) ? { ...month, day: last } : month;
    },
  },
  // "Last January" in an October post is January of that year; in a January post, the one a year before.
  {
    pattern: new RegExp(`(?<!\\bthe\\s)\\b[Ll]ast\\s+(${MONTH_NAME})(?!\\s*\\d)`, 'g'),
    date: ({ year, month }, match) => {
      const named = monthNumber(match[1] ?? '') ?? 1;
      return { year: named < month ? year : year - 1, month: named };
    },
  },
  // "Last autumn" in an April post is the autumn before, the last one over by the publication's month; "this winter" in a
  // January post is the winter that began in December, a winter being of the year it starts in (guide: "the winter of 2024–2025").
  {
    pattern: /(?<!\bthe\s)\b(last|this)\s+(spring|summer|autumn|fall|winter)\b/gi,
    date: ({ year, month }, match) => {
      const season = (match[2] ?? '').toLowerCase() === 'fall' ? 'autumn' : ((match[2] ?? '').toLowerCase() as SeasonName);
      const first = seasonFirstMonth(season) ?? 6;
      if (/^this$/i.test(match[1] ?? '')) return { year: season === 'winter' && month < first - 9 ? year - 1 : year, qualifier: season };
      // A season of year Y ends two months after it begins (a winter in the February of Y + 1).
      const endsBy = (seasonYear: number) => seasonYear * 12 + first + 2 < year * 12 + month;
      return { year: endsBy(year) ? year : year - 1 - (endsBy(year - 1) ? 0 : 1), qualifier: season };
    },
  },
  // "in the spring of last year", "the summer of this year": that season of the year the words name, as "the spring of 2024" is.
  {
    pattern: /\b(spring|summer|autumn|fall|winter)\s+of\s+(last|this)\s+year\b/gi,
    date: ({ year }, match) => {
      const season = (match[1] ?? '').toLowerCase() === 'fall' ? 'autumn' : ((match[1] ?? '').toLowerCase() as SeasonName);
      return { year: /^last$/i.test(match[2] ?? '') ? year - 1 : year, qualifier: season };
    },
  },
  // "Last year, a shortage in the town lasted almost three weeks in September": an opening "Last year," whose clause then names a
  // bare month is that month of last year, as "in September last year" is.
  {
    pattern: new RegExp(`^Last year(?=,)${CLAUSE_MONTH}`, 'g'),
    date: ({ year }, match) => hedged({ year: year - 1, month: monthNumber(match[3] ?? '') ?? 1 }, match),
  },
  { pattern: new RegExp(`(?<!\\bthe\\s)\\b${HEDGE}last year\\b`, 'gi'), date: ({ year }, match) => hedged({ year: year - 1 }, match) },
  { pattern: new RegExp(`\\b(?:earlier\\s+|${HEDGE})this year\\b`, 'gi'), date: ({ year }, match) => hedged({ year }, match) },
];

const POSSESSIVE = /^['’]s\b/;

/** "on Monday, 6 February", "Monday, February 6": a weekday written with its date names that date, which the date itself gives. */
const DATE_FOLLOWS = new RegExp(`^,?\\s+(?:\\d{1,2}\\s+(?:${MONTH_NAME})\\b|(?:${MONTH_NAME})\\s+\\d{1,2}\\b)`);
/**
 * "Today their old headquarters stand empty", "Today it hosts the 4th Centre, and its jets have flown …": "Today" opening a description in the present
 * is the post's own now, no day a happening took place on (guide: a description), unlike "Today the curfew was extended".
 */
const TODAY_DESCRIBES = /^Today,?\s+(?:(?!(?:said|was|were|had)\b)\S+\s+){0,20}?(?:is|are|(?:stand|remain|lie|employ|house|hold|live|work|host|serve)s?)\b/;
/**
 * "Five years ago, in April 2020, thousands gathered", "Just over a week ago, on the night of 17 to 18 August", "Earlier this month,
 * on 3 November": the date after the count or the period restates it and dates the sentence ("Last year, on 27 October": that year's).
 */
const RESTATED_AFTER = new RegExp(
  `^,\\s+(?:in|on)\\s+(?:the\\s+night\\s+of\\s+)?(?:(?:early|mid|late)[\\s-]+)?(?:(?:\\d{1,2}(?:\\s+(?:to|and|into)\\s+\\d{1,2})?\\s+)?(?:${MONTH_NAME})(?:\\s+\\d{1,2})?,?\\s+\\d{4}\\b|\\d{1,2}(?:\\s+(?:to|and|into)\\s+\\d{1,2})?\\s+(?:${MONTH_NAME})\\b)`,
);

/** The publication-relative dates of a sentence (`flat`: no line breaks), as stated dates. */
export function findPublicationDates(flat: string, published: PublicationDay): AbsoluteMention[] {
  const found: AbsoluteMention[] = [];
  for (const rule of RULES) {
    for (const match of flat.matchAll(rule.pattern)) {
      // "September last year" was taken whole: its "last year" is no second date.
      if (found.some((other) => match.index < other.index + other.text.length && other.index < match.index + match[0].length)) continue;
      // "this year's juntas", "yesterday's attack": a date written before what it dates is a label, as "the 2022 invasion" is.
      const end = match.index + match[0].length;
      if (POSSESSIVE.test(flat.slice(end, end + 3))) continue;
      if (rule === WEEKDAY_RULE && DATE_FOLLOWS.test(flat.slice(end, end + 16))) continue;
      if (rule !== WEEKDAY_RULE && !/\byear\b/i.test(match[0]) && RESTATED_AFTER.test(flat.slice(end, end + 40))) continue;
      if (match.index === 0 && TODAY_DESCRIBES.test(flat)) continue;
      found.push({ kind: 'absolute', index: match.index, text: match[0], ...rule.date(published, match) });
    }
  }
  return found;
}
