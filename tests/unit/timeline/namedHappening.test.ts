import { describe, expect, it } from 'vitest';
import { recallHappening } from '../../../src/timeline/namedHappening.ts';
import { timeline } from './timelineOf.ts';

describe('"on the same day as" a happening told before', () => {
  const dated = [
    { text: 'On 30 September, Putin signed treaties annexing the oblast.', date: '2022-09-30', precision: 'day' as const },
    { text: 'On 12 October the assembly adopted a resolution.', date: '2022-10-12', precision: 'day' as const },
  ];

  it('finds the latest sentence telling it by the stem of its name', () => {
    expect(recallHappening('signing ceremony', dated)).toEqual({ year: 2022, month: 9, day: 30, precision: 'day' });
    expect(recallHappening('resolution', dated)).toEqual({ year: 2022, month: 10, day: 12, precision: 'day' });
  });

  it('finds nothing for a happening not told, or told only to the month', () => {
    expect(recallHappening('bombing', dated)).toBeUndefined();
    expect(recallHappening('vote', [{ text: 'The vote was held in September.', date: '2022-09', precision: 'month' }])).toBeUndefined();
  });

  it('dates the sentence by that day, not by the day just told', () => {
    const prose =
      'On 30 September, Putin signed treaties. On 12 October the assembly adopted a resolution. On the same day as the signing ceremony, a strike hit a convoy.';
    expect(timeline(prose, { infoboxDate: '2022' })).toEqual([
      '2022-09-30 day «30 September»',
      '2022-10-12 day «12 October»',
      '2022-09-30 day «On the same day as the signing ceremony»',
    ]);
    expect(timeline('On 12 October the assembly met. On the same day as the funeral, a strike hit a convoy.', { infoboxDate: '2022' })).toEqual([
      '2022-10-12 day «12 October»',
    ]);
  });
});

describe('"On the day" a clause tells, told before with its day', () => {
  it('is the day of the sentence holding its verb and its object, whatever was dated since', () => {
    const prose = 'The offensive resumed on 5 March. On 9 March, the army reached the river. The army entered the town on 11 March.';
    expect(timeline(`${prose} On the day the army reached the river, a convoy was struck.`)[3]).toBe('2012-03-09 day «On the day the army reached the river»');
    expect(timeline(`${prose} On the day the army reached the M5 river, a convoy was struck.`)[3]).toBe(
      '2012-03-09 day «On the day the army reached the M5 river»',
    );
    // Its subject alone ("the army") is in many sentences: with no sentence telling the verb and the object, no date.
    expect(timeline('The army entered the town on 11 March. On the day the army reached the river, a convoy was struck.')).toEqual([
      '2012-03-11 day «11 March»',
    ]);
  });
});

describe('"the same day as the attack" in the article of a one-day attack', () => {
  it('is the attack’s day, not that of a later sentence mentioning it', () => {
    const prose =
      'On the morning of 24 August, gunmen attacked the town. The minister, who visited on 26 August, said the attack had caused many deaths. The group claimed it in a statement released the same day as the attack.';
    expect(timeline(prose, { infoboxDate: '24 August 2024' })).toEqual([
      '2024-08-24 day «24 August»',
      '2024-08-26 day «26 August»',
      '2024-08-24 day «the same day as the attack»',
    ]);
  });

  it('is not when the story spans days, nor for an attack placed elsewhere', () => {
    const prose = 'On 24 August, gunmen stormed the town. On 26 August, the minister spoke about the attack. Rebels struck a post the same day as the attack';
    expect(timeline(`${prose}.`, { infoboxDate: '24–27 August 2024' })[2]).toBe('2024-08-26 day «the same day as the attack»');
    expect(timeline(`${prose} on Kaya.`, { infoboxDate: '24 August 2024' })[2]).toBe('2024-08-26 day «the same day as the attack on Kaya»');
  });
});

describe('"the attack" in the article of a one-day attack, right after the text told a later attack', () => {
  it('is that later attack, as a count from a happening the text named is, while a mere mention of "the attack" leaves the story’s', () => {
    const first = 'On 24 August, gunmen attacked the town. ';
    const count = 'Four days after the attack, the president spoke.';
    expect(timeline(`${first}On 2 September, gunmen attacked a second town. ${count}`, { infoboxDate: '24 August 2024' }).at(-1)).toBe(
      '2024-09-06 day «Four days after the attack»',
    );
    expect(timeline(`${first}On 2 September, the minister said the attack was planned abroad. ${count}`, { infoboxDate: '24 August 2024' }).at(-1)).toBe(
      '2024-08-28 day «Four days after the attack»',
    );
  });
});

