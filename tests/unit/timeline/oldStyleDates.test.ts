/** A Wikipedia article's Julian day, in brackets between the Gregorian day and its year, leaves the year to that day. */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('an Old Style day in brackets', () => {
  it('reads the day with the year after the bracket, and counts from it', () => {
    const killed = 'He was killed near Tsitsamuri on 12 September [O.S. 30 August] 1907. Two days later he was buried.';
    expect(timeline(killed, {})).toEqual(['1907-09-12 day «12 September [O.S. 30 August] 1907»', '1907-09-14 day «Two days later»']);
    expect(timeline('He was born on 8 November (O.S. 27 October) 1837 in Kvareli.', {})).toEqual(['1837-11-08 day «8 November (O.S. 27 October) 1837»']);
  });
});
