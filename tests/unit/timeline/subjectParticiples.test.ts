/** A participle phrase dating a sentence's subject, before the subject's own verb: its date yields to the main clause's. */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('a subject described by the participle of an irregular verb', () => {
  it('yields its date to the main clause’s, as a participle in "-ed" does', () => {
    const ridge = 'The ridge and the villages taken in February 2020 were recaptured by rebel forces on 27 November 2024.';
    expect(timeline(ridge, {})).toEqual(['2024-11-27 day «27 November 2024»']);
    expect(timeline('The bridge built in 1960 was destroyed on 3 March 2022.', {})).toEqual(['2022-03-03 day «3 March 2022»']);
    expect(timeline('The ground lost in May 2023 was regained in the autumn of 2024.', {})).toEqual(['2024 year autumn «autumn of 2024»']);
  });

  it('keeps its date when the main clause has none', () => {
    expect(timeline('The bridge built in 1960 was destroyed by the flood.', {})).toEqual(['1960 year «1960»']);
  });
});