describe('"on the day of" a happening named by a noun', () => {
  it('is the day the text told it, not a later day that only mentions it, nor the day just told', () => {
    const prose =
      'A jet crashed near the village on 23 August. On 24 August, Putin spoke about the crash. On 23 June, the mutiny began, and on 21 August a video appeared. On the day of the crash, the general was removed.';
    expect(timeline(prose, { infoboxDate: '2023' })).toEqual([
      '2023-08-23 day «23 August»',
      '2023-08-24 day «24 August»',
      '2023-06-23 day «23 June»',
      '2023-08-23 day «On the day of the crash»',
    ]);
  });

  it('is the day just told when no sentence told the happening', () => {
    expect(timeline('On 5 March, rebels entered the town. Medics counted 20 dead on the day of the explosion.', { infoboxDate: '2012' })).toEqual([
      '2012-03-05 day «5 March»',
      '2012-03-05 day «on the day of the explosion»',
    ]);
  });

  it('reads "on the night of" the happening as its day, an accident or a disaster as well', () => {
    expect(timeline('On 26 April 1986, the reactor exploded. Two workers died on the night of the accident.', { infoboxDate: '1986' })).toEqual([
      '1986-04-26 day «26 April 1986»',
      '1986-04-26 day «on the night of the accident»',
    ]);
    expect(
      timeline('A jet crashed near the village on 23 August. On 24 August, Putin spoke. Looters came on the evening of the crash.', { infoboxDate: '2023' }),
    ).toEqual(['2023-08-23 day «23 August»', '2023-08-24 day «24 August»', '2023-08-23 day «on the evening of the crash»']);
  });

  it('falls back on a mention with "the" when nothing else tells it', () => {
    const dated = [{ text: 'On 24 August, Putin spoke about the crash.', date: '2023-08-24', precision: 'day' as const }];
    expect(recallHappening('crash', dated)).toEqual({ year: 2023, month: 8, day: 24, precision: 'day' });
  });
});

describe('"a week after the first": the first of a series told before', () => {
  it('counts from the day the first was told, whatever was dated since, not from a clip of the material', () => {
    const prose =
      'On 24 January the first assault begins. In the first clip we geolocated, filmed the next day, tanks burn. By 27 January it has stalled. The second attempt comes a week after the first.';
    expect(timeline(prose, { infoboxDate: '2023' })).toEqual([
      '2023-01-24 day «24 January»',
      '2023-01-25 day «the next day»',
      '2023-01-27 day «27 January»',
      '2023-01-31 day «a week after the first»',
    ]);
  });

  it('counts from the story\'s first day when no sentence calls anything "the first" and the text told that day', () => {
    const prose = 'On 11 March drones hit the depot. The next day the strike is confirmed. The second attack comes a week after the first.';
    expect(timeline(prose, { infoboxDate: '11–22 March 2025' })).toEqual([
      '2025-03-11 day «11 March»',
      '2025-03-12 day «The next day»',
      '2025-03-18 day «a week after the first»',
    ]);
  });

  it('counts minutes within the day of the first and a month to the month after it', () => {
    expect(timeline('On 24 January the first bomb lands. The second hit a few minutes after the first, as people ran.', { infoboxDate: '2023' })).toEqual([
      '2023-01-24 day «24 January»',
      '2023-01-24 day «a few minutes after the first»',
    ]);
    expect(
      timeline('On 24 January the first assault begins. On 2 February it stalls. A month after the first assault, troops hold the district.', {
        infoboxDate: '2023',
      }),
    ).toEqual(['2023-01-24 day «24 January»', '2023-02-02 day «2 February»', '2023-02 month «A month after the first assault»']);
  });

  it('keeps a moment after the first of a series no sentence named as the first in the day just told, and leaves a count of days unanchored', () => {
    const video = 'On 19 November two missiles hit two blocks. This video was filmed a few seconds after the first impact. The top floors burn.';
    expect(timeline(video, { infoboxDate: '2025' })).toEqual(['2025-11-19 day «19 November»', '2025-11-19 day «»']);
    expect(timeline('On 19 November two missiles hit. The second comes two days after the first.', { infoboxDate: '2025' })).toEqual([
      '2025-11-19 day «19 November»',
    ]);
  });

  it('dates nothing when no first was told to the day, nor when a noun follows', () => {
    expect(timeline('In January the first assault begins. The second comes two days after the first.', { infoboxDate: '2023' })).toEqual([
      '2023-01 month «January»',
    ]);
    expect(timeline('On 24 January the first assault begins. The second comes a week after the first snow.', { infoboxDate: '2023' })).toEqual([
      '2023-01-24 day «24 January»',
    ]);
  });
});

