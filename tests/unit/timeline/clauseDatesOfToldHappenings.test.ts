/**
 * Which clause's date dates a sentence when a clause tells what befell a thing, a month opens it, a dated happening causes or
 * ends the story. Split from `clauseDates.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { timelineWithoutEnds as timeline } from './timelineOf.ts';

describe('a "which" clause in the simple past passive telling what befell a thing in the story', () => {
  it('dates a sentence whose main clause has no date, but not one telling the thing’s earlier past', () => {
    const through = 'Russian forces moved east along the coast through Melitopol and Berdiansk, which was captured on 27 February.';
    expect(timeline(through)).toEqual(['2012-02-27 day «27 February»']);
    expect(timeline('The rebels set up a local council to run the town, which was formed on 12 April.')).toEqual(['2012-04-12 day «12 April»']);
    expect(timeline('The bridge broke the traffic record of the ferry, which had been established in March 2012.')).toEqual([]);
    // Outside the story it is still the thing's past.
    expect(timeline('The rebels set up a local council to run the town, which was formed on 12 April 2008.')).toEqual([]);
  });

  it('reads a founding participle closing a dateless past main clause as that clause, but not an aside after the subject', () => {
    const formed = 'The territory of the present oblast formed part of Donetsk Oblast, created on 2 July 1932.';
    expect(timeline(formed, {})).toEqual(['1932-07-02 day «2 July 1932»']);
    // Outside the story it is still the thing's past.
    expect(timeline(formed)).toEqual([]);
    expect(timeline('The council, formed by the rebels in April 2017, took over the city.', {})).toEqual([]);
    expect(timeline('Before 2023 the city was home to the museum and the cathedral, consecrated in 2019.', {})).toEqual([]);
  });

  it('reads it so after an opening phrase naming a happening too', () => {
    const sovietised = 'After the Sovietisation of the region, the town became part of the autonomous oblast, established on 7 July 1923.';
    expect(timeline(sovietised, {})).toEqual(['1923-07-07 day «7 July 1923»']);
    expect(timeline('Before 2023 the city was home to the museum, the theatre and the cathedral, consecrated in 2019.', {})).toEqual([]);
  });

  it("dates one whose pronoun subject goes on with the story's actors, but not one recalling their last visit", () => {
    expect(timeline('After the capture of the city, the army advanced towards the town, which they recaptured on 3 April.')).toEqual([
      '2012-04-03 day «3 April»',
    ]);
    expect(timeline('The envoy is due in the capital next week and hopes to travel on to the town, which he last visited in March.')).toEqual([]);
  });
});

describe('a month opening a sentence whose happenings then state their own days', () => {
  it('is dated by the first of those days, not by a day of another clause', () => {
    const gathered = 'In early March, the forces captured the towns of Rajo, on 3 March, and Jindires, on 8 March, and reached the city.';
    expect(timeline(gathered)).toEqual(['2012-03-03 day «3 March»']);
    expect(timeline('A ceasefire was signed in Bishkek in March and came into force on 12 March.')).toEqual(['2012-03 month «March»']);
    expect(timeline('In late March, the advance slowed, as the rebels cut the road on 23 March.')).toEqual(['2012-03 month late «late March»']);
  });

  it("is dated by the day its subject's second verb fixes, the month hedged", () => {
    const pipeline = 'In early March, about 800 soldiers walked through an empty gas pipeline and emerged behind the lines on the night of 7 March.';
    expect(timeline(pipeline)).toEqual(['2012-03-07 day «7 March»']);
    expect(timeline('In March, the soldiers walked through the pipeline and emerged behind the lines on 7 March.')).toEqual(['2012-03 month «March»']);
  });
});

describe('a dated happening as the subject of a verb of causing', () => {
  it('is what the main clause counts from', () => {
    expect(timeline('The capture of the town by the rebels on 10 January prompted the army to attack the following day.')).toEqual([
      '2012-01-11 day «the following day»',
    ]);
    expect(timeline('The capture of the town by the rebels on 10 January prompted the army to attack.')).toEqual(['2012-01-10 day «10 January»']);
  });

  it('so is a dated subject of a passive whose own time is a step counted forward', () => {
    expect(timeline('A sit-in on 3 March was broken up the next morning by riot police.')).toEqual(['2012-03-04 day «the next morning»']);
    expect(timeline('A sit-in on 3 March was broken up by riot police.')).toEqual(['2012-03-03 day «3 March»']);
  });
});

describe('the happening a story ended or began with, named with its date', () => {
  it('dates the sentence', () => {
    expect(timeline('The war ended with the ceasefire of 12 May, after which the town was rebuilt.')).toEqual(['2012-05-12 day «12 May»']);
    expect(timeline('The offensive began with the bombardment of 3 March.')).toEqual(['2012-03-03 day «3 March»']);
  });
  it('dates the sentence by the day the agreement it ended with took effect', () => {
    expect(timeline('The war ended with the protocol, a ceasefire which came into force on 12 May 1994 and froze the front.')).toEqual([
      '1994-05-12 day «12 May 1994»',
    ]);
  });
  it('dates the sentence by the day the agreement it ended with was made, in an article or a news post of years later', () => {
    const ended = 'The war ended with a ceasefire agreement brokered by Russia and signed on 9 November 2020, under which the districts were returned.';
    expect(timeline(ended, {})).toEqual(['2020-11-09 day «9 November 2020»']);
    expect(timeline(ended, { published: '2022-09-16' })).toEqual(['2020-11-09 day «9 November 2020»']);
  });
  it('dates nothing inside a relative clause, which tells a named thing’s past', () => {
    expect(timeline('The town stayed neutral during the war, which ended with the ceasefire of 12 May 2011.')).toEqual([]);
    expect(timeline('The town fell during the war, which ended with a ceasefire which came into force on 12 May 1994.')).toEqual([]);
  });
});
