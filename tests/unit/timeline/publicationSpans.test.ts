/** Spans a news post counts from its publication day or from what it just told: weekends, hours, first weeks, a "since" in the perfect. */
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/timeline/extractTimeline.ts';

describe('a weekend and a span of hours in a news post', () => {
  // 12 June 2023 was a Monday.
  const post = (body: string, published = '2023-06-12') =>
    extractTimeline(`${body}\n`, { published }).map((event) => `${event.date}${event.end === undefined ? '' : ` → ${event.end}`}`);

  it('reads "over the weekend" as its Saturday and Sunday', () => {
    expect(post('Over the weekend, the heaviest fighting moved to the valley.')).toEqual(['2023-06-10 → 2023-06-11']);
    expect(post('At the weekend, two villages were retaken.', '2023-06-11')).toEqual(['2023-06-10 → 2023-06-11']);
  });

  it('reads "this weekend" told in the past as the weekend just gone, and one awaited as ahead', () => {
    expect(post('Queues at the petrol stations stretched for several kilometres this weekend.')).toEqual(['2023-06-10 → 2023-06-11']);
    expect(post('The speaker is expected in Yerevan this weekend.', '2023-06-09')).toEqual([]);
    expect(post('A delegation is still expected in Baku later this month, but the ministry said this morning that no date was set.', '2023-06-09')).toEqual([
      '2023-06-09',
    ]);
  });

  it('reads a measure declared "from Wednesday" as in force from that Wednesday, and one that will start then as ahead', () => {
    expect(post('The regional administration declared three days of mourning from Wednesday.', '2023-06-16')).toEqual(['2023-06-14']);
    expect(post('The shops will close from Monday.', '2023-06-16')).toEqual([]);
  });

  it('reads a change measured since a relative date as its baseline, no happening', () => {
    expect(post('The price of petrol has risen fivefold since the start of the month.')).toEqual([]);
  });

  it('reads a "with" phrase hung on a forecast as part of it', () => {
    const body = 'The president spoke on Sunday. The soldiers would leave in the coming months, with a full withdrawal by the end of the year.';
    expect(post(body, '2023-09-27')).toEqual(['2023-09-24']);
  });

  it('reads a gathering told in the simple present with its weekday as scheduled, not a happening', () => {
    expect(post('Talks ended on Sunday. The ministers meet in Brussels on Thursday, and Kyiv will ask for shells.')).toEqual(['2023-06-11']);
    expect(post('The ministers met in Brussels on Thursday.')).toEqual(['2023-06-08']);
    // "the vote" is a noun: calling it last December tells that December.
    expect(post('Aliyev called the vote last December, more than a year before it was due.')).toEqual(['2022-12']);
    // "the vote" is a noun there, and what was said of it has its day.
    expect(post('The Commission welcomed the vote but said on Thursday that it was pleased.')).toEqual(['2023-06-08']);
    // A gathering someone travelled to, the infinitive of purpose after a past verb of going, took place that day.
    expect(post('The director drove from the capital to meet union leaders in Yako on Thursday, but the talks failed.')).toEqual(['2023-06-08']);
  });

  it('takes a day inside a recalled month as the news once the post has come back to its present', () => {
    const recalled = 'Troops moved there after they left Mali in August 2022.';
    const now = 'Joint operations have been frozen, and attacks have grown deadlier.';
    const day = 'On 15 August, 17 soldiers were killed in an ambush.';
    expect(post(`${recalled} ${now} ${day}`, '2023-09-27')).toEqual(['2022-08', '2023-08-15']);
    expect(post(`${recalled} ${day}`, '2023-09-27')).toEqual(['2022-08', '2022-08-15']);
  });

  it('does not step back into the year before, nor forward in it, once the post has come back to its present: a month this year has seen is this year’s', () => {
    const recalled = 'The border was reopened in July 2022.';
    const now = 'Trade has picked up slowly.';
    expect(post(`${recalled} ${now} On 18 June, a referendum was held.`, '2023-09-27')).toEqual(['2022-07', '2023-06-18']);
    expect(post(`${recalled} ${now} In May, the talks broke down.`, '2023-09-27')).toEqual(['2022-07', '2023-05']);
    // Told in the recalled past with no word of the present between, the day elaborates the recalled year.
    expect(post(`${recalled} On 18 June, a referendum was held.`, '2023-09-27')).toEqual(['2022-07', '2022-06-18']);
    // A stance held now, or a perfect with "always" or "never", comes back to the present as well: "In March" is this year's.
    const lastYear = 'His term ran out in May last year.';
    expect(post(`${lastYear} Officials reject the claim. In February, the argument was taken up abroad.`, '2025-07-17')).toEqual(['2024-05', '2025-02']);
    expect(post(`${lastYear} Ankara has always tied the border to a peace deal. In March, a text was agreed.`, '2025-06-22')).toEqual(['2024-05', '2025-03']);
    expect(post(`${lastYear} In February, the argument was taken up abroad.`, '2025-07-17')).toEqual(['2024-05', '2024-02']);
    // Nor does it step forward in it: a month this year has already seen is this year's ("remain," closes a present clause).
    const remain = 'Only a few dozen residents remain, and the village is closed to outsiders.';
    expect(post(`${lastYear} ${remain} In June, a drone hit the substation.`, '2025-08-13')).toEqual(['2024-05', '2025-06']);
    // So does the news framed in the present: "The deaths come at a tense time", after a recall years back.
    const rebels = 'On 1 February 2008, a rebel column reached the capital. The deaths come at a tense time for the country.';
    expect(post(`${rebels} The opposition leader was sentenced on 9 August.`, '2025-09-04')).toEqual(['2008-02-01', '2025-08-09']);
  });

  it('takes a month after a recall years back as the news’s once the post has come back, not the month the recalled year steps on to', () => {
    const recalled = 'The terminal was first hit in July 2023. The next month a corridor opened, and ships have sailed through it ever since.';
    const now = 'The corridor has worked better than many expected.';
    expect(post(`${recalled} ${now} In January, the port authority said the ports had handled 90 million tonnes.`, '2025-10-22')).toEqual([
      '2023-07',
      '2023-08',
      '2025-01',
    ]);
    // "That November" stays the recalled year's.
    expect(post(`${recalled} ${now} That November the port was hit again.`, '2025-10-22')).toEqual(['2023-07', '2023-08', '2023-11']);
  });

  it('takes a day inside a month or season an earlier year was looked back to in, after a day of the news, in that year', () => {
    const news = 'The clergy answered with a statement on Sunday.';
    const day = 'The protests began on 9 May with a march.';
    expect(post(`${news}\n\nThe quarrel goes back to the spring of 2024, when crowds filled the streets. ${day}`, '2025-06-21')).toEqual([
      '2025-06-15',
      '2024',
      '2024-05-09',
    ]);
    expect(post(`${news}\n\nThe quarrel goes back to May 2024, when crowds filled the streets. ${day}`, '2025-06-21')).toEqual([
      '2025-06-15',
      '2024-05',
      '2024-05-09',
    ]);
    // Outside the month looked back to, the day is the news's.
    expect(post(`${news}\n\nThe quarrel goes back to March 2024. On 9 June, the talks broke down.`, '2025-06-21')).toEqual([
      '2025-06-15',
      '2024-03',
      '2025-06-09',
    ]);
  });

  it('reads "In July of that year" after a look back as that look back\'s year', () => {
    const news = 'The clergy answered with a statement on Sunday.';
    expect(
      post(`${news}\n\nThe quarrel goes back to the summer of 2024, when crowds filled the streets. In July of that year the mayor resigned.`, '2025-07-22'),
    ).toEqual(['2025-07-20', '2024', '2024-07']);
  });

  it('reads "late that month" after a look back to a month as that month', () => {
    const news = 'The agreement was concluded on 14 March.';
    const farabougou = 'The village was surrounded by the fighters in October. Soldiers reached it late that month.';
    expect(post(`${news} ${farabougou}`, '2021-03-23')).toEqual(['2021-03-14', '2020-10', '2020-10']);
    expect(post(`${news} Soldiers reached it later that month.`, '2021-03-23')).toEqual(['2021-03-14', '2021-03']);
  });

  it('reads "Later that year" after a look back as the year looked back to', () => {
    const fire = 'A fire broke out on Saturday. In July 2021, a blaze burned there for a week. Later that year, the government built a landfill.';
    expect(post(fire, '2025-08-12')).toEqual(['2025-08-09', '2021-07', '2021']);
  });

  it('counts months on from the day looked back to when counting from the news would pass the publication', () => {
    const news = 'The clergy answered with a statement on Sunday.';
    const later = 'Two months later, the mayor was elected.';
    expect(post(`${news}\n\nThe quarrel goes back to the elections of October 2021, in which the party won most votes. ${later}`, '2025-10-04')).toEqual([
      '2025-09-28',
      '2021-10',
      '2021-12',
    ]);
    // Within the publication's past, the count is the news's own.
    const march = 'The clergy answered with a statement on 2 March.';
    const quarrel = 'The quarrel goes back to the elections of October 2021, in which the party won most votes.';
    expect(post(`${march}\n\n${quarrel} ${later}`, '2025-10-04')).toEqual(['2025-03-02', '2021-10', '2025-05']);
  });

  it('takes a day after a year recalled years back from the post’s present as the news, in the publication’s year', () => {
    const day = 'On 9 August, Abkhaz forces began to shell the gorge.';
    const recalled = (year: number) => `Georgian police took the gorge in July ${year}, and since then it has been held by Georgia.`;
    expect(post(`${recalled(2006)} ${day}`, '2008-08-12')).toEqual(['2006-07', '2008-08-09']);
    // Told only in the past, the recall is the story's own time, and the day after it stays in its year.
    expect(post(`Georgian police took the gorge in July 2006. ${day}`, '2008-08-12')).toEqual(['2006-07', '2006-08-09']);
    // A year just before the post's is no such recall (see the recalled month above).
    expect(post(`${recalled(2007)} ${day}`, '2008-08-12')).toEqual(['2007-07', '2007-08-09']);
    // A present relative clause between commas comes back too; a day the publication's year puts after the post is the year before's.
    const fell = 'When the government fell on 8 December, the army turned on the militia.';
    expect(post(`Turkey, which regards the militia as a threat, drove it out of the valley in October 2019. ${fell}`, '2025-03-14')).toEqual([
      '2019-10',
      '2024-12-08',
    ]);
    expect(post(`Turkey, which perhaps feared the militia, drove it out of the valley in October 2019. ${fell}`, '2025-03-14')[1]).toBe('2019-12-08');
  });

  it('comes back to its present after a span that carries the story from the recalled year to within a couple of years of the post', () => {
    const retook = 'Hezbollah helped the army retake the town in June 2013.';
    const fell = 'That changed when the government fell on 8 December.';
    expect(post(`${retook} For more than a decade after that, the group held the crossings. ${fell}`, '2025-03-18')).toEqual(['2013-06', '2024-12-08']);
    // So does a present perfect past a long opening phrase, its participle irregular.
    const since = 'Since the defeat of the Islamic State at Baghuz in March 2019, the fields east of the Euphrates have paid for the administration.';
    expect(post(`${since} The commander signed the deal in Damascus on 10 March.`, '2025-11-20')).toEqual(['2019-03', '2025-03-10']);
    // And a sentence in the simple present telling how things stand.
    const ruins = 'Government forces retook the road in February 2020, and the bridges were left in ruins. Their spans still lie beside the road.';
    expect(post(`${ruins} When the government collapsed on 8 December, the road reopened.`, '2025-05-22')).toEqual(['2020-02', '2024-12-08']);
    // "now" before a verb in the present tells it too, after a recall of last year in a later section; one in the past does not.
    const june = 'Fighters attacked the post on Monday.\n\n## Background\n\nIn June last year, fighters attacked villages around Kolokani.';
    const now = 'The group now moves freely in the forests around the town. In February, gunmen killed the village chief.';
    expect(post(`${june}\n\n${now}`, '2025-11-12')).toEqual(['2025-11-10', '2024-06', '2025-02']);
    const then = 'The group now controlled the forests around the town. In February, gunmen killed the village chief.';
    expect(post(`${june}\n\n${then}`, '2025-11-12')).toEqual(['2025-11-10', '2024-06', '2024-02']);
    // A span that ends years before the post leaves the story in the recalled years.
    expect(post(`${retook} For two years after that, the group held the crossings. ${fell}`, '2025-03-18')).toEqual(['2013-06', '2013-12-08']);
  });

  it('reads "in the 48 hours since" a day just told as the span from it', () => {
    expect(post('The rebels entered the capital on Sunday. In the 48 hours since, the air force has struck 300 targets.', '2024-12-11')).toEqual([
      '2024-12-08',
      '2024-12-08 → 2024-12-10',
    ]);
  });
});

