import { describe, expect, it } from 'vitest';
import { parseDateRange } from '../../../src/timeline/parseDateRange.ts';
import { cardFont, wrapText } from '../../../src/render/cards/cardText.ts';
import { formatEventDate } from '../../../src/model/formatEventDate.ts';

describe('parseDateRange (infobox dates for JSON-LD)', () => {
  it.each([
    ['10 February - 20 April 2012', { start: '2012-02-10', end: '2012-04-20' }],
    ['29 July – 5 September 2021', { start: '2021-07-29', end: '2021-09-05' }],
    ['21–31 March 2014', { start: '2014-03-21', end: '2014-03-31' }],
    ['5 August 2015\n(1 day)', { start: '2015-08-05' }],
    ['2016–2017', undefined],
  ])('%j', (text, expected) => {
    expect(parseDateRange(text)).toEqual(expected);
  });
});

describe('card text', () => {
  it('wraps words to the width and ends a cut text with an ellipsis', () => {
    const font = cardFont(400);
    const lines = wrapText(font, 'The FSA was eventually able to turn the tide on 25 February, when 30 soldiers and a T-62 tank defected.', 34, 400, 2);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(font.getAdvanceWidth(line, 34)).toBeLessThanOrEqual(400);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });
});

describe('formatEventDate', () => {
  it.each([
    [{ date: '2012-02-25', precision: 'day' }, '25 February 2012'],
    [{ date: '2012-07', precision: 'month', qualifier: 'early' }, 'early July 2012'],
    [{ date: '2012-02-25', precision: 'day', qualifier: 'before' }, 'before 25 February 2012'],
    [{ date: '2012', precision: 'year', qualifier: 'winter' }, 'winter 2012'],
    [{ date: '-0489', precision: 'year' }, '490 BC'],
  ] as const)('%j → %s', (event, words) => {
    expect(formatEventDate(event)).toBe(words);
  });

  // The page, the event page and its card say a range as timeline.json holds it: both ends, what they share written once.
  it.each([
    [{ date: '2022-09-11', precision: 'day', end: '2022-09-24' }, '11–24 September 2022'],
    [{ date: '2016-06-30', precision: 'day', end: '2016-07-02' }, '30 June – 2 July 2016'],
    [{ date: '2012-12-31', precision: 'day', end: '2013-01-02' }, '31 December 2012 – 2 January 2013'],
    [{ date: '2022-07', precision: 'month', end: '2022-09' }, 'July–September 2022'],
    [{ date: '2012-11', precision: 'month', end: '2013-02' }, 'November 2012 – February 2013'],
    [{ date: '2014', precision: 'year', end: '2015' }, '2014–2015'],
    [{ date: '2013-02-18', precision: 'day', end: '2013-03' }, '18 February – March 2013'],
    [{ date: '2014-04', precision: 'month', end: '2014-07-29' }, 'April – 29 July 2014'],
    [{ date: '2012', precision: 'year', end: '2016-12' }, '2012 – December 2016'],
    [{ date: '2019-10', precision: 'month', qualifier: 'mid', end: '2019-12' }, 'mid October – December 2019'],
    [{ date: '2022-09-11', precision: 'day', qualifier: 'before', end: '2022-09-24' }, 'before 11 September 2022 – 24 September 2022'],
    [{ date: '2022-09-11', precision: 'day', end: '2022-09-11' }, '11 September 2022'],
    [{ date: '-0490', precision: 'year', end: '-0489' }, '491 BC – 490 BC'],
  ] as const)('a range %j → %s', (event, words) => {
    expect(formatEventDate(event)).toBe(words);
  });
});
