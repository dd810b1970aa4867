/** A year the text states past a closed story's end holds for what follows in its section, across the year's turn too. */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('a year stated past the end of a closed story', () => {
  it('carries across the turn of the year to a month told without one, and on to the next', () => {
    const aftermath =
      '## Aftermath\nIn the last week of December 2017, the army launched an offensive. Troops reached the base in mid-January. In February, engineers found a grave.\n';
    expect(timeline(aftermath, { infoboxDate: 'late 2012 – 9 September 2015' })).toEqual([
      '2017-12 month late «the last week of December 2017»',
      '2018-01 month mid «mid-January»',
      '2018-02 month «February»',
    ]);
  });
});
