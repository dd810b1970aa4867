/** "At the same press conference": a gathering told before with its day, named again with the word for its kind. */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('"the same" gathering named with its kind', () => {
  it('is the day the post told it, as "the same conference" is', () => {
    const post =
      'The prime minister told a marathon press conference in Yerevan on Monday that he recognises the border. At the same press conference, he said that Baku should guarantee their rights.';
    expect(timeline(post, { published: '2023-05-24' })).toEqual(['2023-05-22 day «on Monday»', '2023-05-22 day «At the same press conference»']);
  });
});
