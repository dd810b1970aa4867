/** A phrase beside the main clause whose date is not the sentence's: a participle describing a noun, an opening "During" a named happening. */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('a participle phrase describing a noun after a preposition', () => {
  it('is the noun’s past with "to" whom it was lost, so the main clause’s date dates the sentence', () => {
    const returned = 'The first families from the villages lost to the SNA in 2019 returned to their homes in the summer of 2025.';
    expect(timeline(returned, {})).toEqual(['2025 year summer «summer of 2025»']);
    expect(timeline('The army lost the villages to the SNA in 2019.', {})).toEqual(['2019 year «2019»']);
  });
});

describe('an opening "During" a happening named with its date, no comma after it', () => {
  it('sets the scene up to its date, so the main clause’s own day dates the sentence; alone it dates it', () => {
    const drone = 'During the clashes of September 2022 a drone was shot down over the village on 13 September.';
    expect(timeline(drone, {})).toEqual(['2022-09-13 day «13 September»']);
    // A second main clause after a comma does not make the whole first clause the opening phrase.
    const hid = 'During the clashes of September 2022 a drone was shot down over the village on 13 September, and families hid in cellars.';
    expect(timeline(hid, {})).toEqual(['2022-09-13 day «13 September»']);
    expect(timeline('During the offensive of May 2016 the army took the village.', {})).toEqual(['2016-05 month «May 2016»']);
  });
});

describe('an opening "Under", "After" or "Following" a happening named with its year, no comma after it', () => {
  it('sets the scene as "During" does, its subject a name too', () => {
    const sangha = 'Under the decentralisation of 1996 Sangha became a rural commune, and its first municipal council was elected in June 1999.';
    expect(timeline(sangha, {})).toEqual(['1999-06 month «June 1999»']);
    const chudniv = 'After the Union of Lublin of 1569 Chudniv, with the rest of Volhynia, passed to the Crown of Poland.';
    expect(timeline(chudniv, {})).toEqual(['1569 year «1569»']);
  });

  it('leaves a count after "of" a count', () => {
    expect(timeline('A force of 1500 Cossacks, led by the hetman, took the town.', {})).toEqual([]);
  });
});