describe('the first week or days a news post counts', () => {
  it('are those of the happening just told with its day, not of the first day the post names', () => {
    const post =
      'The sanctions were imposed yesterday. Crowds have gathered every night since 28 February, when the talks were dropped. Police used water cannon against them during the first week.';
    const events = extractTimeline(post, { published: '2023-03-12' }).map((event) => `${event.date}${event.end === undefined ? '' : ` → ${event.end}`}`);
    expect(events).toEqual(['2023-03-11', '2023-02-28', '2023-02-28 → 2023-03-06']);
  });
});

describe('a "since" in the present perfect of a news post', () => {
  it('counts back from the post: a month or a season without its year is the latest on or before the publication', () => {
    const post = 'Chasiv Yar fell in late July last year.\n\nSince the spring the troops have been moving north. The town has been shelled since October.\n';
    expect(extractTimeline(post, { published: '2025-07-04' }).map((event) => `${event.date} ${event.qualifier ?? ''}`)).toEqual([
      '2024-07 late',
      '2025 spring',
      '2024-10 ',
    ]);
  });
});

describe('the morning after a night a news post names by its weekdays', () => {
  const post = (body: string, published: string) => extractTimeline(`${body}\n`, { published }).map((event) => event.date);

  it('is the morning that ends it, after a time in its small hours too', () => {
    const night = 'Drones hit a block on the night of Tuesday to Wednesday.';
    expect(post(`${night} The next morning, the entrance collapsed.`, '2025-06-12')).toEqual(['2025-06-10', '2025-06-11']);
    const hours = `${night} The mayor said the first blast was heard at 2:17 a.m. Most residents were asleep. By the next morning, the entrance collapsed.`;
    expect(post(hours, '2025-06-12').at(-1)).toBe('2025-06-11');
  });
});

