/** The years a place bore a name describe it, no happening (GUIDE.md: "The town was known as Abdallar until 1926"). */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('the years a place bore a name', () => {
  it('date nothing, told with "bore the name" too, while a founding told with its year is a happening', () => {
    expect(timeline('The village was founded by Mennonite settlers and bore the name Novhorodske from 1951 until 2021.', {})).toEqual([]);
    expect(timeline('The village was founded by Mennonite settlers in 1889.', {})).toEqual(['1889 year «1889»']);
  });

  it('date nothing from an opening "From … to" or "Until", the name borne or a street named after someone', () => {
    expect(timeline('From 1951 to 1992 the town bore the name Nesterov, after the aviator.', {})).toEqual([]);
    expect(timeline('Until 1991 the main street was named after Lenin.', {})).toEqual([]);
    expect(timeline('Until 1970 it was officially known as Talish.', {})).toEqual([]);
    expect(timeline('In 1991 the main street was named after Lenin.', {})).toEqual(['1991 year «1991»']);
  });

  it('is no becoming known, a happening of its date', () => {
    expect(timeline('The group first made itself known in April 2013.', {})).toEqual(['2013-04 month «April 2013»']);
    expect(timeline('The village became known in 2011 for its banners.', {})).toEqual(['2011 year «2011»']);
    expect(timeline('The town was known in 1900 as Nova.', {})).toEqual([]);
  });
});
