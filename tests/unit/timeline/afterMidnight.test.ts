/** Midnight told after an evening or a night: the start of the next day, in the sentence after or in a later clause. */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

const POST = { published: '2025-06-11' };

describe('"after midnight" after an evening or a night just told is the next day', () => {
  it('dates a sentence of its own after a day told by its evening or night', () => {
    const evening = 'The spillway was blocked on Sunday evening. Water began running over the crest shortly after midnight.';
    expect(timeline(evening, POST)).toEqual(['2025-06-08 day «on Sunday»', '2025-06-09 day «after midnight»']);
    const night = 'The spillway was blocked late on Sunday night. Water began running over the crest shortly after midnight.';
    expect(timeline(night, POST)[1]).toBe('2025-06-09 day «after midnight»');
    const thatEvening = 'The rain began on Sunday. That evening the spillway was blocked. Water ran over the crest shortly after midnight.';
    expect(timeline(thatEvening, POST)[2]).toBe('2025-06-09 day «after midnight»');
  });

  it('moves the story to the next day from a later clause, the first clause still dating the sentence', () => {
    const later = 'The spillway was blocked on Sunday evening, and water began running over the crest shortly after midnight.';
    expect(timeline(`${later} By 6 a.m. the breach was 12 metres wide.`, POST)).toEqual(['2025-06-08 day «on Sunday»', '2025-06-09 day «By 6 a.m.»']);
  });

  it('keeps the day when no evening or night was told', () => {
    const day = 'The spillway was blocked on Sunday. Water began running over the crest shortly after midnight.';
    expect(timeline(day, POST)[1]).toBe('2025-06-08 day «after midnight»');
    const clause = 'The spillway was blocked on Sunday, and water began running over the crest shortly after midnight. By 6 a.m. it broke.';
    expect(timeline(clause, POST)[1]).toBe('2025-06-08 day «By 6 a.m.»');
  });
});