describe("a post's year opening the sentence before a month or a day of its own clause", () => {
  it('yields to that month or day, which dates the sentence; a second clause’s month does not', () => {
    const post = (body: string) => extractTimeline(`${body}\n`, { published: '2025-08-04' }).map((event) => event.date);
    expect(post('This year the season opened on 1 June, when the administration allowed swimming.')).toEqual(['2025-06-01']);
    expect(post('Last year the road stayed closed from July to October.')).toEqual(['2024-07']);
    expect(post('This year the season opened late, and in June the beaches were mined.')).toEqual(['2025']);
  });
});

describe('a period of the post restated by its day', () => {
  const post = (body: string) => extractTimeline(`${body}\n`, { published: '2025-11-12' }).map((event) => event.date);

  it('is the day written after it, and "last year" gives that day its year', () => {
    expect(post('Earlier this month, on 3 November, the oblast council approved money for generators.')).toEqual(['2025-11-03']);
    expect(post('Last week, on 5 November, the depot was hit again.')).toEqual(['2025-11-05']);
    expect(post('Last year, on 27 October, a guided bomb hit a workshop.')).toEqual(['2024-10-27']);
  });
});

describe('a count of years back whose clause names a bare month', () => {
  const post = (body: string) => extractTimeline(`${body}\n`, { published: '2025-07-22' }).map((event) => `${event.date} ${event.qualifier ?? ''}`.trim());

  it('is that month, that many years back, with its hedge; the count alone stays a year', () => {
    expect(post('Two years ago the town went without water for five days in August, when a main burst.')).toEqual(['2023-08']);
    expect(post('Three years ago, in late May, the bridge collapsed.')).toEqual(['2022-05 late']);
    expect(post('Two years ago the town went without water for five days.')).toEqual(['2023']);
  });
});
