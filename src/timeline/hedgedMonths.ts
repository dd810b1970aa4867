/**
 * A month chrono misses with its hedge: "by late May", "Early in December", "the first two weeks of September", "the second half of
 * June", "the last days of March", each a month read early, mid or late. `yearsAndSeasons.ts` reads them with the years and seasons;
 * `publicationDates.ts` reads the hedge of a period a post counts to ("late last month") with `HEDGE` and `hedged`.
 */
import { MONTH_NAME, monthNumber, type AbsoluteMention, type PartialDate } from './dateMention.ts';
import type { Qualifier } from './types.ts';

/** "the first two weeks of September", "the last few days of March": a count of them is still the month's start or end. */
const FEW_WORDS = '(?:two|three|few|ten)';
const FEW = `(?: ${FEW_WORDS})?`;
/** The hedge's own words without the count ("the first two weeks of" → "the first weeks of"), as `HEDGES` knows them. */
const WITHOUT_COUNT = new RegExp(` ${FEW_WORDS}(?= )`);
/** The words that hedge a month written after them ("late", "the end of", "the last week of"), as `HEDGES` reads them. */
export const MONTH_HEDGE = `(?:early|mid|late|the end of|the beginning of|the start of|the middle of|the (?:first|opening)${FEW} (?:days|weeks?) of|the (?:last|final|closing)${FEW} (?:days|weeks?) of|the (?:second|third) week of|the (?:first|second) half of)`;
const HEDGED_MONTH = new RegExp(`\\b(${MONTH_HEDGE})(?:\\s+in)?[\\s-]+(${MONTH_NAME})(?:\\s+(\\d{4}))?`, 'gi');
/** A hedge's words and the qualifier they give a month, or a year ("late 2015", "the end of 1954"). */
export const HEDGES: Record<string, Qualifier> = {
  early: 'early',
  mid: 'mid',
  late: 'late',
  'the end of': 'late',
  'the beginning of': 'early',
  'the start of': 'early',
  'the middle of': 'mid',
  // A half of a year or of a month, as a week of a month: "the first half of 2020" is early 2020, "the second half of June" late June.
  'the first half of': 'early',
  'the second half of': 'late',
  // "in the first months of 1992" are months of that year, as its first half is (unlike "in its first months" of the story).
  'the first months of': 'early',
  'the opening months of': 'early',
  'the last months of': 'late',
  'the final months of': 'late',
  'the closing months of': 'late',
  // "in the first days of April" is early April, as "the end of March" is late March.
  'the first days of': 'early',
  'the opening days of': 'early',
  'the last days of': 'late',
  'the final days of': 'late',
  'the closing days of': 'late',
  // "the last week of August" is a week of the month, not of the story ("the first week of the invasion").
  'the first week of': 'early',
  'the opening week of': 'early',
  'the last week of': 'late',
  'the final week of': 'late',
  'the closing week of': 'late',
  // "In the first weeks of January": weeks of the month, as its first week is (unlike "the first weeks of the invasion").
  'the first weeks of': 'early',
  'the opening weeks of': 'early',
  'the last weeks of': 'late',
  'the final weeks of': 'late',
  'the closing weeks of': 'late',
  // The weeks between are the month's middle, as days 8–21 are.
  'the second week of': 'mid',
  'the third week of': 'mid',
};

/** The qualifier a month's hedge gives it ("the last two weeks of" → late). */
export const monthHedge = (words: string): Qualifier | undefined => HEDGES[words.toLowerCase().replace(WITHOUT_COUNT, '')];

/** The hedged months of a sentence. */
export function findHedgedMonths(flat: string): AbsoluteMention[] {
  const found: AbsoluteMention[] = [];
  for (const match of flat.matchAll(HEDGED_MONTH)) {
    const [whole, hedge = '', name = '', year] = match;
    const month = monthNumber(name);
    const qualifier = monthHedge(hedge);
    // Month names are capitalised in prose: "late may" is not May.
    if (month === undefined || qualifier === undefined || !/^[A-Z]/.test(name)) continue;
    found.push({
      kind: 'absolute',
      index: match.index,
      text: whole.replace(/[.]$/, ''),
      month,
      qualifier,
      ...(year === undefined ? {} : { year: Number(year) }),
    });
  }
  return found;
}

/**
 * "late last month", "at the end of last month", "the start of this year": a part of the month or year the words count to, hedged
 * as "the end of March" is late March.
 */
export const HEDGE = '(?:(early|mid|late)[\\s-]+|the\\s+(end|beginning|start|middle)\\s+of\\s+)?';
/** The qualifier of such a hedge, read from `HEDGE`'s two groups at `first` and after it ("late" → late, "the end of" → late). */
export const hedged = (date: PartialDate, match: RegExpMatchArray, first = 1): PartialDate & { qualifier?: Qualifier } => {
  const [word, partOf] = [match[first], match[first + 1]];
  const qualifier = word !== undefined ? monthHedge(word) : partOf !== undefined ? monthHedge(`the ${partOf} of`) : undefined;
  return qualifier === undefined ? date : { ...date, qualifier };
};
