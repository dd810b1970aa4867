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
    'Here is the neighbourhood WhatsApp group on the morning of 10 February, times as in the chat:',
    'Here is a page of the team medic’s notebook from that day, times as he wrote them:',
  ])('"%s" dates what the next sentence shows', (line) => {
    const days = timeline(`On 10 February, the siege began. ${line} It shows tanks burning by the road.`).map((event) => event.replace(/ «.*»$/, ''));
    expect(days).toEqual(['2012-02-10 day', '2012-02-10 day']);
  });
});

describe('a bare ordinal day before a pronoun, a name’s possessive or an aside', () => {
  it.each([
    ['A woman told us that on the 12th her street sat in one cellar.', '2012-02-12 day «on the 12th»'],
    ["On the 12th Saldo's people claimed that 70,000 had crossed.", '2012-02-12 day «On the 12th»'],
    ['On the 12th Kraken and other units reached the border.', '2012-02-12 day «On the 12th»'],
    ['A soldier showed us the chat from the 12th (times as sent). Two days later he writes again.', '2012-02-14 day «Two days later»'],
  ])('"%s"', (sentence, expected) => {
    expect(timeline(`On 10 February, the siege began. ${sentence}`).at(-1)).toBe(expected);
  });

  it.each([
    "The attack on the 9th Brigade's positions failed.",
    'The attack on the 3rd Assault Brigade failed.',
    'The attack on the 9th Kraken battalion failed.',
    'A shell landed on the 5th floor of the hospital.',
  ])("leaves a unit's number alone: %s", (sentence) => {
    expect(after10February(sentence)).toBeUndefined();
  });
});

describe('quoted posts', () => {
  it('takes a line that only presents a post as its day, not an event', () => {
    expect(
      timeline('On 10 February, the siege began. Here\'s a post from an official the next day, 11:32: "The bridge is ours." A day later the convoy left.'),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-12 day «A day later»']);
  });

  it('takes a line presenting a message that follows as a block quote as no event either', () => {
    const prose = 'On 10 February, the siege began. Here is a message a soldier sent his wife the next day:\n\n> "We are in the basement."\n';
    expect(timeline(prose)).toEqual(['2012-02-10 day «10 February»']);
  });

  it('takes a line presenting a chat that follows as a block quote as no event, whosever the chat', () => {
    const prose =
      'On 10 February, the siege began. Here is a chat of one of the brigades from that evening, times as in the chat:\n\n> 21:14 Serhii: no power\n';
    expect(timeline(prose)).toEqual(['2012-02-10 day «10 February»']);
  });

  it('takes a line presenting a message named by whose it is as no event', () => {
    const prose = 'On 10 February, the siege began. Here is the crew leader\'s message to the group chat that evening, 19:12: "Road closed."';
    expect(timeline(prose)).toEqual(['2012-02-10 day «10 February»']);
  });

  it('takes a line presenting a video whose words are quoted as no event, an anchor', () => {
    const prose = 'On 10 February, the siege began. Here is a video a priest posted the next day, 06:40: "The altar is buried." A day later the convoy left.';
    expect(timeline(prose)).toEqual(['2012-02-10 day «10 February»', '2012-02-12 day «A day later»']);
  });

  it('keeps a post told as a happening', () => {
    expect(after10February('A local group posted on 2/11 at 14:05: "They are giving out flour at the school."')).toBe('2012-02-11 day «2/11»');
  });
});

describe('a count after "that"', () => {
  it.each([
    ['A week after that the council moved to the basement.', '2012-02-17 day «A week after that»'],
    ['Two days after that, the bridge fell.', '2012-02-12 day «Two days after that»'],
  ])('"%s" counts from the day just told', (sentence, expected) => {
    expect(after10February(sentence)).toBe(expected);
  });
});

describe('a weekday after a month-precise date', () => {
  it('counts from the last day told in that month', () => {
    expect(timeline('On 14 February, the siege began. Mid-February the buses stop coming. On Friday a bus was shot at.').at(-1)).toBe(
      '2012-02-17 day «On Friday»',
    );
  });

  it('stays unfixed when the last day told lies in another month', () => {
    expect(timeline('On 14 February, the siege began. Mid-March the buses stop coming. On Friday a bus was shot at.')).toHaveLength(2);
  });
});

describe('a sentence that only names a day', () => {
  it('anchors what follows and is no event', () => {
    expect(timeline('On 10 February, the siege began. The 16th was a Thursday. That day a drone filmed the centre.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-16 day «That day»',
    ]);
  });

  it('and so does one that names a day and judges it, no ranking that moves no anchor', () => {
    expect(timeline('On 10 February, the siege began. The 16th is the worst day for the town. A soldier says they left that night.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-16 day «that night»',
    ]);
    expect(after10February('The attack was the deadliest of the siege.')).toBeUndefined();
    const night = 'In late February the road is shelled every day. The night of February 26 is the heaviest. An officer posts a video the next morning.';
    expect(timeline(night)).toEqual(['2012-02 month late «late February»', '2012-02-27 day «the next morning»']);
    // Written with its month and named by its weekday, with what the day usually is.
    expect(timeline("On 10 February, the siege began. February 13 is a Monday, the volunteers' usual day. That morning a drone strikes the van.")).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-13 day «That morning»',
    ]);
    // Written with its month too.
    expect(timeline('On 10 February, the siege began. February 16 is the worst day. The water keeps rising until the evening.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-16 day «until the evening»',
    ]);
  });

  it('and so does the judgement told before the day, and a report\'s cleft opening with no "when" clause', () => {
    expect(timeline('On 10 February, the siege began. The worst day is February 16. That evening the council extends the curfew.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-16 day «That evening»',
    ]);
    expect(timeline("It's a Monday morning, February 13. At 10:47 a bomb hits the market. It's the evening of February 15 when the strike hits.")).toEqual([
      '2012-02-13 day «At 10:47»',
      '2012-02-15 day «February 15»',
    ]);
  });
});

