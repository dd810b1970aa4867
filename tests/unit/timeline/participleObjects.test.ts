/** A participle describing a noun after a preposition, and what is no such noun phrase: an "and" joining a clause of its own. */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('a participle after "and" past a finite verb', () => {
  it('tells a second clause, its verb left out, dated as the sentence', () => {
    const post = { published: '2025-10-16' };
    const killed = 'Four fighters of the SDF were killed and two wounded late on Tuesday when gunmen attacked a checkpoint.';
    expect(timeline(killed, post)).toEqual(['2025-10-14 day «late on Tuesday»']);
    const rebuilt = 'According to a Persian chronicle, the khan of Ganja had its walls and towers rebuilt in 1666.';
    expect(timeline(rebuilt, {})).toEqual(['1666 year «1666»']);
  });

  it('still describes a noun of the phrase when no verb stands between', () => {
    const held = 'The army returned to the villages and the positions held before 17 May on 2 June.';
    expect(timeline(held)).toEqual(['2012-06-02 day «2 June»']);
  });
});
