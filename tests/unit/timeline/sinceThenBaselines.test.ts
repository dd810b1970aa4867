/** "Since then" before what dates no state begun then: a count since, a measured change, a remembering kept every year. */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('"Since then" opening a count, a measure or a commemoration', () => {
  it.each([
    // Nor a count of what was done since, a change measured with an adverb, nor a count of times told in words.
    ['Since then, doctors have sent 46 blood samples to the national laboratory.', ['2012-02-14 day «14 February»']],
    ['Since then, the town has lost more than a dozen of its notables to gunmen.', ['2012-02-14 day «14 February»']],
    ['Since then the number of prisoners has nearly doubled.', ['2012-02-14 day «14 February»']],
    ['Since then the line has moved only a few hundred metres in either direction.', ['2012-02-14 day «14 February»']],
    ['Since then the wire around the village has moved several times.', ['2012-02-14 day «14 February»']],
    // Nor a remembering kept every year since then (commemoration).
    ['Since then, residents have gathered at the memorial every year on 10 November.', ['2012-02-14 day «14 February»']],
    ['Since then, residents have gathered at the memorial every March on the anniversary of the battle.', ['2012-02-14 day «14 February»']],
    // "Several times its size" measures a state: the hotels built since then are still told.
    [
      'Since then hotels have been built along the road, and on weekends the population is several times its size.',
      ['2012-02-14 day «14 February»', '2012-02-14 day «Since then»'],
    ],
  ])('%s', (sentence, expected) => {
    expect(timeline(`The fighting ended with a ceasefire on 14 February. ${sentence}`)).toEqual(expected);
  });
});
