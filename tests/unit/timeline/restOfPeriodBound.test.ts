/** A state held "for the rest of" a war whose end a relative clause dates is dated by that bound (GUIDE.md: a past state bounded by a date). */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

const BATTLE = { infoboxDate: '8–9 May 1992' };

describe('a state held for the rest of a war that a relative clause ends', () => {
  it.each([
    ['The fort stayed in rebel hands for the rest of the war, which ended with the truce of 12 May 1994.', '1994-05-12 day «12 May 1994»'],
    ['The valley remained under their control for the rest of the conflict, which ended in 1994.', '1994 year «1994»'],
  ])('"%s"', (sentence, expected) => {
    expect(timeline(sentence, BATTLE)).toEqual([expected]);
  });

  it('dates a state held until a happening whose day a relative clause gives by that day, even outside the story', () => {
    const held = 'Russian troops occupied the village and held it until the counteroffensive, which reached it on 11 September 1993.';
    expect(timeline(held, BATTLE)).toEqual(['1993-09-11 day «11 September 1993»']);
  });

  it('leaves the end of a war named only as a scene, as the war’s own past', () => {
    expect(timeline('The fort was shelled during the war, which ended with the truce of 12 May 1994.', BATTLE)).toEqual([]);
  });
});
