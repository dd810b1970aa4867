import { describe, expect, it } from 'vitest';
import { shortenDateSpan } from '../../../src/model/shortenDateSpan.ts';
import { parseDateRange } from '../../../src/timeline/parseDateRange.ts';

describe('shortenDateSpan', () => {
  it('writes a shared month and year once, as an infobox does', () => {
    expect(shortenDateSpan('8 July 2024 – 10 July 2024')).toBe('8–10 July 2024');
    expect(shortenDateSpan('27 February 2022 – 23 March 2022')).toBe('27 February – 23 March 2022');
  });

  it('keeps both years of a span across a new year, and any other text', () => {
    expect(shortenDateSpan('28 December 2022 – 3 January 2023')).toBe('28 December 2022 – 3 January 2023');
    expect(shortenDateSpan('March 2022 – May 2022')).toBe('March 2022 – May 2022');
    expect(shortenDateSpan('10 February – 20 April 2012')).toBe('10 February – 20 April 2012');
  });

  it('still reads as the same days, so lists sort it where they did', () => {
    for (const span of ['8 July 2024 – 10 July 2024', '27 February 2022 – 23 March 2022'])
      expect(parseDateRange(shortenDateSpan(span))).toEqual(parseDateRange(span));
  });
});
