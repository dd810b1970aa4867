/** A month told without its year inside a closed story (an infobox's or a report's span) the text has not left stays in its year. */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('a month recalled in a closed story the text has not left', () => {
  it("takes the story's year, not the next one a wrap would give", () => {
    const report = 'On 28 June the sidings burned. It is not the first hit on this line. In February, a drone set fire to a fuel train.';
    expect(timeline(report, { infoboxDate: '14 June 2025 – 3 July 2025' })).toEqual(['2025-06-28 day «28 June»', '2025-02 month «February»']);
    // From a day of the story's last month before its last day, too.
    const september = 'On 11 September soldiers walk into the village. Valentyna tells us that soldiers lived in her house from March.';
    expect(timeline(september, { infoboxDate: '11 September 2022 – 30 September 2022' })).toEqual(['2022-09-11 day «11 September»', '2022-03 month «March»']);
  });
});

describe('a winter told as a story of its first months opens', () => {
  // A paragraph on, the year 2024 stated before the story no longer holds (it holds to the end of its paragraph).
  it('is the winter the story starts in, of the year before', () => {
    const report =
      'In the spring of 2024 the school closed.\n\nOver the winter the army pushes south along the river.\n\nThe first clip is from January 14. A drone follows five soldiers.';
    expect(timeline(report, { infoboxDate: '14 January 2025 – 9 June 2025' })).toEqual([
      '2024 year spring «spring of 2024»',
      '2024 year winter «winter»',
      '2025-01-14 day «»',
    ]);
  });

  it('stays in the story once the text has reached it', () => {
    const report = 'On 20 February the bridge fell. Over the winter the army pushes south along the river.';
    expect(timeline(report, { infoboxDate: '14 January 2025 – 9 June 2025' })).toEqual(['2025-02-20 day «20 February»', '2025 year winter «winter»']);
  });
});
