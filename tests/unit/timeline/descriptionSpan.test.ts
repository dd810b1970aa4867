import { describe, expect, it } from 'vitest';
import { descriptionDay, descriptionSpan } from '../../../src/timeline/descriptionSpan.ts';

describe("descriptionSpan: a video report's span, written at the end of its description", () => {
  it('writes the trailing "dd.mm.yyyy - dd.mm.yyyy" range as an infobox date', () => {
    expect(descriptionSpan('Report of battle of Makariv in the russion invasion of Ukraine.  27.02.2022 - 23.03.2022')).toBe(
      '27 February 2022 – 23 March 2022',
    );
    expect(descriptionSpan('Report.  24.02.2022 – 3.03.2022 ')).toBe('24 February 2022 – 3 March 2022');
    expect(descriptionSpan('Intercepted calls. 24.02.2022-10.03.2022')).toBe('24 February 2022 – 10 March 2022');
  });

  it('reads the same range written in words, taking a start without a year from its end', () => {
    expect(descriptionSpan('Report of the battle of Irpin.  February 24 - March 31, 2022')).toBe('24 February 2022 – 31 March 2022');
    expect(descriptionSpan('Report.  24 February – 31 March 2022')).toBe('24 February 2022 – 31 March 2022');
    expect(descriptionSpan('Report. Dec. 28, 2022 - Jan. 5, 2023')).toBe('28 December 2022 – 5 January 2023');
    expect(descriptionSpan('Report. December 28 - January 5, 2023')).toBe('28 December 2022 – 5 January 2023');
    expect(descriptionSpan('Report.  February 30 - March 31, 2022')).toBeUndefined();
    expect(descriptionSpan('Report of the fighting from February 24 to March 31, 2022')).toBeUndefined();
  });

  it('reads nothing from a description without such a range, with one inside its text, or with a day the calendar lacks', () => {
    expect(descriptionSpan(undefined)).toBeUndefined();
    expect(descriptionSpan('Russian forces attacked Avdiivka on Tuesday.')).toBeUndefined();
    expect(descriptionSpan('From 27.02.2022 - 23.03.2022 the town was held.')).toBeUndefined();
    expect(descriptionSpan('Report.  31.02.2022 - 23.03.2022')).toBeUndefined();
    expect(descriptionSpan('Report.  27.13.2022 - 23.03.2022')).toBeUndefined();
  });

  it('reads a single trailing "dd.mm.yyyy" as the ISO day the story reached', () => {
    expect(descriptionDay('The convoy north of Kyiv on satellite images. 01.03.2022')).toBe('2022-03-01');
    expect(descriptionDay('The convoy.  1.3.2022 ')).toBe('2022-03-01');
  });

  it('reads no single day from a range, a date inside the text, or a day the calendar lacks', () => {
    expect(descriptionDay('Report.  27.02.2022 - 23.03.2022')).toBeUndefined();
    expect(descriptionDay('Report.  31.02.2022 - 23.03.2022')).toBeUndefined();
    expect(descriptionDay('On 01.03.2022 the convoy stalled.')).toBeUndefined();
    expect(descriptionDay('Report.  30.02.2022')).toBeUndefined();
    expect(descriptionDay(undefined)).toBeUndefined();
  });
});
