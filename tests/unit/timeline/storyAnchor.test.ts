/**
 * Where the story stands after a sentence: a later day its second clause states, a weekday counted
 * from the day just told, a state or a habit from that day, a later year of a second main clause, and
 * a later death that dates its sentence but moves no anchor. One sentence or two each, on plain prose.
 */
import { describe, expect, it } from 'vitest';
import { after10February, timeline } from './timelineOf.ts';

describe('a later day stated after a sentence’s first day is where the story stands', () => {
  it('counts "into the evening" from the second day, while the sentence keeps its first', () => {
    const prose = 'The column had left the town on 12 February and was ambushed on 14 February. The fighting lasted into the evening.';
    expect(timeline(prose)).toEqual(['2012-02-12 day «12 February»', '2012-02-14 day «into the evening»']);
  });

  it('counts from a day a later clause states within the month "during the month" named', () => {
    const prose =
      'On 7 July, the hospital fell. Airstrikes intensified during the month, and on 19 July a strike killed 56 people. An inquiry opened two days later.';
    expect(timeline(prose, { infoboxDate: '31 May – 12 August 2012' })).toEqual([
      '2012-07-07 day «7 July»',
      '2012-07 month «during the month»',
      '2012-07-21 day «two days later»',
    ]);
  });

  it('counts from a later day a second main clause states after a first dated by a relative phrase', () => {
    const prose =
      'On 2 April the attack began. Reserves reached the front that night, and on 3 April the army counter-attacked. That evening the shelling stopped.';
    expect(timeline(prose)).toEqual(['2012-04-02 day «2 April»', '2012-04-02 day «that night»', '2012-04-03 day «That evening»']);
    // A day ahead a clause only aims at is no day the story stands on.
    const aim =
      'On 2 April the attack began. Two days later the general said that the army aimed to take the town by 9 May. That evening the shelling stopped.';
    expect(timeline(aim).map((line) => line.split(' ')[0])).toEqual(['2012-04-02', '2012-04-04', '2012-04-04']);
  });

  it('counts from a later day of the month a second clause names by its ordinal, after a time of that day', () => {
    const prose = 'The convoy left Kaya on 23 September and had reached Bourzanga by the evening of the 25th. It came under attack the next day.';
    expect(timeline(prose)).toEqual(['2012-09-23 day «23 September»', '2012-09-26 day «the next day»']);
    // So after a first clause dated only to the month, hedged.
    const month = 'In mid-October the Russians brought up armour, and on the 17th a column attacked. Two days later, infantry entered.';
    expect(timeline(month)).toEqual(['2012-10 month mid «mid-October»', '2012-10-19 day «Two days later»']);
    // A count there moves no anchor (GUIDE.md).
    const counted = 'The convoy left Kaya on 23 September and reached Bourzanga two days later. It came under attack the next day.';
    expect(timeline(counted)).toEqual(['2012-09-23 day «23 September»', '2012-09-24 day «the next day»']);
  });

  it('counts from a later month a second clause writes out, not from the day of a report of what was told', () => {
    const prose = 'Troops occupied the village on 27 February 2022, and were driven out in September that year. The front came back the following summer.';
    expect(timeline(prose, {})).toEqual(['2022-02-27 day «27 February 2022»', '2023 year summer «the following summer»']);
    const said = 'Soldiers were killed on Thursday, the government said yesterday. The attackers struck at dawn.';
    expect(timeline(said, { published: '2025-04-22' }).map((line) => line.split(' ')[0])).toEqual(['2025-04-17', '2025-04-17']);
    // So does a later clause's report, on its own day, of what had happened.
    const hail =
      'Hail flattened the fields on Sunday evening, and officials said yesterday that 1,300 hectares had been damaged. Power was cut until Monday morning.';
    expect(timeline(hail, { published: '2025-07-09' }).map((line) => line.split(' ')[0])).toEqual(['2025-07-06', '2025-07-07']);
  });

  it('keeps the first day as the anchor when the second is earlier', () => {
    const prose = 'The army entered the town on 14 February, after a raid on 12 February. The next day, rebels withdrew.';
    expect(timeline(prose).map((line) => line.split(' ')[0])).toEqual(['2012-02-14', '2012-02-15']);
  });

  it('counts from a day a later main clause states after a month that looks back, where the story then stands', () => {
    const convoy = 'A convoy arrived on Tuesday. Helicopters flew in food in December, and the last convoy came on 19 October. It was attacked two days later.';
    expect(timeline(convoy, { published: '2025-02-13' }).map((line) => line.split(' ')[0])).toEqual(['2025-02-11', '2024-12', '2024-10-21']);
  });
});