describe('a count of days or weeks from a happening the text named', () => {
  it('counts from the day the text told that happening, whatever was dated since', () => {
    expect(
      timeline('On 12 March the ministry announced the retreat. On 13 March the rain came. The staff left a week before the announcement, taking the files.'),
    ).toEqual(['2012-03-12 day «12 March»', '2012-03-13 day «13 March»', '2012-03-05 day «a week before the announcement»']);
  });

  it('dates nothing when no sentence told it, and yields to a day that follows', () => {
    expect(timeline('On 12 March the rain came. The staff left a week before the announcement.')).toEqual(['2012-03-12 day «12 March»']);
    expect(timeline('On 12 March the dam was breached. Two days after the breach, on Wednesday, the mayor visits.')[1]).toBe('2012-03-14 day «on Wednesday»');
  });

  it('counts from a happening named with a possessive ("three days after his arrest") as from "the arrest"', () => {
    expect(
      timeline('On 5 March the opposition leader was arrested. On 7 March protests spread. Three days after his arrest, his party called a strike.'),
    ).toEqual(['2012-03-05 day «5 March»', '2012-03-07 day «7 March»', '2012-03-08 day «Three days after his arrest»']);
  });

  it('finds an inauguration told as a swearing-in, and none when neither was told', () => {
    expect(
      timeline(
        'The president was sworn in on 2 April. Later that month the budget passed. Two days before his inauguration, soldiers tried to seize the palace.',
      ),
    ).toEqual(['2012-04-02 day «2 April»', '2012-04 month «Later that month»', '2012-03-31 day «Two days before his inauguration»']);
    expect(timeline('Two days after his inauguration, soldiers rebelled.')).toEqual([]);
  });

  it('finds a happening told with its own day in a sentence dated by an earlier clause, in the year that sentence gives', () => {
    const sworn = { text: 'Bazoum won a runoff in February 2021 and was sworn in on 2 April that year.', date: '2021-02', precision: 'month' as const };
    expect(recallHappening('sworn inaugurated inauguration', [sworn])).toEqual({ year: 2021, month: 4, day: 2, precision: 'day' });
    const american = { text: 'He won in February and was sworn in on April 2, 2021, in Niamey.', date: '2021-02', precision: 'month' as const };
    expect(recallHappening('sworn', [american])).toEqual({ year: 2021, month: 4, day: 2, precision: 'day' });
    // The day must be the happening's own, a few words on: a day told of something else in the sentence is not it.
    const other = { text: 'He was sworn in that spring, after the court ruled on the appeal filed on 2 April.', date: '2021', precision: 'year' as const };
    expect(recallHappening('sworn', [other])).toBeUndefined();
  });
});

describe('an opening "During the …," naming one move', () => {
  it('places the sentence in the night just told with its two days, undated sentences between', () => {
    const night = 'On the night of 25 to 26 February the fighters left the town. The route was mined. During the breakout, many were killed.';
    expect(timeline(night)[1]).toBe('2012-02-25 day → 2012-02-26 «During the breakout»');
    expect(timeline('On 25 February the town was stormed. During the assault, civilians were killed.')[1]).toBe('2012-02-25 day «During the assault»');
  });

  it('names no one day of a longer span or of a month, and yields to a day of its own', () => {
    expect(timeline('From 5 to 8 March the fighters left the town. During the withdrawal, many were killed.')).toHaveLength(1);
    expect(timeline('In March the fighters left the town. During the withdrawal, many were killed.')).toHaveLength(1);
    expect(timeline('On 25 February the fighters left. During the breakout on 27 February, many were killed.')[1]).toBe('2012-02-27 day «27 February»');
  });
});

