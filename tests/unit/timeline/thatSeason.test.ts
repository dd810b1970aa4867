/** "That winter", "Over the summer": the season of the year just told, or the one the sentence before named with its year (`thatSeasonYear.ts`). */
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/timeline/extractTimeline.ts';
import { timeline } from './timelineOf.ts';

describe('"that" before a season', () => {
  const post = { published: '2025-02-14' };

  it('names the season of the year just told, not the one of a news post’s present', () => {
    expect(timeline('In 2022 the grid held. That winter, drones destroyed half of the grid.', post)).toEqual(['2022 year «2022»', '2022 year winter «winter»']);
  });

  it('names the season the sentence before named with its year, whatever that sentence is dated by', () => {
    const asked = 'On Monday the president asked for more batteries, saying Kyiv could not get through another winter like that of 2022–2023.';
    expect(timeline(`${asked} That winter, drones destroyed half of the grid.`, post)).toEqual(['2025-02-10 day «On Monday»', '2022 year winter «winter»']);
  });

  it('names the season whatever follows it, a preposition or a second verb, but not a season "of" what filled it', () => {
    const seminary = 'The diocese closed the seminary in January 1906. It reopened that autumn under a new rector, an Ossetian priest.';
    expect(timeline(seminary, {})).toEqual(['1906-01 month «January 1906»', '1906 year autumn «autumn»']);
    const work = 'The council signed the contract in March 2023. Work began that autumn but stopped in May 2024.';
    expect(timeline(work, {})).toEqual(['2023-03 month «March 2023»', '2023 year autumn «autumn»']);
    // After a subject counted with "Most of", which ranks nothing ("one of the most intense attacks that autumn" does).
    const laidOff = 'The plant stopped in March 2022. Most of the remaining 600 workers were laid off that autumn, and some joined the army.';
    expect(timeline(laidOff, {})).toEqual(['2022-03 month «March 2022»', '2022 year autumn «autumn»']);
    expect(timeline('The plant stopped in March 2022. It was one of the most intense attacks on the grid that autumn.', {})).toHaveLength(1);
    const winter = 'The army left in March 2023. Many families went through that winter of checkpoints and searches.';
    expect(timeline(winter, {})).toEqual(['2023-03 month «March 2023»']);
    // Set as the subject's appositive, it yields to the main clause's date, as "formed in the summer" does.
    const battalion =
      'The army stormed the town in March 2012. The battalion, formed that summer by men of the village and of Afis, attacked on 19 August 2012.';
    expect(timeline(battalion, {})[1]).toBe('2012-08-19 day «19 August 2012»');
  });
});

describe('a season opening the sentence', () => {
  it('is that season of the year just told before a subject opened by "more" or a number, as before "the"', () => {
    const opening = 'It is March 2023 when the first bomb falls.';
    expect(timeline(`${opening} Over the summer more bombs follow.`, {})).toEqual(['2023-03 month «March 2023»', '2023 year summer «summer»']);
    expect(timeline(`${opening} In the summer 40 bombs fall on the town.`, {})).toEqual(['2023-03 month «March 2023»', '2023 year summer «summer»']);
    expect(timeline(`${opening} That autumn Russian forces push towards the river.`, {})).toEqual(['2023-03 month «March 2023»', '2023 year autumn «autumn»']);
    // A bare plural subject, with where it came from or its verb right after it.
    const volunteers = 'Over the summer volunteers from Kyiv repaired roofs, and the school reopened on 1 September 2023.';
    expect(timeline(`${opening} ${volunteers}`, {})).toEqual(['2023-03 month «March 2023»', '2023 year summer «summer»']);
  });
});

describe('a season with no year in a paragraph of its own', () => {
  it('is not after a closed story it would fall past in the story’s year: it stays in the year the text stated', () => {
    const background = '## Background\nTroops reached the village in early March 2022.\n\nDuring the autumn and winter, engineers dug ditches.\n';
    const battle = { infoboxDate: '8 June – 31 August 2023' };
    expect(extractTimeline(background, battle).map((event) => `${event.date} ${event.qualifier ?? ''}`)).toEqual(['2022-03 early', '2022 autumn']);
  });
});

describe('a season ending a subject before its past verb', () => {
  it('is that season of the year just told, no name', () => {
    const prose = 'On 16 August 2023 the marines took the village. Attempts to push on towards Pryiutne in the autumn made little progress.';
    expect(timeline(prose, {})).toEqual(['2023-08-16 day «16 August 2023»', '2023 year autumn «autumn»']);
  });
});

describe('a season "of that year"', () => {
  it('reads "in the summer of that year" as that season of the year just told, and "of the following year" of the next', () => {
    const camp = 'On 21 May 2018 the army retook the camp.';
    const returned = 'Displaced families began to return in the summer of that year, although much of the town was still in ruins.';
    expect(timeline(`${camp} ${returned}`, {})[1]).toBe('2018 year summer «summer»');
    expect(timeline(`${camp} Trade resumed in the autumn of the same year.`, {})[1]).toBe('2018 year autumn «autumn»');
    expect(timeline(`${camp} Trade resumed in the summer of the following year.`, {})[1]).toBe('2019 year summer «summer»');
  });
});

describe('a month a later clause states within a season that dates the sentence', () => {
  it('is where the story stands from the season’s first month on, and not before it', () => {
    const bridge = 'Throughout the summer of 2023 fighters cut the roads, and in August they blew up the bridge.';
    expect(timeline(`${bridge} From then on, supplies came only in convoys.`, {})).toEqual([
      '2023 year summer «summer of 2023»',
      '2023-08 month «From then on»',
    ]);
    const camp = 'The camp was set up in the autumn of 2016, and by mid-January some 600 fighters had been registered there.';
    expect(timeline(`${camp} From then on, patrols left every day.`, {})[1]).toBe('2016 year «From then on»');
  });
});
