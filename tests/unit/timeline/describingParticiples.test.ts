/** A participle phrase describing a noun that is no clause's subject: its date is that noun's past (`describingParticiples.ts`). */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('a participle phrase describing a noun after a preposition', () => {
  it('is the noun’s past with "to" whom it was lost, so the main clause’s date dates the sentence', () => {
    const returned = 'The first families from the villages lost to the SNA in 2019 returned to their homes in the summer of 2025.';
    expect(timeline(returned, {})).toEqual(['2025 year summer «summer of 2025»']);
    expect(timeline('The army lost the villages to the SNA in 2019.', {})).toEqual(['2019 year «2019»']);
  });
});
