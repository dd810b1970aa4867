/** A state recalled by its start ("had been living … since October") held up to the day just told, so its month is not after that day. */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('the month a state recalled by its start began in', () => {
  it('is the last such month at or before the day told, in the pluperfect', () => {
    const told = 'On 20 February 2013, the police took the last residents out.';
    expect(timeline(`${told} She had been living in the cellar since October. By early March the army held the south.`)).toEqual([
      '2013-02-20 day «20 February 2013»',
      '2012-10 month «October»',
      '2013-03 month early «early March»',
    ]);
    expect(timeline(`${told} Some of them had been waiting since 10 February.`)).toEqual(['2013-02-20 day «20 February 2013»', '2013-02-10 day «10 February»']);
    expect(timeline(`${told} Some of them had been waiting since 25 February.`)).toEqual(['2013-02-20 day «20 February 2013»', '2012-02-25 day «25 February»']);
  });
});
