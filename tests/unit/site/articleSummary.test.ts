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

describe('summariseArticle: the span shown without infobox dates', () => {
  it('runs between the finest dates: a bare "2022" does not open the span before "24 February 2022"', () => {
    const invasion = article('2022 Russian invasion of Ukraine', [
      event('a', '2014', 'year'),
      event('b', '2022', 'year'),
      event('c', '2022-02-24', 'day'),
      event('d', '2022-10-04', 'day'),
    ]);
    expect(summariseArticle(invasion, (p) => p).dates).toBe('24 February – 4 October 2022');
    expect(summariseArticle(article('Years only', [event('a', '2015', 'year'), event('b', '2016', 'year')]), (p) => p).dates).toBe('2015–2016');
  });

  it("ends where the last event's own range ends, and keeps a hedged end's words whole", () => {
    const held = { ...event('d', '2022-09-11', 'day'), end: '2022-09-24' };
    expect(summariseArticle(article('Held town', [event('c', '2022-02-24', 'day'), held]), (p) => p).dates).toBe('24 February – 24 September 2022');
    expect(summariseArticle(article('One range', [held]), (p) => p).dates).toBe('11–24 September 2022');
    const hedged = article('Hedged end', [event('a', '2012-02-10', 'day'), event('b', '2012-07', 'month', 'late')]);
    expect(summariseArticle(hedged, (p) => p).dates).toBe('10 February 2012 – late July 2012');
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
    expect(summary.published).toBe('27 April 2021');
    expect(summary.sortDate).toBe('2021-04-27');
    // A pubDate is written in the site's words once the loader has read it, and as written when it could not.
    const dated = { ...post, frontmatter: { ...post.frontmatter, pubDate: 'Jul 08 2022' } };
    expect(summariseArticle({ ...dated, published: '2022-07-08' }, (p) => p).dates).toBe('8 July 2022');
    expect(summariseArticle({ ...dated, published: undefined }, (p) => p).dates).toBe('Jul 08 2022');
  });
});

describe('summariseArticle: a video report with no publication date', () => {
  const report: SummaryInput = {
    ...article('Battle of Makariv 2022', []),
    frontmatter: { title: 'Battle of Makariv 2022', author: '@pirocorp', category: 'News', description: 'Report of battle of Makariv 27.02.2022 - 23.03.2022' },
  };

  it("shows the span its description ends in, not as a publication date, and sorts by the span's start", () => {
    const summary = summariseArticle(report, (p) => p);
    expect(summary.published).toBeUndefined();
    expect(summary.dates).toBe('27 February – 23 March 2022');
    expect(summary.sortDate).toBe('2022-02-27');
  });

  it('shows no span when the description states none: a post recalls earlier years, so its timeline is no span of its story', () => {
    const recalled = {
      ...report,
      frontmatter: { ...report.frontmatter, description: 'Report of battle of Makariv' },
      timeline: [event('a', '2014-03-01', 'day')],
    };
    expect(summariseArticle(recalled, (p) => p).dates).toBeUndefined();
  });
});

describe('summariseArticle: an unsigned post', () => {
  it("names no author when the template's placeholder stands in for one", () => {
    const post: SummaryInput = { ...article('Fighting continues', []), frontmatter: { title: 'Fighting continues', author: 'Unknown', category: 'News' } };
    expect(summariseArticle(post, (p) => p).author).toBeUndefined();
    expect(summariseArticle({ ...post, frontmatter: { ...post.frontmatter, author: 'Rubennaatje' } }, (p) => p).author).toBe('Rubennaatje');
  });
});
