/** A happening told as done by, in or under a happening named with its date ("destroyed by the earthquake of 7 December 1988"). */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('a passive whose agent is a happening named with its date', () => {
  it('is done on that date, an adverb before the verb too', () => {
    const destroyed = 'The city was largely destroyed by the Spitak earthquake of 7 December 1988, and parts of it were never rebuilt.';
    expect(timeline(destroyed, {})).toEqual(['1988-12-07 day «7 December 1988»']);
  });

  it('is done on that date when done in it, not only by it', () => {
    const returned = 'In the summer of 2023 a company fought near Robotyne. He was returned in the exchange of 14 September 2024.';
    expect(timeline(returned, {})).toEqual(['2023 year summer «summer of 2023»', '2024-09-14 day «14 September 2024»']);
    // "made" is done by it too, and the first main clause dates the sentence, not the second's election.
    const made =
      'The village was made a commune by the decentralisation law of 4 November 1996, and its council was elected in the local elections of June 1999.';
    expect(timeline(made, {})).toEqual(['1996-11-04 day «4 November 1996»']);
  });

  it('dates what a place became in or under it, before a second clause with a date of its own', () => {
    const commune = 'Guidimouni became a rural commune in the decentralisation of 2002, and its first council was elected in 2004.';
    expect(timeline(commune, {})).toEqual(['2002 year «2002»']);
    const law = 'Dungass became a rural commune under the decentralisation law of June 2002, and elections were held there on 24 July 2004.';
    expect(timeline(law, {})).toEqual(['2002-06 month «June 2002»']);
  });

  it('is done on that date with an irregular participle, ranked among the places it befell too', () => {
    const post = { published: '2025-01-20' };
    const worst = 'The town was among the worst hit in Idlib by the earthquake of 6 February 2023, which destroyed hundreds of houses.';
    expect(timeline(worst, post)).toEqual(['2023-02-06 day «6 February 2023»']);
    expect(timeline('The town was badly hit by the earthquake of 6 February 2023.', post)).toEqual(['2023-02-06 day «6 February 2023»']);
    // "The quake" names the earthquake told: a count from it counts from its day.
    expect(timeline(`${worst} Two days after the quake, a dam gave way.`, post)).toEqual([
      '2023-02-06 day «6 February 2023»',
      '2023-02-08 day «Two days after the quake»',
    ]);
  });
});
