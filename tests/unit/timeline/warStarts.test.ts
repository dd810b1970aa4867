import { describe, expect, it } from 'vitest';
import { warStarts, warStartsWithFullNames } from '../../../src/timeline/warStarts.ts';
import { timelineWithoutEnds as timeline } from './timelineOf.ts';

describe('the first days of the wars an infobox says its article is part of', () => {
  it('finds each war its partof names, by the noun articles call it', () => {
    expect(Object.fromEntries(warStarts('the northeastern Ukraine campaign of the Russian invasion of Ukraine'))).toEqual({
      invasion: { year: 2022, month: 2, day: 24, precision: 'day' },
    });
    expect(warStarts('the 2020 Nagorno-Karabakh war').get('war')).toEqual({ year: 2020, month: 9, day: 27, precision: 'day' });
    expect(warStarts('Second Nagorno-Karabakh War').get('war')?.year).toBe(2020);
  });

  it('lets the first war named have the noun when two share it', () => {
    const starts = warStarts('the Syrian civil war and the Russian military intervention in the Syrian civil war');
    expect(starts.get('war')).toEqual({ year: 2011, month: 3, day: 15, precision: 'day' });
    expect(starts.get('intervention')).toEqual({ year: 2015, month: 9, day: 30, precision: 'day' });
  });

  it('knows no war that partof does not name, nor the 1988–1994 war of a bare "Nagorno-Karabakh War"', () => {
    expect(warStarts(undefined).size).toBe(0);
    expect(warStarts('the Nagorno-Karabakh conflict').size).toBe(0);
    expect(warStarts('the First Nagorno-Karabakh War').size).toBe(0);
    expect(warStarts('inter-rebel conflict').size).toBe(0);
  });

  it('takes a war the text names in full for its noun when partof names none of that noun, the first named', () => {
    const texts = [
      'The brigade was formed in 2009.',
      'During the Russian invasion of Ukraine it advanced on Kyiv; the Russo-Georgian War had shown its weakness.',
    ];
    expect(warStartsWithFullNames(undefined, texts).get('invasion')).toEqual({ year: 2022, month: 2, day: 24, precision: 'day' });
    expect(warStartsWithFullNames(undefined, texts).get('war')?.year).toBe(2008);
    // Partof's war keeps its noun.
    expect(warStartsWithFullNames('the Second Nagorno-Karabakh War', texts).get('war')?.year).toBe(2020);
    // And a timeline counts from it.
    const unit =
      'The brigade was formed in 2009. During the Russian invasion of Ukraine it advanced on Kyiv. On the second day of the invasion it fought at Hostomel.';
    expect(timeline(unit, { title: '83rd Brigade' })).toEqual(['2009 year «2009»', '2022-02-25 day «On the second day of the invasion»']);
  });

  it('knows "the full-scale invasion" as the Russian invasion of Ukraine, in any article', () => {
    const report = 'The village had 300 people in 2021. Russian columns drove through it on the first day of the full-scale invasion.';
    expect(timeline(report, { title: 'Hremiach 2025' })).toEqual(['2021 year «2021»', '2022-02-24 day «on the first day of the full-scale invasion»']);
  });
});