describe('a weekday in a story with no publication day is counted from the day just told (a Friday here)', () => {
  it.each([
    ['On Saturday, rebels withdrew.', '2012-02-11 day «On Saturday»'],
    ['On Friday evening, the line was cut.', '2012-02-10 day «On Friday»'],
    ['Monday morning, the army attacked again.', '2012-02-13 day «Monday»'],
    ['Late on Tuesday, talks resumed.', '2012-02-14 day «Late on Tuesday»'],
    ['Early Sunday, drones struck the city.', '2012-02-12 day «Early Sunday»'],
    ['The following Friday, talks resumed.', '2012-02-17 day «The following Friday»'],
    ['The next Monday, the army attacked at 6 a.m.', '2012-02-13 day «The next Monday»'],
    ['The ministry called it a provocation that same Sunday.', '2012-02-12 day «that same Sunday»'],
    ['That Friday, the line was cut.', '2012-02-10 day «That Friday»'],
    ['Thousands spent Monday and Tuesday nights at the airport.', '2012-02-13 day «Monday»'],
    // Declaring a day of mourning is dated by that day (guide), not by the time of day it was declared.
    ['That evening, the president declared Sunday a day of mourning.', '2012-02-12 day «Sunday»'],
    ['Overnight, the governor proclaims Monday a national day of mourning for the victims.', '2012-02-13 day «Monday»'],
  ])('"%s"', (sentence, expected) => {
    expect(after10February(sentence)).toBe(expected);
  });

  it('reads a weekday without "on" or a time of day as a name, and none without a day before it', () => {
    expect(timeline('On 10 February, the siege began. Bloody Sunday was remembered.')).toHaveLength(1);
    expect(timeline('In February 2012, the siege began. On Monday, rebels withdrew.')).toHaveLength(1);
  });
});

describe('a state from the day just told', () => {
  it.each([
    ['From then on, the only road out was a footbridge.', '2012-02-10 day «From then on»'],
    ['From that day onwards, the town was cut off.', '2012-02-10 day «From that day onwards»'],
  ])('"%s"', (sentence, expected) => {
    expect(after10February(sentence)).toBe(expected);
  });

  it('takes no hedge from its anchor', () => {
    expect(timeline('The rebels took the hills in early 2014. From then on, the base was supplied only by helicopter.')[1]).toBe('2014 year «From then on»');
    // Not even "around" a day the text put only around, where "that evening" names no day.
    const week = 'On 29 October the soldiers arrived. The police stopped driving in the following week. From then on, volunteers walked in at night.';
    expect(timeline(week).slice(1)).toEqual(['2012-11-05 day around «the following week»', '2012-11-05 day «From then on»']);
  });

  it('yields to a date of its own sentence', () => {
    expect(timeline('On 10 February, the siege began. On 12 February the roads were closed, and the town stayed besieged from then on.')[1]).toBe(
      '2012-02-12 day «12 February»',
    );
  });
});

describe('a habit closing on a bare "since"', () => {
  it('starts on the day just told', () => {
    expect(timeline('On 14 February the army left the town. It has been shelled almost every day since.')[1]).toBe('2012-02-14 day «almost every day since»');
    expect(timeline('On 14 February the army left the town. Drones have struck it every night since.')[1]).toBe('2012-02-14 day «every night since»');
  });

  it('starts there with its place after it, and a concession’s date after that dates nothing', () => {
    const protests = 'On 14 February the protests began. They have continued every night since then on the square, though they dwindled in April.';
    expect(timeline(protests)[1]).toBe('2012-02-14 day «every night since then»');
  });

  it('starts a happening told as going on on the day just told', () => {
    expect(timeline('On 14 February the army left the town. The shelling has not stopped since.')[1]).toBe('2012-02-14 day «has not stopped since»');
    expect(timeline('On 14 February the army left the town. Fighting in the streets has continued since.')[1]).toBe('2012-02-14 day «has continued since»');
    expect(timeline('On 14 February the army left the town. The shelling has not stopped since the spring.')).toHaveLength(1);
  });

  it('starts nothing after a happening the text dated only to its month: the habit has no stated day', () => {
    expect(timeline('In mid-August the militia took the town again. The rivalry over the area has continued since.')).toHaveLength(1);
    expect(timeline('In August the army left the town. It has been shelled almost every day since.')).toHaveLength(1);
  });

  it('is no date when "since" names its own start, nor in a habit told without one', () => {
    expect(timeline('On 14 February the army left the town. It has been shelled every day since its capture.')).toHaveLength(1);
    expect(timeline('On 14 February the army left the town. It is shelled every day.')).toHaveLength(1);
  });
});

