/** An opening "When" clause of time: a clause, whose date yields to its first main clause's own (GUIDE.md). */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('an opening "When" clause with a date', () => {
  const group = { infoboxDate: 'October 2011 – 22 August 2013' };

  it("yields to a date of the first main clause, the named happening's inside it too", () => {
    const gao = 'When the Malian army withdrew from the north after the coup of 22 March 2012, Gao fell on 31 March to the MNLA.';
    expect(timeline(gao, group)).toEqual(['2012-03-31 day «31 March»']);
    const mzerib = 'When armed groups rose against the government in December 2012, fighters from Mzerib took the positions on 6 December.';
    expect(timeline(mzerib, group)).toEqual(['2012-12-06 day «6 December»']);
  });

  it('dates the sentence when only a second main clause has a date', () => {
    const hafez = 'When Hafez fell ill in November 2012, Rifaat attempted to succeed him, and in the spring of 2013 his units were deployed.';
    expect(timeline(hafez, group)).toEqual(['2012-11 month «November 2012»']);
    expect(timeline('When the army withdrew on 3 May 2012, the town was shelled.', group)).toEqual(['2012-05-03 day «3 May 2012»']);
    // A date in the main clause's participle or comparison is not its own.
    const raid = 'When units crossed the border on 6 August 2012, observers assumed it was a raid, like the ones carried out in 2011.';
    expect(timeline(raid, group)).toEqual(['2012-08-06 day «6 August 2012»']);
    const aleppo = 'When the offensive began on 15 November 2012, the brigade attacked from the north, taking two districts in late November.';
    expect(timeline(aleppo, group)).toEqual(['2012-11-15 day «15 November 2012»']);
  });
});
