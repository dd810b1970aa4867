/** Headlines: the main clause of an event's sentence, short enough to scan. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventHeadline, HEADLINE_MAX } from '../../../src/model/eventHeadline.ts';

describe('eventHeadline', () => {
  it('keeps a short sentence whole', () => {
    expect(eventHeadline('Five rebels were killed in Al Qusayr.')).toBe('Five rebels were killed in Al Qusayr.');
  });

  it('drops the date phrase that opens the sentence, since the timeline prints the date', () => {
    expect(eventHeadline('On 21 February, artillery reportedly bombarded the city and killed 5 civilians.', '21 February')).toBe(
      'Artillery reportedly bombarded the city and killed 5 civilians.',
    );
    expect(eventHeadline('In early July 2012, the town was quiet for the first time in months.', 'early July 2012')).toBe(
      'The town was quiet for the first time in months.',
    );
  });

  it('keeps a date that is part of the clause', () => {
    expect(eventHeadline('One soldier was killed in the city on 17 March.', '17 March')).toBe('One soldier was killed in the city on 17 March.');
    expect(eventHeadline('Three days later fighting intensified across the whole town.', 'Three days later')).toBe(
      'Three days later fighting intensified across the whole town.',
    );
  });

  it('ends at the main clause, marking the cut', () => {
    expect(
      eventHeadline(
        'Three days later fighting between the Free Syrian Army and the Syrian army intensified, when the FSA took control of the building.',
        'Three days later',
      ),
    ).toBe('Three days later fighting between the Free Syrian Army and the Syrian army intensified…');
    expect(eventHeadline('Shells fired by the Syrian Army hit the city; sustained gunfire followed.')).toBe('Shells fired by the Syrian Army hit the city…');
  });

  it('does not cut inside brackets or quotes', () => {
    expect(eventHeadline('The FSA was eventually able to "turn the tide, which had been against them" on 25 February.')).toBe(
      'The FSA was eventually able to "turn the tide, which had been against them" on 25 February.',
    );
  });

  it('cuts a long clause at a word, under the limit', () => {
    const long = `The rebels ${'and the townspeople '.repeat(12)}held the square.`;
    const headline = eventHeadline(long);
    expect(headline.length).toBeLessThanOrEqual(HEADLINE_MAX);
    expect(headline).toMatch(/ the…$/);
    expect(long.startsWith(headline.slice(0, -1))).toBe(true);
  });

  it('is never longer than the limit, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.option(fc.string({ maxLength: 20 }), { nil: undefined }), (text, dateText) => {
        expect(eventHeadline(text, dateText).length).toBeLessThanOrEqual(HEADLINE_MAX);
      }),
    );
  });
});
