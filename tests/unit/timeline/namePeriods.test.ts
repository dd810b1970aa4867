/** The years a place bore a name describe it, no happening (GUIDE.md: "The town was known as Abdallar until 1926"). */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('the years a place bore a name', () => {
  it('date nothing, told with "bore the name" too, while a founding told with its year is a happening', () => {
    expect(timeline('The village was founded by Mennonite settlers and bore the name Novhorodske from 1951 until 2021.', {})).toEqual([]);
    expect(timeline('The village was founded by Mennonite settlers in 1889.', {})).toEqual(['1889 year «1889»']);
  });
});
