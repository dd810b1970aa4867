import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../../src/model/siteChronology.ts';
import type { TimelineEvent } from '../../../src/timeline/types.ts';

const event = (id: string, date: string, precision: TimelineEvent['precision'] = 'day'): TimelineEvent => ({
  id,
  date,
  precision,
  text: `Text of ${id}.`,
  section: '',
  sectionId: '',
});

describe('buildChronology: every event of every article, by year and month', () => {
  const years = buildChronology([
    { slug: 'b', title: 'Battle B', timeline: [event('b1', '2012-03-01'), event('b2', '2013', 'year')] },
    { slug: 'a', title: 'Battle A', timeline: [event('a1', '2012-03-01'), event('a2', '2012-02', 'month'), event('a3', '2013-01-05')] },
  ]);

  it('orders years, then months, then days; a year-only event closes its year', () => {
    expect(years.map((year) => [year.label, year.months.map((month) => [month.label, month.entries.map((entry) => entry.path)])])).toEqual([
      [
        '2012',
        [
          ['February 2012', ['a/events/a2/']],
          ['March 2012', ['a/events/a1/', 'b/events/b1/']],
        ],
      ],
      [
        '2013',
        [
          ['January 2013', ['a/events/a3/']],
          ['Sometime in 2013', ['b/events/b2/']],
        ],
      ],
    ]);
  });

  it('keeps every event once, with its date in words and its article', () => {
    const entries = years.flatMap((year) => year.months.flatMap((month) => month.entries));
    expect(entries).toHaveLength(5);
    expect(entries[1]).toMatchObject({ when: '1 March 2012', articleTitle: 'Battle A', text: 'Text of a1.' });
  });

  it('gives ids that are unique in the page', () => {
    const ids = years.flatMap((year) => [year.id, ...year.months.map((month) => month.id)]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
