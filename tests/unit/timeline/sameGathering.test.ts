/** "At the same press conference", "said at the signing ceremony": a gathering told before with its day, named again by its kind. */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('"the same" gathering named with its kind', () => {
  it('is the day the post told it, as "the same conference" is', () => {
    const post =
      'The prime minister told a marathon press conference in Yerevan on Monday that he recognises the border. At the same press conference, he said that Baku should guarantee their rights.';
    expect(timeline(post, { published: '2023-05-24' })).toEqual(['2023-05-22 day «on Monday»', '2023-05-22 day «At the same press conference»']);
  });
});

describe('what was said at a gathering named by its kind', () => {
  it('is the day the text told that gathering, past a clause describing the speaker, and no day when it told none', () => {
    const post =
      'Al-Sharaa signed the declaration on Thursday. On Monday the SDF rejected it. Al-Sharaa, who was named president in January, said at the signing ceremony that it was a new start.';
    expect(timeline(post, { published: '2025-03-15' })).toEqual([
      '2025-03-13 day «on Thursday»',
      '2025-03-10 day «On Monday»',
      '2025-03-13 day «said at the signing ceremony»',
    ]);
    expect(timeline('On Monday the SDF rejected it. He said at the press conference that it was over.', { published: '2025-03-15' })).toEqual([
      '2025-03-10 day «On Monday»',
    ]);
  });
});