describe('"the same conference" told after a gathering dated to the day', () => {
  it('is that gathering’s day, whatever was dated since, and no day when none was told', () => {
    const prose =
      'On 29 January 2025, at a conference in Damascus, the factions announced their dissolution. On 30 January the army moved. The same conference named him president.';
    expect(timeline(prose, { infoboxDate: '2025' })).toEqual([
      '2025-01-29 day «29 January 2025»',
      '2025-01-30 day «30 January»',
      '2025-01-29 day «The same conference»',
    ]);
    expect(timeline('In January 2025 the factions met in Damascus. At the same meeting, he was named president.', { infoboxDate: '2025' })).toEqual([
      '2025-01 month «January 2025»',
    ]);
  });
});

describe('what a speaker told a gathering dated to the day', () => {
  it('is that gathering’s day, and no day when none was told to the day', () => {
    const prose = 'On 16 July the decree was adopted at a cabinet meeting. The minister told the meeting that the commission was too costly.';
    expect(timeline(prose)).toEqual(['2012-07-16 day «16 July»', '2012-07-16 day «told the meeting»']);
    expect(timeline('In July the cabinet met. The minister addressed the meeting at length.')).toEqual(['2012-07 month «July»']);
    expect(timeline('The minister told the meeting that the commission was too costly.')).toEqual([]);
  });
});

describe('a happening just told placed a count after an earlier one named only there', () => {
  it('tells the earlier one, counted back from the day just told, and moves no anchor', () => {
    const prose =
      'On 20 April 2023, soldiers killed 156 civilians in Karma. The massacre came five days after an ambush in which 40 soldiers had been killed. The next day, the army denied it.';
    expect(timeline(prose, { infoboxDate: '2023' })).toEqual([
      '2023-04-20 day «20 April 2023»',
      '2023-04-15 day «five days after»',
      '2023-04-21 day «The next day»',
    ]);
  });

  it('counts back from the day the text told the subject, an act of government too, whatever was dated since', () => {
    const prose =
      'On 6 December 2023, the leader dismissed the government in a decree. On 7 December he named a new prime minister. The decree came two weeks after a commission criticised the government.';
    expect(timeline(prose, { infoboxDate: '2023' })).toEqual([
      '2023-12-06 day «6 December 2023»',
      '2023-12-07 day «7 December»',
      '2023-11-22 day «two weeks after»',
    ]);
  });

  it('tells the earlier one on the same day when the count is in hours', () => {
    const prose = 'On 20 April 2023, the ministry ended the pact. The announcement came a few hours after the minister left the capital.';
    expect(timeline(prose, { infoboxDate: '2023' })).toEqual(['2023-04-20 day «20 April 2023»', '2023-04-20 day «a few hours after»']);
  });

  it('leaves a count after a happening the text never dated unanchored', () => {
    expect(timeline('On 20 April 2023, soldiers killed 156 civilians. Rebels struck a day after they attacked a convoy.', { infoboxDate: '2023' })).toEqual([
      '2023-04-20 day «20 April 2023»',
    ]);
  });
});

describe('a happening the heading names', () => {
  it('is the day the section tells first, when no dated sentence names it by its noun', () => {
    const prose = 'On 26 April 1986, the reactor exploded. A fire burned over the next ten days. Two workers died on the night of the accident.';
    expect(timeline(prose, { infoboxDate: '1986' }, '1986 accident')).toEqual([
      '1986-04-26 day «26 April 1986»',
      '1986-04-27 day → 1986-05-06 «over the next ten days»',
      '1986-04-26 day «on the night of the accident»',
    ]);
    // Under a heading that names no accident, it is the day just told (the range's last day).
    expect(timeline(prose, { infoboxDate: '1986' }, 'Reactor')[2]).toBe('1986-05-06 day «on the night of the accident»');
  });
});

describe('a count before or after "the first round" of a vote', () => {
  it('counts from the first day of the vote told with its two days, whatever was dated since', () => {
    expect(
      timeline(
        'The parliamentary elections took place on 4 March and 18 March. On 20 March, the results came in. Three days before the first round, a candidate was shot.',
      ),
    ).toEqual(['2012-03-04 day «4 March»', '2012-03-20 day «20 March»', '2012-03-01 day «Three days before the first round»']);
  });

  it('dates nothing when no vote was told', () => {
    expect(timeline('On 4 March, the army entered the town. Two days after the first round, a candidate was shot.')).toEqual(['2012-03-04 day «4 March»']);
  });
});
