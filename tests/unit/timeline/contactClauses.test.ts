/** A contact clause, a restrictive clause with no "that": its date is the thing's past, as a "that" clause's is (GUIDE.md). */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('a contact clause describing the subject', () => {
  it('yields to the subject’s own verb and its date', () => {
    const post = { published: '2025-06-12' };
    const settlement = 'The settlement the families left this week was built in 2008, one of eleven that the committee put up.';
    expect(timeline(settlement, post)).toEqual(['2008 year «2008»']);
  });
});

describe('a contact clause describing a thing after a preposition', () => {
  it('is the thing’s past: the sentence keeps its own date, or has none', () => {
    const report = { infoboxDate: '24 February - 6 April 2022' };
    const funerals = 'Police exhume the bodies on April 4. The funerals are held two days later, in the church the Ukrainian soldier ran past on Feb. 26.';
    expect(timeline(funerals, report)).toEqual(['2022-04-04 day «April 4»', '2022-04-06 day «two days later»']);
    const post = { published: '2025-06-12' };
    const districts = 'The government says that more than 40,000 people have so far gone back to the districts it regained in 2020.';
    expect(timeline(districts, post)).toEqual([]);
  });

  it('needs the preposition: what someone was told is no description of a thing', () => {
    const told = 'Rebels attacked the town on 3 May 2012. The general told the court the army attacked on 4 May.';
    expect(timeline(told, {})).toEqual(['2012-05-03 day «3 May 2012»', '2012-05-04 day «4 May»']);
  });
});
