/**
 * Calendar dates with a month name, found by chrono-node: "10 February",
 * "October 2", "February 3, 2022", "November 2011", "6–8 June 1944",
 * "10 February - 20 April 2012". chrono's relative readings ("three days later")
 * are not taken from here: they count from today, and a story counts from its
 * previous event (see relativePhrases.ts). The casual English parser reads both
 * "10 February" and "October 17"; the British one reads "October 17" as a year.
 */
import * as chrono from 'chrono-node';
import { FULL_MONTH_NAME, MONTH_NAME, monthNumber, namesMonth, type AbsoluteMention, type PartialDate } from './dateMention.ts';

/** A day of the month written as a word ("the first of September", "the twenty-first of May"), which chrono reads as its number. */
const ORDINAL_DAY_WORD =
  '(?:(?:twenty|thirty)[-\\s])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|(?:ten|eleven|twelf|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)th|(?:twen|thir)tieth';
/** Where the date itself begins in chrono's match ("On the morning of 4 March" → "4 March", "On the first of September" → "first of September"). */
const CORE_START = new RegExp(`\\d|\\b(?:${ORDINAL_DAY_WORD})\\s+of\\s+${MONTH_NAME}|${MONTH_NAME}`);
/** A clock time chrono glued onto the date ("8 October 2022, at 6:07 a.m."). */
const TRAILING_TIME = /,?\s*(?:at\s+)?(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*[ap]\.?m\b|noon|midnight).*$/i;
/**
 * A clock time before the date ("At 12:12pm on 25 August"), after whichever preposition chrono took with it ("ended all
 * hostilities from 00:00, 10 November 2020"): left in, the date would be cut off as a trailing time.
 */
const LEADING_TIME =
  /^(?:(?:at|from|by|until|till|since|after|before)\s+)?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)[\s,]*(?:on\s+|of\s+)?/i;
/** A number chrono took for a two-digit year: "28 September 16 HIMARS", "1 April, 86 servicemen". */
const SHORT_YEAR = /^(.*\D)[\s,]+\d{1,3}$/;
/**
 * "By May the town could only be reached by convoys", "Throughout May the Russian guns … fired": chrono leaves a bare "May" before a lowercase word, where the modal
 * "may" could stand, but after one of these prepositions, or "that" ("were marked that May"), a capitalised "May" is only the month.
 */
const MAY_AFTER_PREPOSITION = /\b(?:by|until|till|since|before|after|from|through|throughout|during|into|between|that)\s+(May)\b(?![\s,]*\d)/gi;
/** "In February, 17 soldiers were killed": a comma parts a month from a count; a day is written against its month ("February 17"). */
const MONTH_COMMA_COUNT = new RegExp(`^(${MONTH_NAME}),\\s*\\d{1,3}$`);
/**
 * "On 22 June 684, after the death of the caliph", "in August 636, the Muslim commanders": chrono reads no three-digit year, so
 * three digits set against a full month name and closing its phrase, before a comma or a word that opens no noun phrase of
 * things counted, are read here as the year; "On 28 September 160 soldiers were killed" stays a count. Not 190 to 209 without
 * "AD" or "CE": "Since October 201," is a year of this century cut short.
 */
const ANCIENT_DATE = new RegExp(
  `\\b(?:(\\d{1,2})\\s+)?(${FULL_MONTH_NAME})\\s+((?!(?:19|20)\\d(?!\\s+(?:AD|CE)\\b))[1-9]\\d{2})(?:\\s+(?:AD|CE)\\b)?(?=\\s*(?:[,.;:)]|$)|\\s+(?:when|after|before|and|during|the|a|an)\\b)`,
  'g',
);
/**
 * "born on 8 November [O.S. 27 October] 1837": the Julian day a Wikipedia article gives in brackets between the Gregorian day and
 * its year. chrono reads the day with its year only when they stand together, so the year is moved up to the day and the
 * bracket's length of spaces put after it (the sentence keeps its length); the mention keeps the words as written.
 */
const OLD_STYLE_BEFORE_YEAR = /\s[[(](?:O\.S\.|N\.S\.)\s[^\])]{1,40}[\])](\s\d{3,4})\b/g;

/** A fixed reference keeps chrono deterministic; the years it implies are ignored. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/**
 * Finds the month-named dates of a sentence. Only what the text states is kept:
 * a year chrono merely implied is dropped, to be resolved from the article.
 * `flat` is the sentence with line breaks as spaces (same length).
 */
