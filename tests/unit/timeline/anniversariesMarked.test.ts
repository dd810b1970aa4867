/** An anniversary or a centenary marked on a date: a commemoration, no happening, but its date is stated for what follows. */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('an anniversary marked on a date', () => {
  it('is no event, a centenary too, however long the subject before its verb', () => {
    const bridge = 'The 30th anniversary of the opening of the Umid Bridge was marked with a ceremony at the crossing in May 2022.';
    expect(timeline(`The bridge opened in May 1992. ${bridge}`, {})).toEqual(['1992-05 month «May 1992»']);
    expect(timeline('The garden opened in 1912. The garden’s centenary was marked in November 2012 with a conference.', {})).toEqual(['1912 year «1912»']);
  });

  it('states its day, from which "the same day" counts', () => {
    const centenary = 'The centenary of his birth was marked in the village on 24 January 2024 with a ceremony.';
    expect(timeline(`The museum opened in 1981. ${centenary} The museum reopened the same day with a new exhibition.`, {})).toEqual([
      '1981 year «1981»',
      '2024-01-24 day «the same day»',
    ]);
  });
});
