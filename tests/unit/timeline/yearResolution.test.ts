/** Where a date without a year gets its year: heading chain, infobox, title, previous event. */
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/timeline/extractTimeline.ts';
import { timeline } from './timelineOf.ts';

const dates = (markdown: string, context = {}) => extractTimeline(markdown, context).map((event) => event.date);

describe('the year of a date without one', () => {
  it('comes from the heading chain: "Major fighting" under "2012 Battle"', () => {
    expect(
      dates('## 2012 Battle\n### Major fighting\nOn 10 February, fighting resumed.\n## 2013 offensive\nOn 5 May, the army attacked.', { infoboxDate: '2011' }),
    ).toEqual(['2012-02-10', '2013-05-05']);
  });

  it('comes from the infobox date when no heading names a year', () => {
    expect(dates('## Aftermath\nBy 23 April, the FSA held the north.', { infoboxDate: '10 February - 20 April 2012' })).toEqual(['2012-04-23']);
  });

  it('never falls after a closed story in a section that restarts it', () => {
    const article =
      '## Fighting\nOn 26 April 2025, the last village fell. Two days later, the army confirmed it.\n## Reactions\nOn 8 August, the allies protested.\n';
    expect(dates(article, { infoboxDate: '6 August 2024 – 26 April 2025' })).toEqual(['2025-04-26', '2025-04-28', '2024-08-08']);
    // Within a section the story only moves on.
    expect(
      dates('## Fighting\nOn 26 April 2025, the last village fell. On 8 August, the allies protested.\n', { infoboxDate: '6 August 2024 – 26 April 2025' }),
    ).toEqual(['2025-04-26', '2025-08-08']);
  });

  it('puts a month opening a new section, which no year keeps inside a closed story, in the year nearest the last date', () => {
    const article = '## Background\nIn January 2018, the rebels took the pass.\n## Prelude\nThroughout the second half of December, raids hit the villages.\n';
    expect(dates(article, { infoboxDate: '20 January – 4 March 2018' })).toEqual(['2018-01', '2017-12']);
    // Once the text has gone past the story's last day, it carries on from there.
    const aftermath = '## Aftermath\nOn 9 March 2018, the army took the dam. In December, the rebels came back.\n';
    expect(dates(aftermath, { infoboxDate: '20 January – 4 March 2018' })).toEqual(['2018-03-09', '2018-12']);
    // So it does once the text has told a day inside the story: an aftermath's "In December" is after it, not the December before.
    const inside = '## Fighting\nOn 20 February, the army reached the hills.\n## Aftermath\nIn December, the rebels came back.\n';
    expect(dates(inside, { infoboxDate: '20 January – 4 March 2018' })).toEqual(['2018-02-20', '2018-12']);
    expect(dates(inside.replace('20 February', '4 March'), { infoboxDate: '20 January – 4 March 2018' })).toEqual(['2018-03-04', '2018-12']);
    // Within a section the story moves on.
    expect(dates(article.replace('\n## Prelude', ''), { infoboxDate: '20 January – 4 March 2018' })).toEqual(['2018-01', '2018-12']);
    // A month nearer ahead than behind stays in the year, just after the story.
    expect(dates(article.replace('second half of December', 'second half of May'), { infoboxDate: '20 January – 4 March 2018' })).toEqual([
      '2018-01',
      '2018-05',
    ]);
  });

  it('keeps a month in a new paragraph before a closed story the text has not entered, in the year before it, never after it', () => {
    const article = '## Background\nThe army took the town on 9 December 2024.\n\nFighting around the dam continued through December.\n';
    expect(dates(article, { infoboxDate: '4 January – 2 February 2025' })).toEqual(['2024-12-09', '2024-12']);
    // A month the story's own year keeps inside it stays there.
    expect(dates(article.replace('through December', 'through January'), { infoboxDate: '4 January – 2 February 2025' })).toEqual(['2024-12-09', '2025-01']);
  });

  it('stays before the story for a pluperfect date after a year stated before it, across paragraphs of one section', () => {
    const article = '## Background\nThrough the winter of 2022–2023 engineers built trenches.\n\nBrigades had been trained over the winter.\n';
    expect(dates(article, { infoboxDate: '8 June – 25 September 2023' })).toEqual(['2022', '2022']);
    // Told in the simple past, the new paragraph is pulled into the story, as a background year is.
    expect(dates(article.replace('had been trained', 'trained'), { infoboxDate: '8 June – 25 September 2023' })).toEqual(['2022', '2023']);
  });

  it('puts a pluperfect flashback into a closed story when an aftermath has stated a later year', () => {
    const article = '## Report\nOn 30 September 2009, the mission published its report. It found that the war had been started by shelling on 7 August.\n';
    expect(dates(article, { infoboxDate: '7–10 August 2008' })).toEqual(['2009-09-30', '2008-08-07']);
    // Told in the simple past, it moves on with the aftermath.
    expect(dates(article.replace('had been started', 'was started'), { infoboxDate: '7–10 August 2008' })).toEqual(['2009-09-30', '2009-08-07']);
    // A month outside the story's months is not a flashback into it.
    expect(dates(article.replace('7 August', '7 June'), { infoboxDate: '7–10 August 2008' })).toEqual(['2009-09-30', '2009-06-07']);
  });

  it('is not carried from a deadline, which lies ahead of the story', () => {
    expect(
      dates('## Exodus\nOn 28 September 2023, the president signed a decree dissolving the institutions by 1 January 2024. By 30 September, most had left.'),
    ).toEqual(['2023-09-28', '2023-09-30']);
  });

  it('comes from the title when there is no infobox date', () => {
    expect(dates('## Takeover\nOn 5 August, ISIL captured the town.', { title: 'Battle of al-Qaryatayn (2015)' })).toEqual(['2015-08-05']);
  });

  it('comes from the previous event when nothing else names one', () => {
    expect(dates('In March 2014, fighting began. On 27 March, the town fell.')).toEqual(['2014-03', '2014-03-27']);
  });

  it('is not guessed when nothing names one', () => {
    expect(dates('On 27 March, the town fell.')).toEqual([]);
  });

  it('stays the same when the narrative steps back a little ("21 February", then "15 February")', () => {
    expect(dates('## Fighting\nOn 21 February, shells fell. On 15 February, farmers were found dead.', { infoboxDate: '2012' })).toEqual([
      '2012-02-21',
      '2012-02-15',
    ]);
  });

  it('moves on after a long wrap (December → January)', () => {
    expect(dates('On 21 December 2016, rebels attacked. On 3 January, the city fell.')).toEqual(['2016-12-21', '2017-01-03']);
  });

  it('places dates of a multi-year infobox range by the month the story starts in', () => {
    const context = { infoboxDate: '6 November 2016 – 23 February 2017' };
    expect(dates('## Start\nOn 14 November, rebels entered.\n## End\nOn 5 January, the army arrived.', context)).toEqual(['2016-11-14', '2017-01-05']);
  });

  it('does not wrap when a new section restarts the story', () => {
    const context = { infoboxDate: '24 February 2022 – present' };
    expect(dates('## Front\nOn 4 October, the army advanced.\n## Air war\nOn 14 March, missiles struck.', context)).toEqual(['2022-10-04', '2022-03-14']);
  });

  it('carries the year of the sentence\'s event, not of a later date in it ("… to be published in 2015")', () => {
    expect(dates('In early February 2014, a study was ordered, to be published in 2015. On 3 March, a decree followed.')).toEqual(['2014-02', '2014-03-03']);
  });

  it('keeps a year stated before the story for a later date of the same sentence, and what counts from it', () => {
    const context = { infoboxDate: '29 January – 15 June 2012' };
    const text = '## Background\nProtests began in April 2011, and police fired on 29 April. Soldiers deserted in the summer. Three days later, a unit formed.';
    expect(dates(text, context)).toEqual(['2011-04', '2011', '2011']);
  });
});

