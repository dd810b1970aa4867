/** A month or a year in brackets after a campaign's name: which namesake it is, part of the name (GUIDE.md: a date inside a name). */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('a date alone in brackets after a campaign’s name', () => {
  it('is part of the name, and a period in brackets after a common noun is not', () => {
    const named = 'The relief of the city was followed by the Deir ez-Zor offensive (September–November 2017), in which the army crossed the river.';
    expect(timeline(named, {})).toEqual([]);
    const period = 'After the first full year of operation (May 2018 – May 2019), traffic grew.';
    expect(timeline(period, {})).toEqual(['2018-05 month → 2019-05 «May 2018 – May 2019»']);
  });
});

describe('a date a thing is named after', () => {
  it('is its name, and the sentence keeps its own date', () => {
    const farm = 'The Bolsheviks took the area in 1920. A collective farm named after the First of May was organised in 1930 nearby.';
    expect(timeline(farm, {})).toEqual(['1920 year «1920»', '1930 year «1930»']);
    const street = 'The war ended in 1945. The main street was renamed in honour of 9 May in 1965.';
    expect(timeline(street, {})).toEqual(['1945 year «1945»', '1965 year «1965»']);
  });
});
