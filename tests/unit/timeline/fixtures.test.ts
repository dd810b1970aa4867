/** Small articles in other styles (tests/fixtures/timeline), one case a file. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/timeline/extractTimeline.ts';
import { readArticle } from './sharedArticles.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/timeline/', import.meta.url));

/** `date precision [qualifier] «dateText» section` for each event of a fixture. */
function timelineOf(name: string): string[] {
  const { body, context } = readArticle(FIXTURES + name);
  return extractTimeline(body, context).map(
    (event) => `${event.date} ${event.precision}${event.qualifier === undefined ? '' : ` ${event.qualifier}`} «${event.dateText ?? ''}» ${event.section}`,
  );
}

describe('fixture articles', () => {
  it('american-dates.md: month-first dates, a year from the infobox, a trailing relative phrase ignored', () => {
    expect(timelineOf('american-dates.md')).toEqual([
      '2019-09-03 day «September 3» Siege',
      '2019-10-02 day «October 2, 2019» Siege',
      '2019-10-17 day «October 17» Siege',
      '2019-11-14 day «November 14» Siege',
    ]);
  });

  it('ww2-ranges.md: ranges give one event at their start', () => {
    expect(timelineOf('ww2-ranges.md')).toEqual([
      '1944-06-06 day «6–8 June 1944» Landings',
      '1944-06-10 day «10 and 12 June» Landings',
      '1944-06-13 day «13 June to 20 June» Landings',
    ]);
  });

  it('bc-years.md: BC years in astronomical numbering, AD years padded', () => {
    expect(timelineOf('bc-years.md')).toEqual(['-0489 year «490 BC» Battle', '-0478 year «479 BC» Legacy', '0150 year «AD 150» Legacy']);
  });

  it('year-wrap.md: a small step back keeps the year, December → January starts a new one', () => {
    expect(timelineOf('year-wrap.md')).toEqual([
      '2016-11-10 day «10 November» Campaign',
      '2016-12-21 day «21 December» Campaign',
      '2016-12-15 day «15 December» Campaign',
      '2017-01-03 day «3 January» Campaign',
      '2017-02-23 day «23 February» Campaign',
    ]);
  });

  it('quoted-speech.md: dates inside quotations are not events', () => {
    expect(timelineOf('quoted-speech.md')).toEqual([
      '2012-05-09 day «9 May» Talks',
      '2012-05-12 day «12 May» Talks',
      '2012-05-15 day «Three days later» Talks',
    ]);
  });

  it('approximate-dates.md: hedges and seasons never invent a day, and a vague follow-up dates nothing', () => {
    expect(timelineOf('approximate-dates.md')).toEqual([
      '2013-05 month mid «mid-May 2013» Offensive',
      '2013-07 month early «early July» Offensive',
      '2013 year summer «late summer» Offensive',
      '2011-11 month «November 2011» Aftermath',
      '2015 year «2015» Aftermath',
    ]);
  });
});
