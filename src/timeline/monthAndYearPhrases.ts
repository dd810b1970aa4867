/**
 * Relative phrases counted in months and years from the anchor ("two months later", "the next year",
 * "later that month", "by the end of the year", "for much of the year"): the anchor's month or year,
 * or one counted from it, never a day. `relativePhrases.ts` reads them where they stand in its list,
 * after the day and weekday phrases: an earlier rule's find wins where two overlap.
 */
import { FULL_MONTH_NAME, monthNumber } from './dateMention.ts';
import { COUNT, NOTHING_COUNTED, type Rule } from './relativeVocabulary.ts';

export const MONTH_AND_YEAR_PHRASES: Rule[] = [
  { pattern: new RegExp(`\\b${COUNT} months? later\\b`, 'gi'), needs: ['month later', 'months later'], unit: 'month', amount: (count) => count },
  // "A year earlier" is the anchor's month a year before, as "a year ago" is the publication's (a year-precise anchor keeps its year).
  { pattern: new RegExp(`\\b(?:a|one) year later\\b`, 'gi'), needs: ['year later'], unit: 'month', amount: 12 },
  {
    pattern: new RegExp(`\\b(?:a|one) year (?:earlier|before)\\b${NOTHING_COUNTED}`, 'gi'),
    needs: ['year earlier', 'year before'],
    unit: 'month',
    amount: -12,
  },
  { pattern: new RegExp(`\\b${COUNT} years? later\\b`, 'gi'), needs: ['year later', 'years later'], unit: 'year', amount: (count) => count },
  // "early the next month": the hedge is on the month it counts to.
  {
    pattern: /\b(early|mid-?|late)\s*(?:in )?the (?:next|following) month\b/gi,
    needs: ['next month', 'following month'],
    unit: 'month',
    amount: 1,
    qualifier: 'fromGroup',
  },
  {
    pattern: /\b(early|mid-?|late)\s*(?:in )?the (?:next|following) year\b/gi,
    needs: ['next year', 'following year'],
    unit: 'year',
    amount: 1,
    qualifier: 'fromGroup',
  },
  // "after next year's elections", "the following month's vote": a date written before what it names is a label (guide).
  // A bare "next year", "next month" counts from the writer's day, not the anchor, as "next week" does: in a news post a time
  // ahead of the publication, what is due then no happening told ("A common passport is due to be issued from next year").
  { pattern: /\b(?:the (?:next|following)|following) month\b(?!['’]s)/gi, needs: ['next month', 'following month'], unit: 'month', amount: 1 },
  { pattern: /\b(?:the (?:next|following)|following) year\b(?!['’]s)/gi, needs: ['next year', 'following year'], unit: 'year', amount: 1 },
  // "opened on 16 October 2010. The following January it was entered in the records": the first January after the anchor's month.
  {
    pattern: new RegExp(`\\b[Tt]he (?:next|following) (${FULL_MONTH_NAME})\\b(?!['’]s|\\s+\\d)`, 'g'),
    needs: ['the next', 'the following'],
    unit: 'month',
    amount: (_count, match) => monthNumber(match[1] ?? '') ?? Number.NaN,
    nextNamedMonth: true,
  },
  // The anchor's own month or year: "Later that month", "earlier in the month", "By the end of the year" (late, as "the end of March").
  { pattern: /\blater (?:that|in the|in that|the same) month\b/gi, needs: ['month'], unit: 'month', amount: 0 },
  { pattern: /\blater (?:that|in the|in that|the same) year\b/gi, needs: ['later'], unit: 'year', amount: 0 },
  // "The withdrawal had been agreed … earlier in the month", told after the day of the withdrawal, looks back from that day.
  { pattern: /\bearlier (?:that|in the|in that|the same) month\b/gi, needs: ['month'], unit: 'month', amount: 0, earlier: true },
  { pattern: /\bearlier (?:that|in the|in that|the same) year\b/gi, needs: ['earlier'], unit: 'year', amount: 0, earlier: true },
  // "The festival was held there that month": the anchor's month, as "that day" is its day ("in May of that month" is no phrase).
  { pattern: /(?<!\b(?:of|early|late) )\b(?:that|the same) month\b/gi, needs: ['that month', 'the same month'], unit: 'month', amount: 0 },
  { pattern: /\bthe end of (?:the|that|the same) month\b/gi, needs: ['the end of'], unit: 'month', amount: 0, qualifier: 'late' },
  // "In the last days of the month", "in the first weeks of the month": the anchor's month, as "the last days of March" is late March.
  {
    pattern: /\bthe (?:last|final|closing) (?:days|weeks?) of (?:the|that|the same) month\b/gi,
    needs: ['the last', 'the final', 'the closing'],
    unit: 'month',
    amount: 0,
    qualifier: 'late',
  },
  {
    pattern: /\bthe (?:first|opening) (?:days|weeks?) of (?:the|that|the same) month\b/gi,
    needs: ['the first', 'the opening'],
    unit: 'month',
    amount: 0,
    qualifier: 'early',
  },
  // "retook four villages in the second week of the month": the weeks between are the month's middle, as "the second week of June" is.
  {
    pattern: /\bthe (?:second|third) week of (?:the|that|the same) month\b/gi,
    needs: ['second week', 'third week'],
    unit: 'month',
    amount: 0,
    qualifier: 'mid',
  },
  // "By mid-month, prices had risen", "intensified in the middle of the month": the anchor's month, mid, as "By mid-March" is (guide).
  {
    pattern: /\b(?:by|in|around|until) (?:mid-?month|the middle of (?:the|that|the same) month)\b/gi,
    needs: ['midmonth', 'mid-month', 'the middle of'],
    unit: 'month',
    amount: 0,
    qualifier: 'mid',
  },
  { pattern: /\bthe end of (?:the|that|the same) year\b/gi, needs: ['the end of'], unit: 'year', amount: 0, qualifier: 'late' },
  // "had been ambushed repeatedly in the first months of the year", "in the last months of that year": the anchor's year, hedged
  // as "the first months of 2015" is (guide).
  { pattern: /\bthe first (?:few )?months of (?:the|that|the same) year\b/gi, needs: ['months of'], unit: 'year', amount: 0, qualifier: 'early' },
  {
    pattern: /\bthe (?:last|final|closing) (?:few )?months of (?:the|that|the same) year\b/gi,
    needs: ['months of'],
    unit: 'year',
    amount: 0,
    qualifier: 'late',
  },
  // "Late in the year the army set up a new post", "early that month": the anchor's year or month, hedged as "late 2022" is.
  { pattern: /\b(early|late)\s+(?:in\s+(?:the|that)|that)\s+year\b/gi, needs: ['in the year', 'that year'], unit: 'year', amount: 0, qualifier: 'fromGroup' },
  {
    pattern: /\b(early|late)\s+(?:in\s+(?:the|that)|that)\s+month\b/gi,
    needs: ['in the month', 'that month'],
    unit: 'month',
    amount: 0,
    qualifier: 'fromGroup',
  },
  // "since the start of the year", "at the beginning of the month": the anchor's year or month, early, as "the start of April" is.
  {
    pattern: /\bthe (?:start|beginning) of (?:the|that|the same) year\b/gi,
    needs: ['the start of', 'the beginning of'],
    unit: 'year',
    amount: 0,
    qualifier: 'early',
  },
  {
    pattern: /\bthe (?:start|beginning) of (?:the|that|the same) month\b/gi,
    needs: ['the start of', 'the beginning of'],
    unit: 'month',
    amount: 0,
    qualifier: 'early',
  },
  // "in the second half of the year": the anchor's year, late, as "the second half of 2019" is (guide).
  { pattern: /\bthe first half of (?:the|that|the same) year\b/gi, needs: ['the first half of'], unit: 'year', amount: 0, qualifier: 'early' },
  { pattern: /\bthe second half of (?:the|that|the same) year\b/gi, needs: ['the second half of'], unit: 'year', amount: 0, qualifier: 'late' },
  // "continued through the year", "for much of the year": the anchor's year, as "throughout the day" is its day.
  {
    pattern: /\b(?:through|throughout|during) (?:the|that|the same) year\b(?!\s+(?:of|before|after)\b)/gi,
    needs: ['through', 'during'],
    unit: 'year',
    amount: 0,
  },
  { pattern: /\b(?:for|during|in) (?:much|most) of the year\b/gi, needs: ['of the year'], unit: 'year', amount: 0 },
  // "Dozens were killed over the month": the anchor's month, as "through the year" is its year ("the month of Ramadan" names one).
  { pattern: /\b(?:over|through|throughout|during) (?:the|that|the same) month\b(?!\s+(?:of|before|after)\b)/gi, needs: ['month'], unit: 'month', amount: 0 },
  // "were evacuated across footbridges for much of the month": the anchor's month, as "for much of the year" is its year.
  { pattern: /\b(?:for|during|in) (?:much|most) of the month\b/gi, needs: ['of the month'], unit: 'month', amount: 0 },
  // "Sheikh Miskin … was retaken after a month of fighting": a month of the happening just told, as "a month later" is.
  { pattern: /\bafter (?:a|one) month of (?:heavy |fierce |street )?fighting\b/gi, needs: ['month of'], unit: 'month', amount: 1 },
  // "several sanatoria stayed closed until the following summer": the first summer after the anchor, of the year it begins in.
  {
    pattern: /\bthe (?:next|following) (spring|summer|autumn|fall|winter)\b/gi,
    needs: [
      'next spring',
      'next summer',
      'next autumn',
      'next fall',
      'next winter',
      'following spring',
      'following summer',
      'following autumn',
      'following fall',
      'following winter',
    ],
    unit: 'year',
    amount: 0,
    qualifier: 'fromGroup',
    nextSeason: true,
  },
  // "For the rest of the month Russian forces relied on infiltration": what is left of the anchor's month, as "for most of the
  // month" is that month; "for the rest of the year" likewise its year.
  { pattern: /\b(?:for|during|through|throughout) the rest of (?:the|that) month\b/gi, needs: ['rest of'], unit: 'month', amount: 0 },
  { pattern: /\b(?:for|during|through|throughout) the rest of (?:the|that) year\b/gi, needs: ['rest of'], unit: 'year', amount: 0 },
  // "failed the same year", "dropped from the bill that year": the anchor's year ("In May of the same year" is a month of it,
  // read with the month; "that year's elections" names them).
  { pattern: /(?<!\bof )\b(?:the same|that) year\b(?!['’]s)/gi, needs: ['the same year', 'that year'], unit: 'year', amount: 0 },
  // "made it a province the same month": the anchor's month, as "later that month" is (guide).
  { pattern: /(?<!\bof )\bthe same month\b/gi, needs: ['the same month'], unit: 'month', amount: 0 },
];