describe('a later year a second main clause states', () => {
  it('anchors what follows though the first clause dates the sentence', () => {
    const text =
      'When the president fell ill in November 1983, his brother tried to succeed him, and in the spring of 1984 his units were deployed. The crisis ended, and he left the country later that year.';
    expect(timeline(text, {})).toEqual(['1983-11 month «November 1983»', '1984 year «later that year»']);
  });

  it('leaves a date inside the first clause, or a relative clause, as no anchor of what follows', () => {
    const text = 'In November 1983, the president fell ill, which was reported in 1984. His brother left the country later that year.';
    expect(timeline(text, {})).toEqual(['1983-11 month «November 1983»', '1983 year «later that year»']);
  });
});

describe("a casualty's later death told in a relative clause", () => {
  it('dates its sentence when the main clause has no date, but the story stays on the day of the happening', () => {
    const strike = 'On 27 June a missile hit the restaurant. Thirteen people were killed, among them a writer, who died of her injuries on 1 July.';
    expect(timeline(`${strike} The police detained a man the next day.`)).toEqual([
      '2012-06-27 day «27 June»',
      '2012-07-01 day «1 July»',
      '2012-06-28 day «the next day»',
    ]);
    expect(timeline('On 27 June a missile hit the restaurant. On 1 July the writer died. The police detained a man the next day.')).toEqual([
      '2012-06-27 day «27 June»',
      '2012-07-01 day «1 July»',
      '2012-07-02 day «the next day»',
    ]);
    // Counted on from the day, in the present of a report.
    const wounded =
      'On 26 August a drone hit the shop. Three are wounded, among them Oleksandr, who dies in hospital two days later. That evening the council meets.';
    expect(timeline(wounded).map((line) => line.split(' ')[0])).toEqual(['2012-08-26', '2012-08-28', '2012-08-26']);
  });
});

describe('a casualty described by when they were killed, after a comma', () => {
  it('yields to the main clause’s relative phrase, as the "who was killed" clause it stands for would', () => {
    const garden = 'That evening, a man shows us the garden where he buried his neighbour, killed by a shell in April.';
    expect(timeline(`The convoy arrives on 18 September. ${garden}`)).toEqual(['2012-09-18 day «18 September»', '2012-09-18 day «That evening»']);
  });
});

describe('a day a witness recalls in the past, in a report told in the present', () => {
  it('is an event of its own date that leaves the story on its day', () => {
    const report = 'This video was filmed on 13 September. Serhiy tells us he was taken from his house on 20 July. The next morning, gas comes back.';
    expect(timeline(report)).toEqual(['2012-07-20 day «20 July»', '2012-09-14 day «The next morning»']);
    // So when the witness's present closes the sentence.
    const says = 'Soldiers walk in on 11 September. They left on the night of 9 September, she says, taking her television. Two days later, police arrive.';
    expect(timeline(says)).toEqual(['2012-09-11 day «11 September»', '2012-09-09 day «9 September»', '2012-09-13 day «Two days later»']);
    // And when relatives say it, the reporters not named.
    const relatives = 'Police exhume two bodies on 4 October. Their relatives say the men were taken on 12 September. The funerals are held two days later.';
    expect(timeline(relatives)).toEqual(['2012-10-04 day «4 October»', '2012-09-12 day «12 September»', '2012-10-06 day «two days later»']);
  });
});

describe("an article's new paragraph opening on a year before the day just told", () => {
  it('starts its own thread from that year, which "The following year" counts from', () => {
    const history = 'A monument was unveiled on 9 May 1975.\n\nThe wine factory opened in 1963 and processed grapes. The following year a cannery was built.';
    expect(timeline(history, {})).toEqual(['1975-05-09 day «9 May 1975»', '1963 year «1963»', '1964 year «The following year»']);
    // In the same paragraph it is a look back, and the story stays on its day.
    const back = 'A monument was unveiled on 9 May 1975. The wine factory had opened in 1963. The following year a cannery was built.';
    expect(timeline(back, {})).toEqual(['1975-05-09 day «9 May 1975»', '1963 year «1963»', '1976 year «The following year»']);
  });
});

describe('"Since then" after a look back in a news post', () => {
  it("counts from the time just told, at its precision, not from the story's day", () => {
    const post =
      'Gunmen ambushed the convoy on Sunday. The first attack came in early May. In July, a bomb hit an escort vehicle. Since then, the lorries have travelled to the mine only twice a month.';
    expect(timeline(post, { published: '2025-10-21' })).toEqual([
      '2025-10-19 day «on Sunday»',
      '2025-05 month early «early May»',
      '2025-07 month «July»',
      '2025-07 month «Since then»',
    ]);
  });
});
