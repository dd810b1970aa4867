/** A holiday fixed to one day of the calendar, named without its date, is that day (GUIDE.md). */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

const context = { infoboxDate: '20 December 2011 – 20 January 2012' };

describe('a fixed holiday named without its date', () => {
  it('is its day, in the year nearest the day just told', () => {
    expect(
      timeline("In mid-December, the men arrived. On New Year's Eve they were allowed to call home. On New Year's Day, rebels attacked.", context),
    ).toEqual(['2011-12 month mid «mid-December»', "2011-12-31 day «New Year's Eve»", "2012-01-01 day «New Year's Day»"]);
  });

  it('reads "New Year\'s night" as the night that starts on the Eve, and takes a year written after it', () => {
    expect(timeline('On 20 December, the siege began. The strike came on New Year’s night.', context)).toEqual([
      '2011-12-20 day «20 December»',
      '2011-12-31 day «New Year’s night»',
    ]);
    expect(timeline("On 20 December, the siege began. On New Year's Day 2013, rebels attacked.", context)[1]).toBe("2013-01-01 day «New Year's Day 2013»");
  });

  it('leaves a holiday used as a name alone', () => {
    expect(timeline("On 20 December, the siege began. The New Year's Eve party was cancelled.", context)).toEqual(['2011-12-20 day «20 December»']);
  });
});

describe('a day a body keeps every year, in the present', () => {
  it('is no one year’s day: "marks its anniversary on 21 November"', () => {
    const unit = 'The brigade was formed on 3 May 1992. The brigade marks its anniversary on 21 November, the Day of the Air Assault Forces.';
    expect(timeline(unit, {})).toEqual(['1992-05-03 day «3 May 1992»']);
    // Or the body's own anniversary or founding day.
    expect(timeline('The brigade was formed on 3 May 1992. The brigade marks its day on 22 August, the anniversary of its honorary name.', {})).toHaveLength(1);
    // Its day, unit day or founding day, whatever the anniversary is then said to be of.
    for (const day of ['its day on 22 August', 'its unit day on 6 May', 'its founding day on 2 February']) {
      const decree = `The brigade was formed on 3 May 1992. The brigade marks ${day}, the anniversary of the decree that gave it its name.`;
      expect(timeline(decree, {})).toHaveLength(1);
    }
    expect(timeline('The brigade was formed on 3 May 1992. It celebrates its anniversary on 1 December, the day of its formation.', {})).toHaveLength(1);
    expect(timeline('The brigade was formed in 1992. It marks its anniversary on 15 October, the day of the order that created it.', {})).toHaveLength(1);
    // Its own anniversary, however the day is named, and whatever year the day is then said to come from.
    expect(timeline('The brigade was formed in 1992. The brigade marks its anniversary on 1 December.', {})).toHaveLength(1);
    const origin = 'The brigade was formed in 2009. It marks its anniversary on 26 December, the day on which the corps became a guards unit in 1942.';
    expect(timeline(origin, {})).toEqual(['2009 year «2009»']);
    // Its annual holiday, and the anniversary the day is then said to be, with that happening's year.
    const holiday = 'The brigade was formed in 2009. It marks its annual holiday on 20 January, the anniversary of the liberation of Novgorod in 1944.';
    expect(timeline(holiday, {})).toEqual(['2009 year «2009»']);
    // Or a day without its year in the present passive of a commemoration; told in the past, a happening of that year.
    expect(timeline('The town fell in 1992. The massacre is commemorated in Armenia on 10 April.', {})).toEqual(['1992 year «1992»']);
    expect(timeline('The town fell in 1992. The massacre was commemorated in Armenia on 10 April.', {})).toHaveLength(2);
    // Not a day of the story named after it.
    const first = 'The brigade marks the liberation on 21 November 1992, the first day of the offensive.';
    expect(timeline(first, {})).toHaveLength(1);
    // Told in the past, the keeping is that year's happening.
    const marked = 'The brigade was formed on 3 May 1992. In 1993 it marked its first anniversary on 3 May.';
    expect(timeline(marked, {})).toHaveLength(2);
  });
});

describe('the day just told, kept every year', () => {
  it('is no one year’s day: "Every year on that day relatives lay flowers"', () => {
    const memorial = 'A memorial was unveiled on 24 August 2023. Every year on that day relatives of the fallen lay flowers there.';
    expect(timeline(memorial, {})).toEqual(['2023-08-24 day «24 August 2023»']);
    // A day of that year counted from it stays a happening.
    expect(timeline('A memorial was unveiled on 24 August 2023. On that day relatives of the fallen laid flowers there.', {})).toHaveLength(2);
  });
});

describe('an anniversary marked on the date, as the subject of the clause it opens', () => {
  it('is the remembering, no happening, with or without the comma after the date', () => {
    expect(timeline('In February 2024 the 80th anniversary of the battle was marked with a ceremony.', {})).toEqual([]);
    expect(timeline('In February 2024, the 80th anniversary of the battle was marked with a ceremony.', {})).toEqual([]);
    // What befell the anniversary's ceremony is a happening.
    expect(timeline('In February 2024 the ceremony for the anniversary of the battle was cancelled.', {})).toHaveLength(1);
  });
});
