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
    ['Two days earlier, on the 8th, a missile hit the depot.', '2012-02-08 day «on the 8th»'],
    ['Three days later, on the 13th, the column was gone.', '2012-02-13 day «on the 13th»'],
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

describe('lines that only date the material that follows', () => {
  it.each([
    'The drone video everyone has seen by now was filmed that same morning.',
    'Here is a local chat from that morning, times as in the chat:',
    'A spotter gave us his group’s chat from the night of 10 February (times as in the original):',
    'Kozatskyi, the soldier behind the photos, posts his series on 2/10.',
    'His wife showed us her chat with him from the 10th (times as she sent them):',
  ])('"%s" dates what the next sentence shows', (line) => {
    const days = timeline(`On 10 February, the siege began. ${line} It shows tanks burning by the road.`).map((event) => event.replace(/ «.*»$/, ''));
    expect(days).toEqual(['2012-02-10 day', '2012-02-10 day']);
  });
});

describe('a bare ordinal day before a pronoun, a name’s possessive or an aside', () => {
  it.each([
    ['A woman told us that on the 12th her street sat in one cellar.', '2012-02-12 day «on the 12th»'],
    ["On the 12th Saldo's people claimed that 70,000 had crossed.", '2012-02-12 day «On the 12th»'],
    ['A soldier showed us the chat from the 12th (times as sent). Two days later he writes again.', '2012-02-14 day «Two days later»'],
  ])('"%s"', (sentence, expected) => {
    expect(timeline(`On 10 February, the siege began. ${sentence}`).at(-1)).toBe(expected);
  });

  it("leaves a unit's possessive alone", () => {
    expect(after10February("The attack on the 9th Brigade's positions failed.")).toBeUndefined();
  });
});
