import { describe, expect, it } from 'vitest';
import { recallHappening } from '../../../src/timeline/namedHappening.ts';
import { timeline } from './timelineOf.ts';

describe('"on the same day as" a happening told before', () => {
  const dated = [
    { text: 'On 30 September, Putin signed treaties annexing the oblast.', date: '2022-09-30', precision: 'day' as const },
    { text: 'On 12 October the assembly adopted a resolution.', date: '2022-10-12', precision: 'day' as const },
  ];

  it('finds the latest sentence telling it by the stem of its name', () => {
    expect(recallHappening('signing ceremony', dated)).toEqual({ year: 2022, month: 9, day: 30, precision: 'day' });
    expect(recallHappening('resolution', dated)).toEqual({ year: 2022, month: 10, day: 12, precision: 'day' });
  });

  it('finds nothing for a happening not told, or told only to the month', () => {
    expect(recallHappening('bombing', dated)).toBeUndefined();
    expect(recallHappening('vote', [{ text: 'The vote was held in September.', date: '2022-09', precision: 'month' }])).toBeUndefined();
  });

  it('dates the sentence by that day, not by the day just told', () => {
    const prose =
      'On 30 September, Putin signed treaties. On 12 October the assembly adopted a resolution. On the same day as the signing ceremony, a strike hit a convoy.';
    expect(timeline(prose, { infoboxDate: '2022' })).toEqual([
      '2022-09-30 day «30 September»',
      '2022-10-12 day «12 October»',
      '2022-09-30 day «On the same day as the signing ceremony»',
    ]);
    expect(timeline('On 12 October the assembly met. On the same day as the funeral, a strike hit a convoy.', { infoboxDate: '2022' })).toEqual([
      '2022-10-12 day «12 October»',
    ]);
  });
});
