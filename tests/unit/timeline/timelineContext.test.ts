/** Where a news post's or an article's time comes from: its publication day, its byline, its description's span. */
import { describe, expect, it } from 'vitest';
import { timelineContext } from '../../../src/loaders/buildArticle.ts';
import { extractTimeline } from '../../../src/timeline/extractTimeline.ts';

describe('timelineContext', () => {
  it('gives a news post its publication day, never a Wikipedia article, whose pubDate is the day it was copied', () => {
    expect(timelineContext({ title: 'Jihadists attack base', category: 'News', pubDate: '12 Mar 2023' }).published).toBe('2023-03-12');
    expect(timelineContext({ title: 'Post', author: 'Staff', pubDate: 'Mar 12 2023' }).published).toBe('2023-03-12');
    expect(timelineContext({ title: '2022 Russian invasion of Ukraine', author: 'Wikipedia', pubDate: '14 Jul 2022' }).published).toBeUndefined();
    expect(timelineContext({ title: 'Post', category: 'News', pubDate: '12 March' }).published).toBeUndefined();
  });

  it("takes a video report's span, and so its year, from the range ending its description", () => {
    const description = 'Report of battle of Trostianets in the russion invasion of Ukraine.  01.03.2022 - 26.03.2022';
    const context = timelineContext({ title: 'Battle of Trostianets', category: 'News', description });
    expect(context.infoboxDate).toBe('1 March 2022 – 26 March 2022');
    expect(extractTimeline('On March 5, residents report that soldiers have set up a base.\n', context).map((event) => event.date)).toEqual(['2022-03-05']);
    expect(timelineContext({ title: 'Battle of Hosn', author: 'Wikipedia', description }).infoboxDate).toBeUndefined();
  });

  it("counts a video report's 'first day of the invasion' from the war its short description names, typo and all", () => {
    const description = 'Report of the village after its liberation.  11.09.2022 - 30.09.2022';
    const report = { title: 'Kozacha Lopan 2022', category: 'News', description };
    const context = timelineContext({ ...report, shortDescription: 'Report of the village in the russion invasion of Ukraine.' });
    expect(context.partOf).toBe('Report of the village in the russion invasion of Ukraine.');
    const text = 'Russian troops drove into it on the first day of the invasion and stayed for six months.\n';
    expect(extractTimeline(text, context).map((event) => event.date)).toEqual(['2022-02-24']);
    expect(extractTimeline(text, timelineContext(report))).toEqual([]);
    // A Wikipedia article's war is its infobox's to name.
    expect(timelineContext({ title: 'Battle', author: 'Wikipedia', shortDescription: 'Battle of the Russian invasion of Ukraine' }).partOf).toBeUndefined();
  });

  it("takes a news post's publication day from the byline comment that opens it when it has no pubDate", () => {
    const post = { title: 'Fighting continues', author: 'Unknown', category: 'News' };
    expect(timelineContext(post, '\n<!-- [Ruben](/author/Ruben) 27 April 2021, 21:11 -->\n\n### What is going on?\n').published).toBe('2021-04-27');
    expect(timelineContext(post, '<!-- Ruben, April 27, 2021 -->\nText.\n').published).toBe('2021-04-27');
    // A pubDate is the post's own word; a comment further down, or one without a year, dates nothing.
    expect(timelineContext({ ...post, pubDate: '12 Mar 2023' }, '<!-- [Ruben](/author/Ruben) 27 April 2021 -->').published).toBe('2023-03-12');
    expect(timelineContext(post, 'Text.\n\n<!-- [Ruben](/author/Ruben) 27 April 2021 -->').published).toBeUndefined();
    expect(timelineContext(post, '<!-- [Ruben](/author/Ruben) 27 April -->').published).toBeUndefined();
    // A Wikipedia article never counts from a date it was copied on.
    expect(timelineContext({ title: 'Battle', author: 'Wikipedia' }, '<!-- copied 27 April 2021 -->').published).toBeUndefined();
  });

  it("bounds a report's years by the single day ending its description, and counts no 'yesterday' from it", () => {
    const description = 'The russian military convoy north of Kyiv on satellite images. 01.03.2022';
    const context = timelineContext({ title: 'Satellite images show a convoy stalled north of Kyiv', category: 'News', description });
    expect(context.storyEnd).toBe('2022-03-01');
    expect(context.infoboxDate).toBeUndefined();
    const text =
      'Images taken on Feb. 28 show the column near Ivankiv.\n\nOfficials said yesterday that drones had hit it.\n\nOn March 1, an official said it had stalled.\n';
    expect(extractTimeline(text, context).map((event) => event.date)).toEqual(['2022-02-28', '2022-03-01']);
    expect(timelineContext({ title: 'Battle of Hosn', author: 'Wikipedia', description }).storyEnd).toBeUndefined();
  });

  it('puts no date after that day when the title names the years too', () => {
    const text = 'In early December, the units advanced.\n\nOn Jan. 9, a group was hit.\n\nThey have lost the ground gained in December.\n';
    expect(extractTimeline(text, { title: 'Kreminna forest 2022-2023', storyEnd: '2023-02-21' }).map((event) => event.date)).toEqual([
      '2022-12',
      '2023-01-09',
      '2022-12',
    ]);
  });
});
