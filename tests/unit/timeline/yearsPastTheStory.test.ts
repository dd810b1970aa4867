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

describe('a new section just after a closed story of several years', () => {
  const span = { infoboxDate: '5 August 2023 – 23 October 2024' };
  const fighting = '## Capture\nOn 17 January 2024, troops broke in. The ministry announced the capture on 23 October.\n';

  it("puts a month or a day within a month after the last day in the story's last year, not back inside its first", () => {
    expect(timeline(`${fighting}## Aftermath\nIn November they captured Hrekivka.\n`, span).at(-1)).toBe('2024-11 month «November»');
    expect(timeline(`${fighting}## Aftermath\nOn 2 November they captured Hrekivka.\n`, span).at(-1)).toBe('2024-11-02 day «2 November»');
    // Further on, a section that restarts the story steps back into it.
    expect(timeline(`${fighting}## Reactions\nOn 8 August, the allies protested.\n`, span).at(-1)).toBe('2024-08-08 day «8 August»');
  });
});
