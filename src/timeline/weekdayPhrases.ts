/**
 * Relative phrases that name a weekday ("On Tuesday morning", "the following Monday", "that same
 * Sunday", "that weekend", "On Monday the 16th"). A story told day by day with no publication day to
 * count back from: the weekday on or after the day just told; "the following Monday" is after it. A
 * news post's "on Saturday" counts back from its publication day (publicationDates.ts), which reads
 * it first. `relativePhrases.ts` reads these where they stand in its list.
 */
import { DAY_OF_MOURNING_AFTER, DECLARING_BEFORE } from './declaredDays.ts';
import { BEFORE_SECOND_DAY_OF_TIME, WEEKDAY, WEEKDAY_NEEDS, weekdayOf, type Rule } from './relativeVocabulary.ts';

export const WEEKDAY_PHRASES: Rule[] = [
  // "On Monday the 16th": the day of the month names the date; the weekday only names it again.
  {
    pattern: new RegExp(`\\b(?:[Oo]n )?${WEEKDAY},? the (\\d{1,2})(?:st|nd|rd|th)\\b`, 'g'),
    needs: WEEKDAY_NEEDS,
    unit: 'dayOfMonth',
    amount: (_count, match) => Number(match[2]),
  },
  { pattern: new RegExp(`\\b[Tt]he (?:following|next) ${WEEKDAY}\\b`, 'g'), needs: WEEKDAY_NEEDS, unit: 'weekday', amount: weekdayOf, strictlyAfter: true },
  // "In the early hours of Friday": a time of that day, as "Friday morning" is.
  { pattern: new RegExp(`\\bthe early hours of ${WEEKDAY}\\b`, 'g'), needs: ['the early hours of'], unit: 'weekday', amount: weekdayOf },
  // "That weekend", with no publication day to count back from: the Saturday and Sunday of the days just told, a range (guide);
  // so is "over the weekend" there, which a news post counts back from its publication day (publicationDates.ts, read first).
  {
    pattern: /\b(?:that|the same|that same|over the|during the) weekend\b(?! of\b)/gi,
    needs: ['weekend'],
    unit: 'weekday',
    amount: 6,
    span: () => 1,
    unhedged: true,
  },
  // "The mayor declares Tuesday a day of mourning": the weekday names the days of mourning, which date the declaring (declaredDays.ts);
  // in a news post, a day of its own week, whatever month a clause before it last stated.
  {
    pattern: new RegExp(`${DECLARING_BEFORE}${WEEKDAY}${DAY_OF_MOURNING_AFTER}`, 'g'),
    needs: ['day of mourning', 'day of remembrance'],
    unit: 'weekday',
    amount: weekdayOf,
    ofPublicationWeek: true,
  },
  // "called it a provocation that same Sunday": the weekday of the days just told, on or after the anchor, as "On Sunday" is.
  { pattern: new RegExp(`\\b[Tt]hat (?:same )?${WEEKDAY}\\b`, 'g'), needs: WEEKDAY_NEEDS, unit: 'weekday', amount: weekdayOf },
  // "spent most of Sunday in the metro": the whole of that day, as "throughout the day" is the day just told.
  {
    pattern: new RegExp(`\\b(?:(?:[Ff]or|[Dd]uring) )?(?:[Mm]ost|[Mm]uch|[Aa]ll) of ${WEEKDAY}\\b`, 'g'),
    needs: WEEKDAY_NEEDS,
    unit: 'weekday',
    amount: weekdayOf,
  },
  // "Friday is the day the front collapses": a weekday as its clause's subject names its day, as "the day" does (relativePhrases.ts).
  {
    pattern: new RegExp(
      `(?:^|(?<=[,;]\\s))${WEEKDAY}(?=\\s+(?:(?:then|also)\\s+)?(?:is|was|becomes|became|sees|saw|brings|brought|ends|ended|marks|marked|turns|turned)\\b)`,
      'g',
    ),
    needs: WEEKDAY_NEEDS,
    unit: 'weekday',
    amount: weekdayOf,
  },
  // "on Wednesday's ballot" names the ballot: a possessive weekday is a label, as a news post reads it (publicationDates.ts).
  {
    pattern: new RegExp(
      `\\b(?:(?:[Ll]ate|[Ee]arly) )?(?:[Oo]n|[Bb]y) ${WEEKDAY}\\b(?!['’]s)|\\b(?:[Ll]ate|[Ee]arly) ${WEEKDAY}\\b|\\b${WEEKDAY}(?= (?:morning|afternoon|evening|night)\\b)|\\b${WEEKDAY}(?=,? \\d{1,2}:\\d{2}\\b)|\\b${WEEKDAY}${BEFORE_SECOND_DAY_OF_TIME}`,
      'g',
    ),
    needs: WEEKDAY_NEEDS,
    unit: 'weekday',
    amount: weekdayOf,
  },
];
