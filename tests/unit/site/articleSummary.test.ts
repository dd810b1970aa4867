import { describe, expect, it } from 'vitest';
import { summariseArticle, type SummaryInput } from '../../../src/model/articleSummary.ts';
import type { TimelineEvent } from '../../../src/timeline/types.ts';

const event = (id: string, date: string, precision: TimelineEvent['precision'], qualifier?: TimelineEvent['qualifier']): TimelineEvent => ({
  id,
  date,
  precision,
  ...(qualifier ? { qualifier } : {}),
  text: `Text of ${id}.`,
  section: '',
  sectionId: '',
});

const article = (title: string, timeline: TimelineEvent[]): SummaryInput => ({
  slug: title.toLowerCase().replace(/\W+/g, '-'),
  sourceFile: `${title}.md`,
  title,
  frontmatter: { title },
  leadHtml: '',
  timeline,
  movedEvents: [],
  headings: [],
});

describe('summariseArticle: the date an article sorts by, without infobox dates', () => {
  it('is the first possible day of its earliest event: "late 2012" sorts in September, after February', () => {
    const late = summariseArticle(article('Operations in 2012', [event('a', '2012', 'year', 'late'), event('b', '2013-02', 'month', 'mid')]), (p) => p);
    const february = summariseArticle(article('Battle in February', [event('c', '2012-02-10', 'day')]), (p) => p);
    expect(late.sortDate).toBe('2012-09-01');
    expect((february.sortDate ?? '') < (late.sortDate ?? '')).toBe(true);
  });
});

describe('summariseArticle: a news post dated by its byline comment', () => {
  it('shows and sorts by the byline day when the post has no pubDate', () => {
    const post: SummaryInput = {
      ...article('Fighting continues', []),
      frontmatter: { title: 'Fighting continues', category: 'News' },
      published: '2021-04-27',
    };
    const summary = summariseArticle(post, (p) => p);
    expect(summary.dates).toBe('27 April 2021');
    expect(summary.sortDate).toBe('2021-04-27');
    // A pubDate is the post's own word.
    expect(summariseArticle({ ...post, frontmatter: { ...post.frontmatter, pubDate: 'Jul 08 2022' } }, (p) => p).dates).toBe('Jul 08 2022');
  });
});
