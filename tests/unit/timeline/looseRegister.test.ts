/** Dates as looser reports write them: figures with a slash, a weekday with its day, "a couple of days", "that weekend". */
import { describe, expect, it } from 'vitest';
import { after10February } from './timelineOf.ts';

describe('dates in a looser register', () => {
  it.each([
    ['On 3/14 the convoy reached the bridge.', '2012-03-14 day «3/14»'],
    ['A clip posted on 4/20 shows the commander.', '2012-04-20 day «4/20»'],
    ['On 14/3 the convoy reached the bridge.', '2012-03-14 day «14/3»'],
  ])('"%s"', (sentence, expected) => {
    expect(after10February(sentence)).toBe(expected);
  });

  it.each(['Supporters marked the 9/11 attacks with a vigil.', 'The shop is open 24/7 now.', 'The hospital won 3/4 of its appeals.'])(
    'leaves a slash that is no date alone: "%s"',
    (sentence) => {
      expect(after10February(sentence)).toBeUndefined();
    },
  );
});