describe('seasons, ranges of years and the year carried from sentence to sentence', () => {
  const context = { infoboxDate: '1918 – 1920' };

  it('gives "in the summer of 1918" the season and "Through 1918–1919" the range', () => {
    expect(timeline('In the summer of 1918, the army advanced. Through 1918–1919, fighting went on.', context)).toEqual([
      '1918 year summer «summer of 1918»',
      '1918 year → 1919 «1918–1919»',
    ]);
  });

  it('reads one day of a season named without its date, "a summer evening", as that season, but not "a summer camp"', () => {
    expect(timeline('In 1919, the front held. On a summer evening, the bridge was blown up. A summer camp was set up.', context)).toEqual([
      '1919 year «1919»',
      '1919 year summer «summer»',
    ]);
    // Or before a subject a quantifier opens.
    expect(timeline('In May 1919 the front held. By the summer most villages had no bread.', context)).toEqual([
      '1919-05 month «May 1919»',
      '1919 year summer «summer»',
    ]);
  });

  it('reads a season opening the sentence before its subject ("Over the winter the army …") as that season, not "In the summer offensive"', () => {
    expect(timeline('In 1919, the front held. Over the winter Kolchak advanced. In the summer offensive Kolchak lost.', context)).toEqual([
      '1919 year «1919»',
      '1919 year winter «winter»',
    ]);
  });

  it('reads a season opening the sentence before a pronoun subject ("In the summer it fought …") as that season of the last stated year', () => {
    expect(timeline('In May 1919 the front held. In the summer it moved east, and in the autumn it broke.', context)).toEqual([
      '1919-05 month «May 1919»',
      '1919 year summer «summer»',
    ]);
  });

  it('reads a season a stretch is measured over ("for much of the winter") as that season, whatever subject follows', () => {
    expect(timeline('In November 1919 the aid stopped, and for much of the winter Abkhazia had power for a few hours a day.', context)).toEqual([
      '1919-11 month «November 1919»',
    ]);
    expect(timeline('In November 1919 the aid stopped. For much of the winter Abkhazia had power for a few hours a day.', context)).toEqual([
      '1919-11 month «November 1919»',
      '1919 year winter «winter»',
    ]);
    expect(timeline('In August 2012 the town fell. Fighting continued through the autumn at a lower intensity.', context)).toEqual([
      '2012-08 month «August 2012»',
      '2012 year autumn «autumn»',
    ]);
  });

  it('carries a stated year past the infobox: "By April" after February 1921, "In May of the same year"', () => {
    expect(timeline('In February 1921, the Red Army invaded. By April, the republic fell. In May of the same year, talks began.', context)).toEqual([
      '1921-02 month «February 1921»',
      '1921-04 month «April»',
      '1921-05 month «May»',
    ]);
  });

  it('carries a stated year before the infobox: "in late January" after 17 January 2012, in the background of a 2014 battle', () => {
    expect(timeline('The rebellion opened on 17 January 2012. Soldiers were killed in late January.', { infoboxDate: '17–21 May 2014' })).toEqual([
      '2012-01-17 day «17 January 2012»',
      '2012-01 month late «late January»',
    ]);
  });

  it('carries a year stated with a part of it past the heading\'s: "in November" after "In the autumn of 2012" under "… of January 2013"', () => {
    expect(
      dates('## Negotiations and the offensive of January 2013\nIn the autumn of 2012, talks were held. A delegation went to the capital in November.', {
        infoboxDate: 'December 2011 – 2 March 2017',
      }),
    ).toEqual(['2012', '2012-11']);
  });

  it('keeps a bare year as possible background: "in March" after "in 2018" under "… of 2021" stays in 2021', () => {
    expect(dates('## Offensive of 2021\nThe rebels were defeated in 2018. In March, fighting resumed.', { infoboxDate: '2021' })).toEqual(['2018', '2021-03']);
  });

  it('carries a stated year before the infobox through its paragraph, and no further', () => {
    const prose =
      'Rebels took the town on 13 May 2015. On 30 May, they blew up the prison. On 18 August, they killed its curator.\n\nOn 7 March, the army attacked.';
    expect(timeline(prose, { infoboxDate: '7–27 March 2016' })).toEqual([
      '2015-05-13 day «13 May 2015»',
      '2015-05-30 day «30 May»',
      '2015-08-18 day «18 August»',
      '2016-03-07 day «7 March»',
    ]);
  });

  it('carries a year a news post states in its background through the section, not only the paragraph: the post tells of years before', () => {
    const post =
      '## Background\nShelling began in mid-January 2015.\n\nOn 22 January, an offensive was announced.\n\n## This week\nOn 26 March, four soldiers were killed.\n';
    expect(dates(post, { published: '2021-04-09' })).toEqual(['2015-01', '2015-01-22', '2021-03-26']);
  });

  it('brings a news post back from a recalled year to the days before its publication, a day that year would put before its last date', () => {
    const post = (day: string) =>
      `## Ambush\nThe convoy was caught in July 2024. The fighting lasted from 25 to 27 July.\n\n## Now\nOn ${day}, the base was overrun.\n`;
    expect(dates(post('1 June'), { published: '2025-06-10' })).toEqual(['2024-07', '2024-07-25', '2025-06-01']);
    // A month and more before the publication, or a step on from the recalled days, stays in the recalled year.
    expect(dates(post('1 May'), { published: '2025-06-10' }).at(-1)).toBe('2024-05-01');
    expect(dates(post('3 August'), { published: '2025-08-10' }).at(-1)).toBe('2024-08-03');
  });

  it("takes a news post's month far back from the last date, in a new section, as the nearer year after it, up to the publication", () => {
    const post = (month: string) =>
      `## Background\nRebels routed a column in late July 2024. A strike on 25 August killed 21.\n\n## Next\nThe juntas left the bloc in ${month}.\n`;
    expect(dates(post('January'), { published: '2025-04-08' })).toEqual(['2024-07', '2024-08-25', '2025-01']);
    // The nearer year after it would be after the publication: the month stays in the year told.
    expect(dates(post('March'), { published: '2025-01-10' }).at(-1)).toBe('2024-03');
    // Without a publication day a new section may restart the story.
    expect(dates(post('January'), { infoboxDate: '2024' }).at(-1)).toBe('2024-01');
  });

  it('does not carry a bare background year past the infobox', () => {
    expect(timeline('The rebels were defeated in 2018. By the end of June, Russia urged new deals.', { infoboxDate: '29 July 2021 – 2021' })).toEqual([
      '2018 year «2018»',
      '2021-06 month late «the end of June»',
    ]);
  });

  it('gives a day set beside a count from a dated happening the year that count gives, not the year recalled in between', () => {
    const prose =
      'Attacks began on 8 June 2013, when a column was stopped near Mala Tokmachka. Two days later, the president spoke.\n\nTroops entered the city on 25 February 2012, and took the plant on 4 March. In September 2012 the region was annexed. On 6 June, two days before the attack at Mala Tokmachka, the dam was destroyed.';
    expect(timeline(prose, { infoboxDate: '2012 – 2013' }).at(-1)).toBe('2013-06-06 day «6 June»');
    // A count that lands on another day gives no year: the nearest year stands.
    expect(timeline(prose.replace('two days before', 'three days before'), { infoboxDate: '2012 – 2013' }).at(-1)).toBe('2012-06-06 day «6 June»');
  });

  it('puts a month just after a story that ended in December, told in a later section once the text has gone past it, in the next year', () => {
    const article = (month: string) =>
      `## Attack\nOn 10 December, gunmen attacked the camp.\n\n## Second attack\nOn 9 January 2020, gunmen attacked another camp.\n\n## Aftermath\nIn ${month}, the army chief was replaced.\n`;
    expect(dates(article('mid-January'), { infoboxDate: '10 December 2019' })).toEqual(['2019-12-10', '2020-01-09', '2020-01']);
    // Within the story's months, a later section goes back to the story.
    expect(dates(article('December'), { infoboxDate: '10 December 2019' }).at(-1)).toBe('2019-12');
  });

  it('reads "in the run-up to 9 May" as before 9 May', () => {
    expect(timeline('On 5 March 2014, rebels attacked. In the run-up to 9 May, troops gathered.')).toEqual([
      '2014-03-05 day «5 March 2014»',
      '2014-05-09 day before «In the run-up to 9 May»',
    ]);
  });

  it('comes from a later date of the same sentence that states it, not from the dates told before', () => {
    const context = { infoboxDate: 'May – August 2004' };
    const told = '## Fighting\nThe guns fired on the valley in the autumn of 2002. ';
    expect(dates(`${told}The column set out in late May, and the pass was taken on 2 June 2004.\n`, context)).toEqual(['2002', '2004-05']);
    // A clause in the pluperfect tells another time, and a month after the stated one is not read back into its year.
    expect(dates(`${told}In March the talks failed again, as they had in May 2003.\n`, context)).toEqual(['2002', '2003-03']);
    expect(dates(`${told}The column set out in November, and the pass was taken on 2 June 2004.\n`, context)).toEqual(['2002', '2002-11']);
    // In a news post, a later year past the publication's is a plan the sentence sets, not the year it stands in.
    expect(dates('On 3 May, the council met.\n\nIn June, the council set a vote for March 2026.\n', { published: '2025-07-01' })).toEqual([
      '2025-05-03',
      '2025-06',
    ]);
  });
});

