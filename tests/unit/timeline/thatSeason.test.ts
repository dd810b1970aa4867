/** "That winter": the season of the year just told, or the one the sentence before named with its year (`thatSeasonYear.ts`). */
import { describe, expect, it } from 'vitest';
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
});
