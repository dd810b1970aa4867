/** The timeline in date order: each event's days, and the year/month groups. */
import { describe, expect, it } from 'vitest';
import { eventDayRange, isoDay } from '../../../src/model/eventDayRange.ts';
import { orderTimeline } from '../../../src/model/orderTimeline.ts';
import type { TimelineEvent } from '../../../src/timeline/types.ts';

const days = (event: Pick<TimelineEvent, 'date' | 'precision' | 'qualifier' | 'end'>) => {
  const range = eventDayRange(event);
  return range && [isoDay(range.start), isoDay(range.end)];
};

const event = (id: string, date: string, precision: TimelineEvent['precision'], extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  date,
  precision,
  text: id,
  section: '',
  sectionId: '',
  ...extra,
});

describe('eventDayRange', () => {
  it('is one day for a day, the month or year for those, and the whole range for "6–8 June"', () => {
    expect(days({ date: '2012-02-25', precision: 'day' })).toEqual(['2012-02-25', '2012-02-25']);
    expect(days({ date: '2012-02', precision: 'month' })).toEqual(['2012-02-01', '2012-02-29']);
    expect(days({ date: '2013', precision: 'year' })).toEqual(['2013-01-01', '2013-12-31']);
    expect(days({ date: '1944-06-06', precision: 'day', end: '1944-06-08' })).toEqual(['1944-06-06', '1944-06-08']);
  });

  it('places "early", "mid" and "late" in their third of the month, and seasons in their months', () => {
    expect(days({ date: '2012-07', precision: 'month', qualifier: 'early' })).toEqual(['2012-07-01', '2012-07-10']);
    expect(days({ date: '2012-07', precision: 'month', qualifier: 'mid' })).toEqual(['2012-07-11', '2012-07-21']);
    expect(days({ date: '2012-07', precision: 'month', qualifier: 'late' })).toEqual(['2012-07-22', '2012-07-31']);
    expect(days({ date: '2012', precision: 'year', qualifier: 'summer' })).toEqual(['2012-06-01', '2012-08-31']);
    expect(days({ date: '2012', precision: 'year', qualifier: 'winter' })).toEqual(['2011-12-01', '2012-02-29']);
  });

  it('keeps the hedged day for "before" and reads BC years', () => {
    expect(days({ date: '2012-02-25', precision: 'day', qualifier: 'before' })).toEqual(['2012-02-25', '2012-02-25']);
    expect(days({ date: '-0489-09', precision: 'month' })).toEqual(['-0489-09-01', '-0489-09-30']);
    expect(days({ date: 'sometime', precision: 'day' })).toBeUndefined();
  });
});

describe('orderTimeline', () => {
  it('sorts by date whatever the article’s order, keeping the article’s order within a day', () => {
    const years = orderTimeline([
      event('march', '2012-03-04', 'day'),
      event('feb-b', '2012-02-21', 'day'),
      event('nov', '2011-11', 'month'),
      event('feb-a', '2012-02-15', 'day'),
      event('feb-a2', '2012-02-15', 'day'),
    ]);
    expect(years.map((year) => [year.label, year.months.map((month) => [month.heading, month.events.map(({ event }) => event.id)])])).toEqual([
      ['2011', [['November', ['nov']]]],
      [
        '2012',
        [
          ['February', ['feb-a', 'feb-a2', 'feb-b']],
          ['March', ['march']],
        ],
      ],
    ]);
  });

  it('puts "before" ahead of its day and a month-only date at the start of its month', () => {
    const years = orderTimeline([
      event('on', '2012-02-25', 'day'),
      event('before', '2012-02-25', 'day', { qualifier: 'before' }),
      event('month', '2012-02', 'month'),
    ]);
    expect(years[0]?.months[0]?.events.map(({ event }) => event.id)).toEqual(['month', 'before', 'on']);
  });

  it('gives a year-only or seasonal date a group of its own, so it never poses as a month', () => {
    const years = orderTimeline([event('june', '2012-06-10', 'day'), event('year', '2012', 'year'), event('summer', '2012', 'year', { qualifier: 'summer' })]);
    expect(years[0]?.months.map((month) => month.heading)).toEqual(['Month not stated', 'Summer (month not stated)', 'June']);
  });

  it('writes BC years as readers do', () => {
    expect(orderTimeline([event('marathon', '-0489-09', 'month')])[0]?.label).toBe('490 BC');
  });
});
