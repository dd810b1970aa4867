/** What is kept up since a time, dated by its start: fighting, a demand, a protest, a habit told with its rate, an absence. */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('fighting or operating told in the perfect since a date', () => {
  it('starts then, as a siege since a date does; a count of battles keeps the date a baseline', () => {
    expect(timeline('The brigades that founded the legion had fought separately since 2012, many of them in Idlib.', {})).toEqual(['2012 year «2012»']);
    expect(timeline('The brigade has operated in the area since 2015.', {})).toEqual(['2015 year «2015»']);
    expect(timeline('The unit has fought three battles since 2012.', {})).toEqual([]);
  });
});

describe('a demand kept up since a date, what is demanded told before it', () => {
  it('starts then, as a saying kept up since a date does, even since a happening named with its date', () => {
    expect(timeline('Azerbaijan has demanded such a route since the ceasefire of November 2020, which ended the war.', {})).toEqual([
      '2020-11 month «November 2020»',
    ]);
    expect(timeline('The opposition has demanded new elections since March 2019.', {})).toEqual(['2019-03 month «March 2019»']);
    // So is an interest a party has shown since a date.
    expect(timeline("Rosatom has shown interest in Niger's deposits since 2024.", {})).toEqual(['2024 year «2024»']);
  });
});

describe('a protest or a habit kept up since a time', () => {
  it('starts then, as a demand kept up since a date does', () => {
    expect(timeline('Opposition parties have boycotted the new parliament since its first session in November 2012.', {})).toEqual([
      '2012-11 month «November 2012»',
    ]);
    expect(timeline('Dockers have been on strike since March 2012.', {})).toEqual(['2012-03 month «March 2012»']);
    // And protests told as going on, the first clause's date before a second clause's day.
    const goneOn = 'Protests have gone on in one form or another since October 2012, but they became a mass movement on 28 November.';
    expect(timeline(goneOn, {})).toEqual(['2012-10 month «October 2012»']);
    // So does a habit told with its rate.
    expect(timeline('She has made the trip twice a week since the spring of 2012.', {})).toEqual(['2012 year spring «spring of 2012»']);
  });
});

describe('an absence kept up since a time, told in the perfect denied', () => {
  it('starts then, as a confinement begun then; a change denied since a date keeps the date a baseline', () => {
    expect(timeline('Her husband has not been out of the basement since the summer of 2024, she says.', {})).toEqual(['2024 year summer «summer of 2024»']);
    expect(timeline('He has not left the town since March 2012.', {})).toEqual(['2012-03 month «March 2012»']);
    // Kept up since they underwent a happening told with its date.
    const taken = 'Two of them have not been seen since they were taken from their homes last month.';
    expect(timeline(taken, { published: '2025-07-10' })).toEqual(['2025-06 month «last month»']);
    expect(timeline('Prices have not risen since March 2012.', {})).toEqual([]);
  });
});
