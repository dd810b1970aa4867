/** A list line giving only a name and, in brackets, the dates of a term names who held a post then: no happening. */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('a list line naming who held a post in a term', () => {
  it('tells no happening, however the term is written', () => {
    const commanders = 'The brigade was formed in 2014.\n\n- Colonel Sergey Muchkaev (c. 2012–2016)\n- Ruslan Onyshchenko (June–October 2014)';
    expect(timeline(commanders, {}, 'Commanders')).toEqual(['2014 year «2014»']);
    expect(timeline('- Colonel Oleksandr Hrebeniuk (2020–2022, from 2025)', {}, 'Commanders')).toEqual([]);
  });

  it('leaves a line that tells what the person did, or a date outside the bracket', () => {
    expect(timeline('- Colonel Ivan Petrenko took command (June 2014)', {}, 'Commanders')).toHaveLength(1);
    expect(timeline('- In June 2014 Colonel Ivan Petrenko (the deputy)', {}, 'Commanders')).toHaveLength(1);
  });
});
