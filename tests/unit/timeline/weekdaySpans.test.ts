/** A stretch a news post tells between two weekdays: a range of both, counted back from the post's day. */
import { describe, expect, it } from 'vitest';
import { findPublicationDates } from '../../../src/timeline/publicationDates.ts';

// 15 April 2026 was a Wednesday.
const WEDNESDAY = { year: 2026, month: 4, day: 15 };
const spans = (sentence: string) => findPublicationDates(sentence, WEDNESDAY).map(({ text, day, end }) => [text, day, end?.day]);

describe('two weekdays joined by "between … and"', () => {
  it('spans from the first, taken as "on Friday" is, to the next such second day', () => {
    expect(spans('Between Friday and Sunday almost 90 millimetres of rain fell in the valley.')).toEqual([['Between Friday and Sunday', 10, 12]]);
    expect(spans('The price of a sack of rice rose between Sunday and Tuesday, traders said.')).toEqual([['between Sunday and Tuesday', 12, 14]]);
  });

  it('leaves two weekdays not joined as a stretch to the rules for each', () => {
    expect(spans('The market shut on Friday and Sunday.').map(([text]) => text)).not.toContain('Friday and Sunday');
  });
});
