import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/timeline/extractTimeline.ts';
import { findPublicationDates } from '../../../src/timeline/publicationDates.ts';

// 12 March 2023 was a Sunday.
const SUNDAY = { year: 2023, month: 3, day: 12 };
const dates = (sentence: string, published = SUNDAY) => findPublicationDates(sentence, published).map(({ text, year, month, day }) => [text, year, month, day]);

describe('findPublicationDates: a news post counts from the day it was published', () => {
  it('takes a weekday as the last one on or before that day, "last" as strictly before', () => {
    expect(dates('Twenty soldiers were killed on Saturday.')).toEqual([['on Saturday', 2023, 3, 11]]);
    expect(dates('Talks resumed on Sunday.')).toEqual([['on Sunday', 2023, 3, 12]]);
    expect(dates('The convoy left last Sunday.')).toEqual([['last Sunday', 2023, 3, 5]]);
    expect(dates('Shelling resumed Thursday night.')).toEqual([['Thursday', 2023, 3, 9]]);
    expect(dates('Drones struck the city early Friday.')).toEqual([['early Friday', 2023, 3, 10]]);
    expect(dates('The first wave hit the port in the early hours of Tuesday.')).toEqual([['early hours of Tuesday', 2023, 3, 7]]);
    expect(dates('Drones struck on the night of Friday, officials said.')).toEqual([['night of Friday', 2023, 3, 10]]);
  });

  it('takes two weekdays sharing a time of day as the first named', () => {
    expect(dates('Thousands spent Wednesday and Thursday nights at the airport.')).toEqual([['Wednesday', 2023, 3, 8]]);
    expect(dates('Thousands spent Wednesday and Thursday at the airport.')).toEqual([]);
  });

  it('reads yesterday, today, this and last month, last year, across a year’s turn', () => {
    expect(dates('The base fell yesterday.', { year: 2023, month: 1, day: 1 })).toEqual([['yesterday', 2022, 12, 31]]);
    expect(dates('Last night the army left the town.')).toEqual([['Last night', 2023, 3, 11]]);
    expect(dates('On the last night of the siege, the garrison left.')).toEqual([]);
    expect(dates('Earlier this month, a convoy was ambushed.')).toEqual([['Earlier this month', 2023, 3, undefined]]);
    expect(dates('Last month the army withdrew.', { year: 2023, month: 1, day: 9 })).toEqual([['Last month', 2022, 12, undefined]]);
    expect(dates('The town was taken last year.')).toEqual([['last year', 2022, undefined, undefined]]);
  });

  it('hedges a part of the month or year the words count to, as "the end of March" is late March', () => {
    const hedges = (sentence: string) => findPublicationDates(sentence, SUNDAY).map(({ text, year, month, qualifier }) => [text, year, month, qualifier]);
    expect(hedges('In an interview at the end of last month, he admitted it.')).toEqual([['the end of last month', 2023, 2, 'late']]);
    expect(hedges('The talks collapsed late last month.')).toEqual([['late last month', 2023, 2, 'late']]);
    expect(hedges('Prices rose at the start of this month.')).toEqual([['the start of this month', 2023, 3, 'early']]);
    expect(hedges('The town was taken in the middle of last year.')).toEqual([['the middle of last year', 2022, undefined, 'mid']]);
    expect(hedges('Earlier this month, a convoy was ambushed.')).toEqual([['Earlier this month', 2023, 3, undefined]]);
    expect(hedges('Two reporters were expelled at the beginning of May last year.')).toEqual([['the beginning of May last year', 2022, 5, 'early']]);
    expect(hedges('The border was closed in late January this year.')).toEqual([['late January this year', 2023, 1, 'late']]);
    expect(hedges('Late in March this year, gunmen killed 23 people.')).toEqual([['Late in March this year', 2023, 3, 'late']]);
    // Every hedge a month written out takes ("the last week of September"), before the post's year too.
    expect(hedges('Most arrived in the last week of September last year.')).toEqual([['the last week of September last year', 2022, 9, 'late']]);
    expect(hedges('The first days of April this year were quiet.')).toEqual([['The first days of April this year', 2023, 4, 'early']]);
  });

  it('takes "last autumn" as the last one over by the post\'s month, and "this winter" in January as the one begun in December', () => {
    const seasons = (sentence: string, published = SUNDAY) =>
      findPublicationDates(sentence, published).map(({ text, year, month, qualifier }) => [text, year, month, qualifier]);
    expect(seasons('Prices have risen since last autumn.')).toEqual([['last autumn', 2022, undefined, 'autumn']]);
    expect(seasons('The dam was finished last summer.', { year: 2023, month: 10, day: 2 })).toEqual([['last summer', 2023, undefined, 'summer']]);
    expect(seasons('The roads were closed last winter.')).toEqual([['last winter', 2022, undefined, 'winter']]);
    expect(seasons('The talks began last fall.')).toEqual([['last fall', 2022, undefined, 'autumn']]);
    expect(seasons('Gas is scarce this winter.', { year: 2023, month: 1, day: 9 })).toEqual([['this winter', 2022, undefined, 'winter']]);
    expect(seasons('In the last summer of the war the port closed.')).toEqual([]);
    // A season of the year the words name, as "the spring of 2024" is.
    expect(seasons('He led the protests in the spring of last year.')).toEqual([['spring of last year', 2022, undefined, 'spring']]);
    expect(seasons('Talks resumed in the autumn of this year.')).toEqual([['autumn of this year', 2023, undefined, 'autumn']]);
  });

  it('leaves "the last month of the battle" to the story: a month of it, not the one before the post', () => {
    expect(dates('It is worth going back to the last month of the battle.')).toEqual([]);
    expect(dates('The last week of the siege was the worst.')).toEqual([]);
    expect(dates('In the last year of the war, the town changed hands twice.')).toEqual([]);
  });

  it('leaves a weekday written with its date to that date ("on Monday, 6 February")', () => {
    expect(dates('At 4:17 a.m. on Monday, 6 February, an earthquake struck.')).toEqual([]);
    expect(dates('The convoy left on Friday, March 3, at dawn.')).toEqual([]);
    expect(dates('The convoy left on Friday, and talks resumed.')).toEqual([['on Friday', 2023, 3, 10]]);
  });

  it('reads a weekday opening the sentence, and "Last Sunday" as strictly before', () => {
    expect(dates('On Thursday, a convoy struck a mine.')).toEqual([['On Thursday', 2023, 3, 9]]);
    expect(dates('Last Sunday the talks resumed.')).toEqual([['Last Sunday', 2023, 3, 5]]);
    expect(dates('As of Thursday, the level had dropped to 12.5 metres.')).toEqual([['As of Thursday', 2023, 3, 9]]);
  });

  it('reads "last week" as about a week before, and the months and hedges of this and last year', () => {
    expect(findPublicationDates('Last week, rebels attacked a post.', SUNDAY).map(({ day, qualifier }) => [day, qualifier])).toEqual([[5, 'around']]);
    expect(dates('In September last year, a convoy was ambushed.')).toEqual([['September last year', 2022, 9, undefined]]);
    // An opening "Last year," whose clause names a bare month is that month of last year; its hedge too.
    expect(dates('Last year, a shortage in the town lasted almost three weeks in September, and the mayor resigned.')).toEqual([
      ['Last year', 2022, 9, undefined],
    ]);
    expect(
      findPublicationDates('Last year, fighting near the village in early October left four dead.', SUNDAY).map(({ month, qualifier }) => [month, qualifier]),
    ).toEqual([[10, 'early']]);
    expect(dates('Last year, the shortage lasted three weeks.')).toEqual([['Last year', 2022, undefined, undefined]]);
    expect(dates('The base was built in May this year.')).toEqual([['May this year', 2023, 5, undefined]]);
    expect(findPublicationDates('They asked French troops to leave early this year.', SUNDAY).map(({ year, qualifier }) => [year, qualifier])).toEqual([
      [2023, 'early'],
    ]);
    expect(dates('Earlier this year, the army withdrew.')).toEqual([['Earlier this year', 2023, undefined, undefined]]);
  });

  it('reads "this week" as about the day, "N days/weeks/months ago", "a year ago" to the month and several years to the year, and "since the weekend" as its Saturday', () => {
    const withHedge = (sentence: string) => findPublicationDates(sentence, SUNDAY).map(({ year, month, day, qualifier }) => [year, month, day, qualifier]);
    expect(withHedge('The ministry has reported four violations this week.')).toEqual([[2023, 3, 12, 'around']]);
    expect(withHedge('Three days ago, a farmer was wounded.')).toEqual([[2023, 3, 9, undefined]]);
    expect(withHedge('Two nights ago, drones hit the depot.')).toEqual([[2023, 3, 10, undefined]]);
    expect(withHedge('Two weeks ago, the president spoke on television.')).toEqual([[2023, 2, 26, 'around']]);
    expect(withHedge('A month ago, a base was attacked.')).toEqual([[2023, 2, undefined, undefined]]);
    expect(withHedge('A year ago, a treaty seemed close.')).toEqual([[2022, 3, undefined, undefined]]);
    expect(withHedge('Hezbollah helped the army retake the city eight years ago.')).toEqual([[2015, undefined, undefined, undefined]]);
    // "Today" opening a description in the present is the post's now, no day of a happening; told in the past it is the day.
    expect(withHedge('Today their old headquarters stand empty.')).toEqual([]);
    expect(withHedge('Today it employs about 2,000 people.')).toEqual([]);
    expect(withHedge('Today it hosts the 4th Centre for Combat Employment, and its jets have flown missions in the war.')).toEqual([]);
    expect(withHedge('Today the plant, its buffer station downstream and the pumped-storage plant above the river employ most.')).toEqual([]);
    expect(withHedge('Today, the army said, its units are holding the line.')).toEqual([[2023, 3, 12, undefined]]);
    expect(withHedge('Today only an overgrown embankment and a few rusting bridges remain.')).toEqual([]);
    expect(withHedge('Today the curfew was extended.')).toEqual([[2023, 3, 12, undefined]]);
    // A count restated by its date written after it names no date of its own: the date dates the sentence.
    expect(withHedge('Five years ago, in April 2018, several thousand people gathered.')).toEqual([]);
    expect(withHedge('Two years ago, on 3 May 2021, the town was shelled.')).toEqual([]);
    expect(withHedge('Just over a week ago, on the night of 17 to 18 August, drones hit a hangar.')).toEqual([]);
    expect(withHedge('A year ago today, troops entered the city.')).toEqual([[2022, 3, 12, undefined]]);
    expect(withHedge('Two months ago today, the dam was blown up.')).toEqual([[2023, 1, 12, undefined]]);
    expect(withHedge('A week ago today, the ceasefire began.')).toEqual([[2023, 3, 5, undefined]]);
    expect(
      findPublicationDates('A year ago today, the plan failed.', { year: 2024, month: 2, day: 29 }).map(({ year, month, day }) => [year, month, day]),
    ).toEqual([[2023, 2, 28]]);
    expect(withHedge('Shooting had continued since the weekend.')).toEqual([[2023, 3, 11, undefined]]);
    expect(findPublicationDates('Shooting had continued since the weekend.', { year: 2023, month: 3, day: 11 }).map(({ day }) => day)).toEqual([11]);
  });

  it('reads a month named with "last" as the latest such month before the publication’s', () => {
    expect(dates('Last January, soldiers detained the president.')).toEqual([['Last January', 2023, 1, undefined]]);
    expect(dates('The base was attacked last March, residents said.')).toEqual([['last March', 2022, 3, undefined]]);
    expect(dates('In the last March of the war, the town fell.')).toEqual([]);
  });

  it('reads "early this morning" as the publication day, with no hedge', () => {
    const withHedge = (sentence: string) => extractTimeline(sentence, { published: '2023-03-12' }).map((event) => [event.date, event.qualifier]);
    expect(withHedge('Officials said early this morning that the border would stay open.\n')).toEqual([['2023-03-12', undefined]]);
    // A part of a day is a time of it, as "Late on Friday" is: "Late last night" and "Early yesterday" take no hedge either.
    expect(withHedge('Late last night, the commander announced a ceasefire.\n')).toEqual([['2023-03-11', undefined]]);
    expect(withHedge('Early yesterday the convoy left.\n')).toEqual([['2023-03-11', undefined]]);
  });

  it('reads "Two years ago this week" as around the publication day then, and counts no span of days from it', () => {
    const post = { published: '2024-03-29' };
    const prose =
      'Two years ago this week, soldiers arrived in the town. Over the next four days they executed hundreds of men. The junta said at the time that it had killed 203 fighters.\n';
    expect(extractTimeline(prose, post).map((event) => [event.date, event.qualifier])).toEqual([
      ['2022-03-29', 'around'],
      ['2022-03-29', 'around'],
    ]);
  });

  it('reads an opening "As of this writing" or "At the time of writing" as the publication day', () => {
    const on = (sentence: string) => extractTimeline(sentence, { published: '2023-03-12' }).map((event) => event.date);
    expect(on('As of this writing, the highway is still closed.\n')).toEqual(['2023-03-12']);
    expect(on('At the time of writing, the road was still closed.\n')).toEqual(['2023-03-12']);
    expect(on('No group has claimed the massacre as of this writing.\n')).toEqual([]);
  });

  it('keeps the day of "on 24 August last year", and both days of a range of that month or across two', () => {
    expect(dates('The attack came on 24 August last year.')).toEqual([['24 August last year', 2022, 8, 24]]);
    const range = findPublicationDates('On the night of 4 to 5 June last year, gunmen killed 132 people.', SUNDAY);
    expect(range.map(({ text, year, month, day, end }) => [text, year, month, day, end])).toEqual([
      ['4 to 5 June last year', 2022, 6, 4, { year: 2022, month: 6, day: 5 }],
    ]);
    const between = findPublicationDates('Between 25 and 27 July this year, troops suffered a defeat.', SUNDAY);
    expect(between.map(({ text, year, month, day, end }) => [text, year, month, day, end])).toEqual([
      ['25 and 27 July this year', 2023, 7, 25, { year: 2023, month: 7, day: 27 }],
    ]);
    const across = findPublicationDates('Overnight from 31 March to 1 April this year, a drone was shot down.', SUNDAY);
    expect(across.map(({ text, year, month, day, end }) => [text, year, month, day, end])).toEqual([
      ['31 March to 1 April this year', 2023, 3, 31, { year: 2023, month: 4, day: 1 }],
    ]);
  });

  it('reads a night named by its two weekdays, or by the day it runs into, as the range of both days', () => {
    const night = findPublicationDates('On the night of Saturday to Sunday, armed men went through the town.', SUNDAY);
    expect(night.map(({ text, day, end }) => [text, day, end])).toEqual([['night of Saturday to Sunday', 11, { year: 2023, month: 3, day: 12 }]]);
    const into = findPublicationDates('Overnight into Friday, shells fell on the port.', SUNDAY);
    expect(into.map(({ text, day, end }) => [text, day, end])).toEqual([['Overnight into Friday', 9, { year: 2023, month: 3, day: 10 }]]);
  });

  it('reads a possessive date as a label: "this year\'s juntas", "yesterday\'s attack"', () => {
    expect(dates("Neither of this year's juntas has shown that it can.")).toEqual([]);
    expect(dates("Yesterday's attack was the deadliest of the war.")).toEqual([]);
    expect(dates('The base fell yesterday, officials said.')).toEqual([['yesterday', 2023, 3, 11]]);
    // After "on" too: "on Wednesday's ballot" names the ballot, no day the story stands on, before or after the post.
    const ballot = "The results came yesterday. None of the candidates on Wednesday's ballot got more than 3 per cent.\n";
    expect(extractTimeline(ballot, { published: '2024-02-09' }).map((event) => event.date)).toEqual(['2024-02-08']);
  });

  it('leaves weekdays that are names alone', () => {
    expect(dates('Bloody Sunday is remembered. Black Friday sales.')).toEqual([]);
  });
});

