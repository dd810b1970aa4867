/** Whatever the text, extraction returns valid ISO dates matching their precision and unique ids. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/timeline/extractTimeline.ts';
import { isValidIsoDate } from '../../../src/timeline/isoDate.ts';
import type { TimelineEvent } from '../../../src/timeline/types.ts';

/** Words that wake every recogniser up, mixed with noise. */
const DATE_WORDS = [
  'January',
  'February',
  'March',
  'May',
  'October',
  'Feb.',
  'Sept',
  'mid-',
  'early',
  'late',
  'before',
  'spring',
  'winter',
  'fall',
  'BC',
  'AD',
  'the next day',
  'three days later',
  'the same day',
  'a month later',
  'in the following weeks',
  'Between',
  'and',
  'to',
  '–',
  '-',
  'since',
  'during',
  'in',
  'on',
  'On',
  'In',
  '"',
  '“',
  '”',
  '.',
  ',',
  '\n',
  '## ',
  '- ',
  '0',
  '1',
  '29',
  '31',
  '40',
  '99',
  '490',
  '2012',
  '2013',
  '1999',
  '0000',
  '9999',
  '12:12pm',
  'a.m.',
];

const token = fc.oneof(fc.constantFrom(...DATE_WORDS), fc.integer({ min: 0, max: 10_000 }).map(String), fc.string({ maxLength: 6 }));
const prose = fc.array(token, { maxLength: 60 }).map((tokens) => tokens.join(' '));
const context = fc.record(
  { title: fc.string({ maxLength: 20 }), infoboxDate: fc.oneof(prose, fc.constantFrom('10 February - 20 April 2012', '2014 – present')) },
  { requiredKeys: [] },
);

function checkEvents(events: TimelineEvent[]): void {
  for (const event of events) {
    expect(isValidIsoDate(event.date, event.precision), `${event.date} as ${event.precision}`).toBe(true);
    expect(event.text).toBe(event.text.trim());
    if (event.dateText !== undefined) expect(event.text).toContain(event.dateText);
    if (event.end !== undefined) expect(event.end).toMatch(/^-?\d{4}/);
  }
  expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
}

describe('extraction on arbitrary text', () => {
  it('never throws, gives valid dates and unique ids (date-like noise)', () => {
    fc.assert(
      fc.property(fc.array(prose, { maxLength: 6 }), context, (paragraphs, ctx) => {
        checkEvents(extractTimeline(paragraphs.join('\n\n'), ctx));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        checkEvents(extractTimeline(text, {}));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps ids unique when the same dated sentence repeats', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), (count) => {
        const body = Array.from({ length: count }, () => 'On 5 May 2012, the town fell.').join('\n\n');
        checkEvents(extractTimeline(body, {}));
      }),
    );
  });
});
