/** A day of remembrance its keepers mark every year, named without its year, is no happening of the story (guide: commemoration). */
import { describe, expect, it } from 'vitest';
import { timelineWithoutEnds as timeline } from './timelineOf.ts';

const SIEGE = 'On 10 February, the siege began.';

describe('days kept every year', () => {
  it.each([
    'Veterans mark the relief of the city on 12 May, together with the end of the war, as the "Day of Return".',
    'The villagers celebrate their return on 2 April as a holiday of their own.',
    "In the north, 3 March was observed as the day of the city's loss until the town was retaken.",
    'For decades, 3 March was marked as a day of mourning till the war ended.',
  ])('"%s" dates nothing', (sentence) => {
    expect(timeline(`${SIEGE} ${sentence}`)).toEqual(['2012-02-10 day «10 February»']);
  });

  it('keeps a present-tense report of one keeping, and a day of mourning kept once', () => {
    expect(timeline(`${SIEGE} Residents mark the liberation on 11 March with a concert.`)).toEqual([
      '2012-02-10 day «10 February»',
      '2012-03-11 day «11 March»',
    ]);
    expect(timeline(`${SIEGE} 16 March was observed as a day of mourning across the country.`)).toEqual([
      '2012-02-10 day «10 February»',
      '2012-03-16 day «16 March»',
    ]);
  });
});
