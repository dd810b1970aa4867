/** A date without a year inside a span the text just told across a year's turn takes the span's year for its part of the calendar. */
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/timeline/extractTimeline.ts';

const dates = (markdown: string, context = {}) => extractTimeline(markdown, context).map((event) => event.date);

describe('a day inside a span told across the turn of a year', () => {
  it("is in the span's first year when its month is in that year, and in the next when it is in the next", () => {
    const report = 'On December 19, a boy is injured. Over the next two weeks, deminers clear the school.';
    const context = { infoboxDate: '8 December 2024 – 28 February 2025' };
    expect(dates(`${report} On New Year's Eve, residents light a fire.`, context)).toEqual(['2024-12-19', '2024-12-20', '2024-12-31']);
    expect(dates(`${report} On January 1, the first shop opens.`, context)).toEqual(['2024-12-19', '2024-12-20', '2025-01-01']);
  });

  it('moves on as before when the day falls after the span', () => {
    const prose = 'On 19 December 2024, a boy is injured. Over the next two weeks, deminers clear the school. On 9 January, water arrives.';
    expect(dates(prose, { infoboxDate: '8 December 2024 – 28 February 2025' })).toEqual(['2024-12-19', '2024-12-20', '2025-01-09']);
  });
});
