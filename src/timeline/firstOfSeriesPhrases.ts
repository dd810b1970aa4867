/**
 * Relative phrases counted from the first of a series the text told before ("a week after the first",
 * "a month after the first assault", "a few minutes after the first"), whatever was dated since.
 * `relativePhrases.ts` reads these where they stand in its list.
 */
import { COUNT, HAPPENING, type Rule } from './relativeVocabulary.ts';

export const FIRST_OF_SERIES_PHRASES: Rule[] = [
  /*
   * "The second attempt comes a week after the first": the first of the series, told before with its day ("the first assault
   * begins" on Jan. 24), whatever was dated since, as "on the same day as" a happening is (guide); the noun left out.
   */
  {
    pattern: new RegExp(`\\b${COUNT} (days?|weeks?) after the first(?=\\s*(?:[.,;:)]|$))`, 'gi'),
    needs: ['after the first'],
    unit: 'day',
    amount: (count, match) => ((match[2] ?? '').toLowerCase().startsWith('week') ? 7 : 1) * count,
    firstOfSeries: true,
  },
  // "A month after the first assault": the month after the first's, at month precision, as "a month later" is (guide).
  {
    pattern: new RegExp(`\\b${COUNT} months? after the first(?: ${HAPPENING})?(?=\\s*(?:[.,;:)]|$))`, 'gi'),
    needs: ['after the first'],
    unit: 'month',
    amount: (count) => count,
    firstOfSeries: true,
  },
  // "The second bomb hit a few minutes after the first": minutes from the first of the series cannot leave its day. "Minutes after
  // the first explosions" are the first of the attack just told, no series: its day, as "minutes after the blasts" is.
  {
    pattern: new RegExp(
      `\\b(?:(?:${COUNT}|a few|several) (?:seconds?|minutes?)|seconds|minutes|moments) after the first(?! [a-z]+s\\b)(?: ${HAPPENING})?(?=\\s*(?:[.,;:)]|$))`,
      'gi',
    ),
    needs: ['after the first'],
    unit: 'day',
    amount: 0,
    moment: true,
    firstOfSeries: true,
  },
];
