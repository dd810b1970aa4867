/** Anchor ids: readable, unique in the page, and stable whatever else the article says. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignEventIds, baseEventId } from '../../../src/timeline/eventId.ts';
import { extractTimeline } from '../../../src/timeline/extractTimeline.ts';

describe('event ids', () => {
  it('start with the date and add a few content words, skipping stop-words and the date words', () => {
    expect(baseEventId('2012-02-25', 'The FSA was eventually able to "turn the tide" on 25 February, when 30 soldiers defected.', '25 February')).toBe(
      '2012-02-25-fsa-eventually-able-turn-tide',
    );
    expect(baseEventId('2012-07', 'In early July, it was confirmed.', 'early July')).toBe('2012-07-confirmed');
  });

  it('are lowercase ASCII with hyphens and at most 60 characters', () => {
    const id = baseEventId(
      '2016-12-23',
      'Turkish Defence Minister Fikri Işık stated that the extraordinarily comprehensive counterinsurgency operations continued.',
    );
    expect(id).toMatch(/^[a-z0-9-]+$/);
    expect(id.length).toBeLessThanOrEqual(60);
    expect(id).toBe('2016-12-23-turkish-defence-minister-fikri-isik');
  });

  it('tell clashing ids apart by a hash of the sentence, and repeats of one sentence by a counter', () => {
    const ids = assignEventIds([
      { date: '2012-05-01', text: 'Rebels attacked the base at night.' },
      { date: '2012-05-01', text: 'Rebels attacked the base at dawn.' },
      { date: '2012-05-01', text: 'Rebels attacked the base at night.' },
    ]);
    expect(ids[0]).toMatch(/^2012-05-01-rebels-attacked-base-night-[a-z0-9]{6}$/);
    expect(ids[1]).toMatch(/^2012-05-01-rebels-attacked-base-dawn$/);
    expect(ids[2]).toBe(`${ids[0]}-2`);
  });
});

describe('id stability', () => {
  const paragraphs = [
    'On 10 February, Syrian state media reported the resumption of fighting.',
    'Three days later fighting between the Free Syrian Army and the army intensified.',
    'On 21 February, artillery reportedly bombarded the city.',
    'On 15 February, three farmers were found dead.',
    'On 25 February, the FSA was able to turn the tide.',
    'A photo was also posted later in the day.',
    'On 27 February, shells hit the city.',
    'On 29 February, the FSA and the army both controlled parts of the town.',
  ];
  const article = (kept: readonly string[]) => `## 2012 Battle\n${kept.join('\n\n')}\n`;
  const eventsByText = (kept: readonly string[]) => new Map(extractTimeline(article(kept)).map((event) => [event.text, event]));

  it('gives every sentence the same id whichever other events are added or removed', () => {
    const full = eventsByText(paragraphs);
    fc.assert(
      fc.property(fc.subarray(paragraphs), (subset) => {
        for (const [text, event] of eventsByText(subset)) {
          const before = full.get(text);
          // A relative date ("later in the day") moves with its anchor; its id may follow its date, nothing else.
          if (before?.date === event.date) expect(event.id).toBe(before.id);
        }
      }),
    );
  });

  it('is the same in every build', () => {
    expect(extractTimeline(article(paragraphs))).toEqual(extractTimeline(article(paragraphs)));
  });
});
