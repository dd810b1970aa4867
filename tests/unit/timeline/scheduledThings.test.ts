/** What a party scheduled, set or called for a date is a plan for it, no happening of that day (guide: forecasts and deadlines). */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('a plan told actively, what was planned named before its date', () => {
  it('dates nothing, the day named with its weekday too', () => {
    expect(timeline('The coalition rejected the offer and called a third rally for Friday 10 July, to be followed by a strike.')).toEqual([]);
    expect(timeline('The coalition held a third rally on Friday 10 July.')).toEqual(['2012-07-10 day «10 July»']);
  });
});

describe('a hearing adjourned to a date', () => {
  it('is put off to it, a deadline, as one postponed to it is', () => {
    expect(timeline('Lawyers said the hearing was adjourned to 14 March at the request of the prosecution.', { published: '2024-01-03' })).toEqual([]);
  });
});

describe('a date opening what is said, its clause then in the future', () => {
  it("is the plan's day, as a date opening the sentence is", () => {
    const ward = 'The protest began on Monday. The letter confirmed that from 1 January the ward will stop admitting women in labour.';
    expect(timeline(ward, { published: '2025-11-20' })).toEqual(['2025-11-17 day «on Monday»']);
    // What was said with a date of its own, and a past in what is said, stay happenings.
    expect(timeline('On 3 November the ministry said that its troops had left.', { published: '2025-11-20' })).toHaveLength(1);
  });
});

describe('a plan set between commas', () => {
  it('is what was planned for the date, as "is due to start on" is', () => {
    const school = 'The rains began on Monday. The prefect said the new school year, due to start on 1 October, might have to be pushed back.';
    expect(timeline(school, { published: '2024-09-12' })).toEqual(['2024-09-09 day «on Monday»']);
  });
});

describe('a forecast with a second goal between commas', () => {
  it('still looks ahead to its date', () => {
    const line = 'The line was completed in 2023. The line is expected to reach Aghband, and the border with the Nakhchivan exclave, in 2026.';
    expect(timeline(line, {})).toEqual(['2023 year «2023»']);
  });

  it('reads a name with accented letters among its words', () => {
    const visit = 'The governor visited the site on Monday. The governor of the Koulikoro region is expected to visit Kourémalé on Thursday.';
    expect(timeline(visit, { published: '2025-04-22' })).toEqual(['2025-04-21 day «on Monday»']);
  });
});