describe("a day without its year after a relative clause's earlier past", () => {
  it('carries on from the date before the clause, not from its year', () => {
    const kalbajar =
      'Under the ceasefire agreement of 10 November 2020, the district, which had been held by Armenian forces since 1993, was returned to Azerbaijan on 25 November.';
    expect(timeline(kalbajar, {})).toEqual(['2020-11-25 day «25 November»']);
    // A clause's date in a later year than the story's day is no earlier past: it gives the year.
    const left = 'In 2022 the siege began. The UN mission, whose departure the Council had ordered on 30 June 2023, left its camp in late October.';
    expect(timeline(left, {})).toEqual(['2022 year «2022»', '2023-10 month late «late October»']);
  });
});

describe('a day without its year after a season of a year', () => {
  it('steps on into the next year when the season, or a year’s late part, lies more than five months after it', () => {
    const events = extractTimeline('## A\nCampaigners collected signatures last autumn. Parliament passed it on 12 February.\n', { published: '2025-03-27' });
    expect(events.map((event) => event.date)).toEqual(['2024', '2025-02-12']);
    expect(timeline('In the summer of 2012 the rebels advanced. On 20 August they took the town.', {})).toEqual([
      '2012 year summer «summer of 2012»',
      '2012-08-20 day «20 August»',
    ]);
    expect(timeline('The army attacked in late 2012. In March, gunmen kidnapped a trader.', {})[1]).toBe('2013-03 month «March»');
  });
});
