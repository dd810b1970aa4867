/** A population figure dates no happening, but a date written out for it is stated: what follows may take its year. */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe("a place's population figure told after its date", () => {
  it('is no event whoever put the population at it', () => {
    expect(timeline('A survey by the municipality in 2025 put the population at about 9,000.', {})).toEqual([]);
    expect(timeline('In 2025 the council put the population at about 9,000.', {})).toEqual([]);
  });

  it('lends a written-out date to what follows, as a force’s estimated strength does', () => {
    const council = 'By March 2025 the local council estimated the population at about 6,500.';
    expect(timeline(`In 2024 the school reopened. ${council} Teams cleared the olive groves through the spring.`, {})).toEqual([
      '2024 year «2024»',
      '2025 year spring «spring»',
    ]);
  });

  it("leaves a post's story where it was after a figure the post counts from its own day", () => {
    const post = { published: '2025-08-20' };
    const week = 'About 2,400 people were still living in the town this week, according to the council.';
    expect(timeline(`A bomb struck the town on Tuesday. ${week} The taps were dry until late on Tuesday evening.`, post)).toEqual([
      '2025-08-19 day «on Tuesday»',
      '2025-08-19 day «late on Tuesday»',
    ]);
  });
});
