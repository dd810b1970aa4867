/**
 * Dates a party promised, scheduled or aimed at, a happening's outcome made possible, and a command told in a "who" clause: what
 * lies ahead of the saying, not its day. Split from `plansAndDeadlines.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('what a happening made possible', () => {
  it('is the object of "opened the way for": its date, written or relative, dates no sentence', () => {
    expect(timeline('On 10 February, the siege began. The siege opened the way for the army’s march on the capital later in the year.')).toEqual([
      '2012-02-10 day «10 February»',
    ]);
    expect(timeline('The ceasefire paved the way for the elections held in May 2012.', {})).toEqual([]);
    expect(timeline('The talks set the stage for a withdrawal of the garrison in March 2012.', {})).toEqual([]);
    expect(timeline('Repairs allowed part of the refinery to resume work in 2023.', {})).toEqual([]);
    // What is planned to be done before a time lies ahead too; done before it, it happened.
    expect(timeline('The council plans to pave the main street before the winter.', { published: '2025-06-18' })).toEqual([]);
    // Told in the passive, what someone was allowed to do happened then.
    expect(timeline('The first families were allowed back to the town in the summer of 2019.', {})).toEqual(['2019 year summer «summer of 2019»']);
  });
  it('leaves the date of the happening itself, told before the phrase', () => {
    expect(timeline('On 5 March 2012 the ceasefire paved the way for new elections.', {})).toEqual(['2012-03-05 day «5 March 2012»']);
  });
});

describe('a month or a year a party promised to do something in', () => {
  it("is the promise's target, no happening and no anchor", () => {
    const promised = 'The officers had promised to hand over to an elected government in March 2024, and the vote never came.';
    expect(timeline(promised, {})).toEqual([]);
    expect(timeline('The junta promised elections, and in March 2024 it postponed them.', {})).toEqual(['2024-03 month «March 2024»']);
    // A clause of its own after ", and" is no part of the promise, wherever its date stands.
    expect(timeline('The republic promised to rebuild the seawall, and work began in the spring of 2022.', {})).toEqual(['2022 year spring «spring of 2022»']);
    // What a party now plans, hopes or intends to do at a date lies ahead as well.
    expect(timeline('The company has said that it hopes to restart a second furnace in 2026 if the air defence allows it.', {})).toEqual([]);
    expect(timeline('The chamber plans to hold its annual rice fair in the town from 12 to 14 December 2026.', {})).toEqual([]);
    // What people plan to do on a weekday a news post names lies ahead; a plan announced, the noun, is dated by its announcing.
    const buses = 'Shells hit the village on Monday. Volunteers plan to send two more buses on Saturday.';
    expect(timeline(buses, { published: '2025-08-14' })).toEqual(['2025-08-11 day «on Monday»']);
    expect(timeline('The government announced a plan to rebuild the town in 2021.', {})).toEqual(['2021 year «2021»']);
    expect(timeline('The chamber held its annual rice fair in the town from 12 to 14 December 2023.', {})).toHaveLength(1);
  });
});

describe('a date a party scheduled something for', () => {
  it('dates nothing, but gives a month told after it its year, or the year before when the month comes later', () => {
    const scheduled =
      'In 2021 the town grew. His successor scheduled a referendum on joining Russia for 17 July 2022, but the new leader suspended it on 30 May.';
    expect(timeline(scheduled, {})).toEqual(['2021 year «2021»', '2022-05-30 day «30 May»']);
    expect(timeline('In 2021 the town grew. The junta set the new elections for February 2024, and postponed them in December.', {})).toEqual([
      '2021 year «2021»',
      '2023-12 month «December»',
    ]);
  });
});

describe('what an effort set out to do before or by a date', () => {
  it('is its goal, a deadline: the date dates no sentence and moves no anchor', () => {
    expect(
      timeline(
        'On 10 February, the siege began. The institute described the battle as part of a wider effort to take the southern front before the winter of 2012–2013. The next day, rebels withdrew.',
      ),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-11 day «The next day»']);
    expect(timeline('It was a last attempt to reach the city by 1 May 2012.', {})).toEqual([]);
  });
  it('leaves a clause of its own after "and", and a date before the effort', () => {
    expect(timeline('They made an effort to hold the bridge, and before 5 March 2012 they had left.', {})).toEqual([
      '2012-03-05 day before «before 5 March 2012»',
    ]);
    expect(timeline('On 5 March 2012 the army began an effort to take the town before the winter.', {})).toEqual(['2012-03-05 day «5 March 2012»']);
  });
});

describe('a present-tense verb of coming before a month', () => {
  it('tells one happening when its subject is counted the first of its kind, not what every year brings', () => {
    expect(
      timeline('The first strikes on the road come in early June, when drones start crossing the river.', { infoboxDate: '3 June 2012 – 25 August 2012' }),
    ).toEqual(['2012-06 month early «early June»']);
    expect(timeline('The rains come in June.', { infoboxDate: '3 June 2012 – 25 August 2012' })).toEqual([]);
  });

  it('and when its subject is a happening of war, one of its kind', () => {
    const breakthrough = 'The breakthrough comes in the third week of June, when assault groups slip into the town.';
    expect(timeline(breakthrough, { infoboxDate: '3 June 2012 – 25 August 2012' })).toEqual(['2012-06 month mid «the third week of June»']);
    expect(timeline('The counter-attack comes in mid-July.', { infoboxDate: '3 June 2012 – 25 August 2012' })).toEqual(['2012-07 month mid «mid-July»']);
  });
});

describe('a command told in a "who" clause', () => {
  it('is a happening when told on one day, not a post held from a date', () => {
    expect(timeline('The town was taken by volunteers under Melkonian, who led the assault on 3 May 2012.', {})).toEqual(['2012-05-03 day «3 May 2012»']);
  });
});

describe('a date a demand asks something to be done by, or an arrangement with a comma before its "by"', () => {
  it('is a deadline: it dates nothing and moves no anchor', () => {
    const demanded = 'On 10 March 2005 parliament passed a resolution demanding that the bases be closed by 1 January 2006.';
    expect(timeline(`${demanded} Two days later, residents rallied.`, {})).toEqual(['2005-03-10 day «10 March 2005»', '2005-03-12 day «Two days later»']);
    expect(timeline('The base was to be closed first, by the end of 2007.', {})).toEqual([]);
  });
});
