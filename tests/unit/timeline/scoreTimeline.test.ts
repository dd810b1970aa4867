import { describe, expect, it } from 'vitest';
import type { GoldEvent } from '../../support/goldTimeline.ts';
import { scoreTimeline, type ScoredEvent } from '../../support/scoreTimeline.ts';

const gold = (date: string, quote: string, extra: Partial<GoldEvent> = {}): GoldEvent => ({
  date,
  precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
  quote,
  section: 'Battle',
  ...extra,
});
const event = (date: string, text: string, extra: Partial<ScoredEvent> = {}): ScoredEvent => ({
  date,
  precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
  text,
  section: 'Battle',
  ...extra,
});

describe('scoreTimeline', () => {
  it('scores an exact match as perfect', () => {
    const score = scoreTimeline([event('2014-03-21', 'On 21 March the battle started.')], [gold('2014-03-21', 'On 21 March the')]);
    expect(score).toMatchObject({ gold: 1, found: 1, correct: 1, precision: 1, recall: 1, f1: 1, disagreements: [] });
  });

  it('scores an empty timeline that should be empty as perfect, and one that should not as zero', () => {
    expect(scoreTimeline([], []).f1).toBe(1);
    expect(scoreTimeline([], [gold('2014', 'In 2014')]).f1).toBe(0);
    expect(scoreTimeline([event('2014', 'In 2014 it fell.')], []).f1).toBe(0);
  });

  it('counts a gold sentence with another date, precision or qualifier as wrong', () => {
    const golden = [gold('2012-07', 'In early July', { qualifier: 'early' }), gold('2012-07-10', 'On 10 July'), gold('2013', 'In 2013')];
    const score = scoreTimeline(
      [event('2012-07', 'In early July it ended.'), event('2012-07-11', 'On 10 July it began.'), event('2013-01', 'In 2013 it was over.')],
      golden,
    );
    expect(score.correct).toBe(0);
    expect(score.disagreements.map((disagreement) => disagreement.kind)).toEqual(['wrong', 'wrong', 'wrong']);
  });

  it('needs the quote to begin the sentence, in the same section, whitespace aside', () => {
    const score = scoreTimeline(
      [
        event('2012-02-10', 'Then, on 10 February, it rained.'),
        event('2012-02-11', 'On 11 February\nit snowed.', { section: 'Aftermath' }),
        event('2012-02-12', 'On 12  February it\nthawed.'),
      ],
      [gold('2012-02-10', 'on 10 February'), gold('2012-02-11', 'On 11 February it'), gold('2012-02-12', 'On 12 February it thawed')],
    );
    expect(score.correct).toBe(1);
    expect(score.disagreements.map((disagreement) => disagreement.kind)).toEqual(['extra', 'extra', 'missed', 'missed']);
  });

  it('matches each gold event once: a second date in the sentence is an extra, whichever comes first', () => {
    const text = 'The bridge opened for cars on 16 May and for trucks on 1 October.';
    const score = scoreTimeline([event('2018-10-01', text), event('2018-05-16', text)], [gold('2018-05-16', 'The bridge opened')]);
    expect(score).toMatchObject({ found: 2, correct: 1, precision: 0.5, recall: 1 });
    expect(score.f1).toBeCloseTo(2 / 3);
    expect(score.disagreements).toEqual([{ kind: 'extra', event: event('2018-10-01', text) }]);
  });

  it('scores only the sections in scope, and reports a different end without counting it', () => {
    const score = scoreTimeline(
      [event('2012-08-03', 'From 3 to 5 August it stalled.', { end: '2012-08-04' }), event('2012-09', 'In September it resumed.', { section: 'Later' })],
      [gold('2012-08-03', 'From 3 to 5 August', { end: '2012-08-05' })],
      ['Battle'],
    );
    expect(score).toMatchObject({ found: 1, correct: 1, f1: 1, endMismatches: 1 });
  });
});
