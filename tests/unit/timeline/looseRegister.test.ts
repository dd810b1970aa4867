/** Dates as looser reports write them: figures with a slash, a weekday with its day, "a couple of days", "that weekend". */
import { describe, expect, it } from 'vitest';
import { after10February, timeline } from './timelineOf.ts';

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

describe('days counted loosely from the day just told', () => {
  it.each([
    ['A couple of days later the column was gone.', '2012-02-12 day around «A couple of days later»'],
    ['On Monday the 13th the first fighters came out.', '2012-02-13 day «On Monday the 13th»'],
    ['In the early hours of Sunday the bridge was blown up.', '2012-02-12 day «the early hours of Sunday»'],
    ['That weekend, villagers walked out to the wrecks.', '2012-02-11 day → 2012-02-12 «That weekend»'],
  ])('"%s"', (sentence, expected) => {
    expect(after10February(sentence)).toBe(expected);
  });

  it('takes the weekend a Sunday ends after that Sunday', () => {
    expect(timeline('On 12 February, the siege began. That weekend, villagers walked out to the wrecks.')[1]).toBe(
      '2012-02-11 day → 2012-02-12 «That weekend»',
    );
  });
});
