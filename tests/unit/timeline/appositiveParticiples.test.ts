/** A subject's appositive participle, its date yielding to the main clause's (GUIDE.md: a past participle stands for a "which" clause). */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('a subject’s appositive participle with a second participle after "and"', () => {
  it('yields to the main clause’s date, the second told "as" or "for" what it became', () => {
    const church = 'The church, closed in 1937 and used as a grain store for decades, was returned to the parish in 1990.';
    expect(timeline(church, {})).toEqual(['1990 year «1990»']);
    const mine = 'Construction of Mine No. 10, begun in 1989 and planned as the largest in the basin, was halted in 1997.';
    expect(timeline(mine, {})).toEqual(['1997 year «1997»']);
    // A second dated participle is a second step of the subject's own story: the first date stays.
    expect(timeline('The group, formed in 1992 and renamed in 1997, attacked the town.', {})).toEqual(['1992 year «1992»']);
  });
});

describe('a subject with an accented name or an abbreviation in brackets before its appositive participle', () => {
  it('yields to the main clause’s date all the same', () => {
    const road = 'The paved road from Néma, begun in 2016, was opened to traffic in December 2019.';
    expect(timeline(road, {})).toEqual(['2019-12 month «December 2019»']);
    const iprm = 'The Incident Prevention and Response Mechanism (IPRM), created in Geneva in February 2009, held its first meeting on 23 April 2009.';
    expect(timeline(iprm, {})).toEqual(['2009-04-23 day «23 April 2009»']);
  });
});

describe('a subject’s appositive participle after a noun phrase, dated by a weekday, or with a second dated participle', () => {
  it('yields to the main clause’s date', () => {
    const battalion = 'The battalion, a volunteer police battalion raised in Dnipropetrovsk in June 2014, fought at Ilovaisk in August 2014.';
    expect(timeline(battalion, {})).toEqual(['2014-08 month «August 2014»']);
    const post = { published: '2025-07-02' };
    const road = 'The road to Yaremche, closed since Monday night by a landslide, reopened at noon today.';
    expect(timeline(road, post)).toEqual(['2025-07-02 day «today»']);
    const bridge = 'The footbridge, built in 1967 and last repaired in 2012, collapsed early on Tuesday.';
    expect(timeline(bridge, post)).toEqual(['2025-07-01 day «early on Tuesday»']);
  });

  it('is no clause of its own: a clause opened by "After" keeps its first main clause’s date', () => {
    const after =
      'After the regimental system was abolished, the village was included in the viceroyalty in 1782, and from 1802 it belonged to the governorate.';
    expect(timeline(after, {})).toEqual(['1782 year «1782»']);
  });
});

describe('a subject’s appositive present participle', () => {
  it('yields to the main clause’s date as a past one does', () => {
    const army = 'The 11th Red Army, advancing west after the fall of Tiflis on 25 February 1921, took Gori in early March.';
    expect(timeline(army, {})).toEqual(['1921-03 month early «early March»']);
  });
});