describe("a report's cleft naming a day of the month by its ordinal", () => {
  it('"It\'s the 20th when …" is that day of the anchor\'s month', () => {
    expect(after10February("It's the 20th when the evacuation crew first reaches the village.")).toBe("2012-02-20 day «It's the 20th»");
    expect(after10February("It's the 20th Brigade that holds the bridge.")).toBeUndefined();
  });
});

describe('a day of the month hedged', () => {
  it('"Around the 20th" is around that day of the anchor\'s month', () => {
    expect(after10February('Russian troops broke through around the 20th and moved up.')).toBe('2012-02-20 day around «around the 20th»');
    expect(after10February('Around the 20th the bridge fell.')).toBe('2012-02-20 day around «Around the 20th»');
  });

  it('is no day before a capitalised word, which names a unit', () => {
    expect(timeline('On 10 February, the siege began. A battle group built around the 2nd Foreign Parachute Regiment entered the valleys.')).toHaveLength(1);
  });
});

describe('the same day as a day only put around', () => {
  it('fixes no day', () => {
    expect(timeline('On 10 February, the siege began. The troops broke through around the 20th. That evening the bridge fell.')).toHaveLength(2);
  });
});

describe('"over the weekend" with no publication day', () => {
  it('is the weekend of the days just told, as "that weekend" is', () => {
    expect(after10February('They crossed the river over the weekend, partly by boat.')).toBe('2012-02-11 day → 2012-02-12 «over the weekend»');
  });
});

describe('a weekday within the weekend just told', () => {
  it('"Saturday 06:52" after "over the weekend" is its Saturday', () => {
    expect(
      timeline('On 10 February, the siege began. They crossed the river over the weekend. Saturday 06:52, the governor said the withdrawal was complete.').at(
        -1,
      ),
    ).toBe('2012-02-11 day «Saturday»');
  });
});

describe('a weekday with a clock time, in the fourth alternative of its pattern', () => {
  it('names its weekday, so the next count runs from it, not from the weekend told before', () => {
    const prose =
      'On Friday, June 24th, the troops were ordered to pull back. They crossed the river over the weekend. ' +
      "Haidai's Telegram, Saturday 06:52, said the withdrawal was complete. A couple of days later Russian units were reported.";
    expect(timeline(prose, { infoboxDate: '24 June 2022' }).slice(2)).toEqual(['2022-06-25 day «Saturday»', '2022-06-27 day around «A couple of days later»']);
  });
});
