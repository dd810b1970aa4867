/** Counts from a happening the text told before and names again ("a week after the first", "three days after his arrest", "came five days after"). */
import { describe, expect, it } from 'vitest';
import { recallHappening } from '../../../src/timeline/namedHappening.ts';
import { timeline } from './timelineOf.ts';

describe('a count of days from a happening named again', () => {
  it('counts past a place the phrase goes on to name, and in words up to nineteen', () => {
    const buried =
      'The fighters opened fire on 10 June 2015, killing at least 20 people. The dead were buried two days after the killing in the village cemetery.';
    expect(timeline(buried, {})).toEqual(['2015-06-10 day «10 June 2015»', '2015-06-12 day «two days after the killing»']);
    const nineteen = 'Khmelnytsky died in Chyhyryn on 6 August 1657. Nineteen days later his body was carried to Subotiv.';
    expect(timeline(nineteen, {})).toEqual(['1657-08-06 day «6 August 1657»', '1657-08-25 day «Nineteen days later»']);
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

  it('keeps "minutes after the first explosions" in the attack just told: plural, the first of it, no series', () => {
    const report =
      'On 16 March 2024 the first strike hits the yard. The heaviest attack comes on 25 May 2025. Minutes after the first explosions, a drone hits a carriage.';
    expect(timeline(report, { infoboxDate: '2024 - 2025' })[2]).toBe('2025-05-25 day «Minutes after the first explosions»');
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

  it('dates "the night before the attack" and "on the eve of" it the day before the one told, "the day after" it the day after', () => {
    const told = 'Fighters attacked the army base early on 3 March, killing 40 soldiers.';
    expect(timeline(`${told} The night before the attack, residents said, the mobile network went down.`)[1]).toBe(
      '2012-03-02 day «The night before the attack»',
    );
    expect(timeline(`${told} The network went down on the eve of the attack.`)[1]).toBe('2012-03-02 day «on the eve of the attack»');
    expect(timeline(`${told} The day after the attack, the minister visited.`)[1]).toBe('2012-03-04 day «The day after the attack»');
  });

  it('counts "the attack" from the one told, not from a plural "attacks" telling many', () => {
    const prose =
      'On 13 December 2004 militants took part in the first attacks on police. On 13 October 2005 they beat off the attack at the airport. A man was arrested ten days after the attack.';
    expect(timeline(prose)[2]).toBe('2005-10-23 day «ten days after the attack»');
  });

  it('counts "a week after the strike" from missiles that hit, not from what "had been hit" in a denial', () => {
    const report = { title: 'Kharkiv Tractor Plant 2012', infoboxDate: '22 March - 15 November 2012' };
    const told =
      'On 30 August a glide bomb hits a block. On 8 November two missiles hit the assembly shop. Satellite image, November 10: a hole. A week after the strike, the director spoke.';
    expect(timeline(told, report)[3]).toBe('2012-11-15 day «A week after the strike»');
    const denied =
      'On 1 November a drone struck the tent. On 6 November the army denied that civilians had been hit. A week after the strike, the mayor spoke.';
    expect(timeline(denied, report)[2]).toBe('2012-11-08 day «A week after the strike»');
  });

  it('counts "two days after the fighting began" from the start the text told, found by its noun and its verb together', () => {
    const prose =
      'The fighting began at about 13:15 on 12 July, when troops fired. On 16 July, the minister was dismissed. Two days after the fighting began, Erdoğan spoke.';
    expect(timeline(prose)[2]).toBe('2012-07-14 day «Two days after the fighting began»');
    // No sentence told it "began": the beginning is the day the happening itself was told, not a later day naming it.
    const attacked =
      'On 5 September fighters attacked the army post. On 6 September the attack was repelled. Two days after the attack began, JNIM claimed it.';
    expect(timeline(attacked)[2]).toBe('2012-09-07 day «Two days after the attack began»');
  });

  it('dates nothing when no sentence told it, and yields to a day that follows', () => {
    expect(timeline('On 12 March the rain came. The staff left a week before the announcement.')).toEqual(['2012-03-12 day «12 March»']);
    expect(timeline('On 12 March the dam was breached. Two days after the breach, on Wednesday, the mayor visits.')[1]).toBe('2012-03-14 day «on Wednesday»');
  });

  it('counts from a handover told by the side that took control', () => {
    const handover = 'Border guards took control of the four villages on 24 May. Two weeks after the handover, deminers began clearing the fields.';
    expect(timeline(handover)[1]).toBe('2012-06-07 day «Two weeks after the handover»');
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

  it('is so for a disaster just told as the subject: a flood, a fire, a landslide', () => {
    const prose = 'The river burst its banks on 30 June 2025. The flood came two weeks after a hailstorm stripped the tea bushes.';
    expect(timeline(prose, { infoboxDate: '2025' })).toEqual(['2025-06-30 day «30 June 2025»', '2025-06-16 day «two weeks after»']);
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

  it('tells the earlier one in the month a count of months names back, a pronoun subject and an actor named by a common noun too', () => {
    const prose = 'On 23 June 2024, gunmen attacked two churches. They came three months after gunmen killed 145 people near Moscow.';
    expect(timeline(prose, { infoboxDate: '2024' })).toEqual(['2024-06-23 day «23 June 2024»', '2024-03 month «three months after»']);
    // "a month after" is a round figure, no count to date by.
    const round = 'On 1 November 2019, gunmen attacked the camp. The attack came a month after the attacks on the camps of Boulkessi.';
    expect(timeline(round, { infoboxDate: '2019' })).toEqual(['2019-11-01 day «1 November 2019»']);
  });

  it('counts back from a massacre told by its killing, with an older year between, and an actor named by a common noun', () => {
    const prose =
      'On 23 March 2019, gunmen killed 160 villagers. The militia was founded in 2016 by hunters. The massacre came six days after jihadists overran an army camp.';
    expect(timeline(prose, { infoboxDate: '2019' })[2]).toBe('2019-03-17 day «six days after»');
  });

  it('counts back from the massacre told on its day, not from a later saying that reports the killing in the pluperfect', () => {
    const prose =
      'On 20 April 2023, soldiers killed dozens in Karma. On 23 April, the prosecutor said that about 60 people had been killed. The massacre came five days after an ambush.';
    expect(timeline(prose, { infoboxDate: '2023' })[2]).toBe('2023-04-15 day «five days after»');
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