describe('extractTimeline with a publication day', () => {
  const post = 'At least 20 soldiers were killed on Saturday near Mopti.\n\nIn January, the army had launched an offensive.\n\nIn November, talks failed.\n';

  it('dates "since the weekend" in a sentence without another date word', () => {
    const weekend = 'Residents said that shooting had continued on and off since the weekend, and that houses had been hit.\n';
    expect(extractTimeline(weekend, { published: '2023-03-12' }).map((event) => event.date)).toEqual(['2023-03-11']);
  });

  it('keeps the story on its day after a later date telling what still held then ("were still fighting this morning")', () => {
    const fire = 'Drones struck the refinery early on Tuesday, setting off a fire that firefighters were still fighting this morning. ';
    const dates = (body: string) => extractTimeline(`${body}\n`, { published: '2025-03-19' }).map((event) => event.date);
    expect(dates(`${fire}The governor said later that morning that a worker had been injured.`)).toEqual(['2025-03-18', '2025-03-18']);
  });

  it('dates the post’s weekdays and puts its bare months in the year before publication', () => {
    expect(extractTimeline(post, { published: '2023-03-12' }).map((event) => event.date)).toEqual(['2023-03-11', '2023-01', '2022-11']);
  });

  it('dates the sentence by the main clause’s "early this year", not by a relative clause’s past', () => {
    const rulers = 'The rulers, who took power in September 2022, asked French troops to leave early this year.\n';
    expect(extractTimeline(rulers, { published: '2023-03-12' }).map((event) => [event.date, event.qualifier])).toEqual([['2023', 'early']]);
  });

  it('dates "Since the invasion began last year, …" by the happening the clause tells, not as a baseline', () => {
    const since = 'Since the full-scale invasion began last year, the army has tried to take the town.\n';
    expect(extractTimeline(since, { published: '2023-03-12' }).map((event) => [event.date, event.precision])).toEqual([['2022', 'year']]);
    expect(extractTimeline('Prices have doubled since last year.\n', { published: '2023-03-12' })).toEqual([]);
  });

  it('dates "the first … since <a happening> this week" by the week, a gap it cannot hold, and keeps a count\'s baseline in it', () => {
    const first = 'The town held its first market since the start of the siege this week.\n';
    expect(extractTimeline(first, { published: '2023-03-12' }).map((event) => [event.date, event.qualifier])).toEqual([['2023-03-12', 'around']]);
    expect(extractTimeline('Some 300 people have fled since the start of the shelling this week.\n', { published: '2023-03-12' })).toEqual([]);
  });

  it('dates a saying kept up since a month by that start, and keeps a count of sayings a baseline', () => {
    const argued = 'The ministry has argued since November that the roads are unsafe.\n';
    expect(extractTimeline(argued, { published: '2023-03-12' }).map((event) => [event.date, event.precision])).toEqual([['2022-11', 'month']]);
    expect(extractTimeline('The ministry has said three times since November that the roads are unsafe.\n', { published: '2023-03-12' })).toEqual([]);
  });

  it('reads a "would" of a news post as a forecast, and of an article as what came to pass', () => {
    const forecast = 'The mayor said on Saturday that the heating season would begin on time in October.\n';
    expect(extractTimeline(forecast, { published: '2023-03-12' }).map((event) => event.date)).toEqual(['2023-03-11']);
    const narrative = 'On 10 February 2022, the siege began. The siege would end on 20 May 2022.\n';
    expect(extractTimeline(narrative, {}).map((event) => event.date)).toEqual(['2022-02-10', '2022-05-20']);
  });

  it('reads a date after the publication day as a plan, not a happening, nor an anchor', () => {
    const plan = 'He promised to win back the north and to hand power to an elected government by July 2024.\n';
    expect(extractTimeline(plan, { published: '2022-10-21' })).toEqual([]);
    const both = 'In June, the junta set elections for July 2024. A month later, talks began.\n';
    expect(extractTimeline(both, { published: '2022-10-21' }).map((event) => event.date)).toEqual(['2022-06', '2022-07']);
  });

  it('reads a day declared one of mourning as that day, even after the publication day (guide: declaring days of mourning)', () => {
    const declared = 'Drones hit the city overnight into Tuesday. The mayor declared 16 July a day of mourning.\n';
    expect(extractTimeline(declared, { published: '2025-07-15' }).map((event) => event.date)).toEqual(['2025-07-14', '2025-07-16']);
  });

  it("counts a background paragraph after a lead telling today's news in its own order, not back from today", () => {
    const post =
      'The captain was sworn in today.\n\nLast January, soldiers seized power. In June, gunmen killed 86 people. A year earlier, 130 had been killed.\n';
    expect(extractTimeline(post, { published: '2022-10-21' }).map((event) => event.date)).toEqual(['2022-10-21', '2022-01', '2022-06', '2021-06']);
  });

  it('gives a bare month the year a later "this year" of the same sentence names, but not a compared "last year"', () => {
    const ambush = 'France left Mali last year.\n\nIn February, 17 soldiers were killed in an ambush, one of the deadliest attacks this year.\n';
    expect(extractTimeline(ambush, { published: '2023-07-27' }).map((event) => event.date)).toEqual(['2022', '2023-02']);
    const before = 'In March the talks failed, as they had last year.\n';
    expect(extractTimeline(before, { published: '2023-07-27' }).map((event) => event.date)).toEqual(['2023-03']);
    // Right before the day, "this year" only gives its year: one date, the day.
    const joined = 'Fighters first struck the town this year on 11 February, when they ambushed a convoy.\n';
    expect(extractTimeline(joined, { published: '2023-07-27' }).map((event) => event.date)).toEqual(['2023-02-11']);
  });

  it('gives a bare month no year from a later month counted back from the post, but the year of a later "last month"', () => {
    const frozen = 'In February he froze the talks, and since then the sides have skipped every meeting, including one last November.\n';
    expect(extractTimeline(frozen, { published: '2024-06-13' }).map((event) => event.date)).toEqual(['2024-02']);
    const joined = 'The minister spoke in 2022.\n\nArmenia joined the court in February, and last month it asked the guards to leave.\n';
    expect(extractTimeline(joined, { published: '2024-06-13' }).map((event) => event.date)).toEqual(['2022', '2024-02']);
  });

  it('gives a bare month no year from the happening a later "since" clause counts a state from', () => {
    const reelected = 'Aliyev was re-elected in February, and since his army retook the region in September 2023 he has shown little interest.\n';
    expect(extractTimeline(reelected, { published: '2024-11-25' }).map((event) => event.date)).toEqual(['2024-02']);
    // A later main clause's date still gives it.
    const retook = 'Aliyev was re-elected in February, and his army retook the region in September 2023.\n';
    expect(extractTimeline(retook, { published: '2024-11-25' }).map((event) => event.date)).toEqual(['2023-02']);
  });

  it('dates nothing from a weekday when the publication day is unknown', () => {
    expect(extractTimeline(post, {})).toEqual([]);
  });
});

describe('a news post block-quoting a reference', () => {
  it('reads its account of the story as the post’s own text, and an article’s block quote not at all', () => {
    const quoted = '## How did we get here?\n\nWikipedia sums it up:\n\n> The deal was signed on 22 July 2022. The first ship left on 1 August 2022.\n';
    expect(extractTimeline(quoted, { published: '2023-07-26' }).map((event) => event.date)).toEqual(['2022-07-22', '2022-08-01']);
    expect(extractTimeline(quoted, { infoboxDate: '22 July 2022 – 17 July 2023' })).toEqual([]);
  });
});
