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

describe('an opening "After" clause with a subject and its verb', () => {
  it('dates the first main clause over a second clause of a later year, as a "When" clause does', () => {
    const qabala = 'After the Shaki Khanate was abolished in 1819, Kutkashen became part of the province, and from 1868 it belonged to the uyezd.';
    expect(timeline(qabala, {})).toEqual(['1819 year «1819»']);
    const kvaisa = 'After King Solomon I abolished the duchy in 1769, the valley was ruled directly, and it was annexed by Russia in 1810.';
    expect(timeline(kvaisa, {})).toEqual(['1769 year «1769»']);
  });

  it('yields to a second clause of its own year, and an opening phrase yields to either', () => {
    const aleppo = 'After Aleppo fell on 30 November 2024, the group advanced south, and by 2 December it had retaken Morek.';
    expect(timeline(aleppo, {})).toEqual(['2024-12-02 day «2 December»']);
    const coup = 'After the coup of August 2020, the junta freed prisoners, and the group released two hostages on 8 October 2021.';
    expect(timeline(coup, {})).toEqual(['2021-10-08 day «8 October 2021»']);
  });
});