export function findChronoDates(text: string): AbsoluteMention[] {
  const mentions: AbsoluteMention[] = [];
  // chrono costs about a millisecond a call; everything kept below names a month.
  if (!namesMonth(text)) return mentions;
  const moved: { at: number; by: number }[] = [];
  const flat = text.replace(OLD_STYLE_BEFORE_YEAR, (bracket: string, year: string, at: number) => {
    moved.push({ at, by: bracket.length - year.length });
    return year + ' '.repeat(bracket.length - year.length);
  });
  // The words as written from the date's start: longer by any bracket the moved year closed up.
  const asWritten = (index: number, core: string): string => {
    const shift = moved.find(({ at }) => at >= index && at < index + core.length);
    return shift === undefined ? core : text.slice(index, index + core.length + shift.by);
  };
  for (const result of chrono.en.parse(flat, REFERENCE)) {
    const leadingTime = LEADING_TIME.exec(result.text)?.[0].length ?? 0;
    const found = result.text.slice(leadingTime).search(CORE_START);
    if (found === -1) continue;
    const coreOffset = leadingTime + found;
    let core = result.text
      .slice(coreOffset)
      .replace(TRAILING_TIME, '')
      .replace(/[\s,;:]+$/, '')
      // chrono takes "May of" from "May of the same year"; the year is the article's to say.
      .replace(/\s+of$/, '');
    core = MONTH_COMMA_COUNT.exec(core)?.[1] ?? core;
    if (result.start.isCertain('year') && !/\d{4}/.test(core)) core = SHORT_YEAR.exec(core)?.[1] ?? core;
    // Weekdays and clock times alone, or "Three days later": no month, no calendar date.
    if (!namesMonth(core)) continue;
    let parsed = coreOffset === 0 && core === result.text ? result : reparse(core);
    // "On the night of 27 February, 34 Turkish soldiers …": chrono's first reading left the year uncertain, its reading of the date
    // alone takes the count for one.
    const shortYear = parsed?.start.isCertain('year') === true && !/\d{4}/.test(core) ? SHORT_YEAR.exec(core)?.[1] : undefined;
    if (shortYear !== undefined) [core, parsed] = [shortYear, reparse(shortYear)];
    if (parsed === undefined || !parsed.start.isCertain('month')) continue;
    const start = statedDate(parsed.start);
    const end = parsed.end === null || parsed.end === undefined ? undefined : statedDate(parsed.end);
    if (end !== undefined && start.year === undefined && end.year !== undefined) {
      // "10 February - 20 April 2012": the year at the end covers the start too.
      start.year = (start.month ?? 1) > (end.month ?? 12) ? end.year - 1 : end.year;
    }
    mentions.push({
      kind: 'absolute',
      index: result.index + coreOffset,
      text: asWritten(result.index + coreOffset, core),
      ...start,
      ...(end === undefined ? {} : { end }),
    });
  }
  for (const match of flat.matchAll(MAY_AFTER_PREPOSITION)) {
    const index = (match.index ?? 0) + match[0].length - 3;
    if (match[1] !== 'May' || mentions.some((mention) => mention.index <= index && index < mention.index + mention.text.length)) continue;
    mentions.push({ kind: 'absolute', index, text: 'May', month: 5 });
  }
  const ancient = [...flat.matchAll(ANCIENT_DATE)].map((match): AbsoluteMention => ({
    kind: 'absolute',
    index: match.index,
    text: match[0],
    year: Number(match[3]),
    month: monthNumber(match[2] ?? '') ?? 1,
    ...(match[1] === undefined ? {} : { day: Number(match[1]) }),
  }));
  // chrono's reading of the same words ("22 June") gives way to the one with its year.
  const apart = (mention: AbsoluteMention) =>
    ancient.every((date) => mention.index + mention.text.length <= date.index || mention.index >= date.index + date.text.length);
  return [...mentions.filter(apart), ...ancient].sort((a, b) => a.index - b.index);
}

function reparse(core: string): chrono.ParsedResult | undefined {
  return chrono.en.parse(core, REFERENCE)[0];
}

function statedDate(components: chrono.ParsedComponents): PartialDate {
  const date: PartialDate = {};
  const year = components.get('year');
  const month = components.get('month');
  const day = components.get('day');
  if (components.isCertain('year') && year !== null) date.year = year;
  if (components.isCertain('month') && month !== null) date.month = month;
  if (components.isCertain('day') && day !== null) date.day = day;
  return date;
}
