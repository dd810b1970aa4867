/** One describe per recognition rule of the spec, on small sentences. */
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/timeline/extractTimeline.ts';
import { timelineWithoutEnds as timeline } from './timelineOf.ts';

describe('British and American day orders', () => {
  it('reads "10 February" and "October 2" alike', () => {
    expect(timeline('On 10 February, the town fell. On October 2, the FSA struck. On October 17, rebels said so.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-10-02 day «October 2»',
      '2012-10-17 day «October 17»',
    ]);
  });

  it('reads "February 3, 2022" and abbreviated months', () => {
    expect(timeline('A raid took place on February 3, 2022. It is the morning of Feb. 27 when trucks arrive.', {})).toEqual([
      '2022-02-03 day «February 3, 2022»',
      '2022-02-27 day «Feb. 27»',
    ]);
  });

  it('reads a day written as a word, "the first of September", as that day', () => {
    expect(timeline('On the first of September the school year begins.')).toEqual(['2012-09-01 day «first of September»']);
    expect(timeline('On the twenty-first of May 2013 the town fell.')).toEqual(['2013-05-21 day «twenty-first of May 2013»']);
  });

  it('keeps the day behind a time of day', () => {
    expect(timeline('On the morning of 4 March, the army attacked. At 12:12pm on 25 August the line was cut.')).toEqual([
      '2012-03-04 day «4 March»',
      '2012-08-25 day «25 August»',
    ]);
  });

  it('keeps the day behind a clock time after any preposition, so a second clause’s date is still stated', () => {
    const signed = 'It was signed on 9 November 2012, and it ended the fighting from 00:00, 10 November 2012 Moscow time. Crowds gathered within hours.';
    expect(timeline(signed, {})).toEqual(['2012-11-09 day «9 November 2012»', '2012-11-10 day «within hours»']);
  });

  it('reads a number after a month and a comma as a count, not a day ("In February, 17 soldiers were killed")', () => {
    expect(timeline('In February, 17 soldiers were killed in an ambush. In July, 40 people were wounded.')).toEqual([
      '2012-02 month «February»',
      '2012-07 month «July»',
    ]);
    expect(timeline('On February 17, a convoy was hit.')).toEqual(['2012-02-17 day «February 17»']);
  });

  it('reads a count after a day, a month and a comma as no two-digit year, after "the night of" too', () => {
    expect(timeline('On the night of 27 February, 34 soldiers were killed in an air strike.')).toEqual(['2012-02-27 day «27 February,»']);
    expect(timeline('On 27 February, 34 soldiers were killed in an air strike.')).toEqual(['2012-02-27 day «27 February,»']);
  });
});

describe('a bare "May" after a preposition', () => {
  it('reads "between May and July 2024" as a range of months, as "from May to July 2024" is', () => {
    expect(timeline('The heaviest fighting took place between May and July 2024, when units attacked.', {})).toEqual(['2024-05 month «May and July 2024»']);
  });

  it('reads "By May the town …" as the month, never the modal "may"', () => {
    expect(timeline('By May the town could only be reached by convoys. Until May the road was open. The town may fall by then.')).toEqual([
      '2012-05 month «May»',
      '2012-05 month «May»',
    ]);
    expect(timeline('Throughout May the guns around the village fired on the plant. During May the guns fell silent.')).toEqual([
      '2012-05 month «May»',
      '2012-05 month «May»',
    ]);
  });
});

describe('a year or a month reached "into"', () => {
  it('reads a month reached with "into" as that month, as "through March" is', () => {
    expect(timeline('On 10 February, the siege began. The shelling of the port went on into March.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-03 month «March»',
    ]);
  });

  it('reads a month after "Over" as that month, as "During April" is', () => {
    expect(timeline('On 10 February, the siege began. Over April and May most of the residents leave, on foot.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-04 month «April»',
    ]);
    expect(timeline("On 10 February, the siege began. The council argued over May's plan.")).toEqual(['2012-02-10 day «10 February»']);
  });

  it('reads "continued into 2013" as that year, never a count', () => {
    expect(timeline('The blockade continued into 2013. The land was split into 2000 plots.', {})).toEqual(['2013 year «2013»']);
  });
});

describe('the year an opening "During" phrase names its period by, or dates its start by', () => {
  it('is no date of the sentence, but the year of a day told without one in its main clause', () => {
    const sentence = 'During the 2024 Syrian opposition offensives, the group advanced north on 6 December and took the town the next day.';
    expect(timeline(sentence, { infoboxDate: '2015–present' })).toEqual(['2024-12-06 day «6 December»']);
    expect(timeline('During the 2024 offensives, the group grew.', { infoboxDate: '2015–present' })).toEqual([]);
    // The label may name its month before its year.
    const july = 'In 2017 a school opened. During the July 2020 clashes, artillery fired on the valley on 13 July.';
    expect(timeline(july, {})).toEqual(['2017 year «2017»', '2020-07-13 day «13 July»']);
    // A happening whose name holds a month sets the scene as any happening does; its main clause's day dates the sentence.
    const war = 'In 1967 a post was built. During the October War of 1973, aircraft struck the radar on 13 October.';
    expect(timeline(war, {})).toEqual(['1967 year «1967»', '1973-10-13 day «13 October»']);
  });

  it("is the year of the clause that dates the period's start, which dates nothing itself", () => {
    const sentence =
      'In July 2016 a bomb exploded. During the offensive that began on 9 October 2019, the town was shelled, and a car bomb killed three people on 11 October.';
    expect(timeline(sentence, { infoboxDate: '2012–present' })).toEqual(['2016-07 month «July 2016»', '2019-10-11 day «11 October»']);
  });
});

describe('a name a place was called from a date, and its naming', () => {
  it('reads the years of the name as no happening, and the naming told as one as an event', () => {
    expect(timeline('It was named after the river in 1800.', {})).toEqual(['1800 year «1800»']);
  });
});

describe('a month "since at least"', () => {
  it('reads it as "since" that month, the hedge being how sure the writer is, not when', () => {
    expect(timeline('On 10 February, the siege began. The two men have been at odds since at least March, when one of them resigned.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-03 month «March»',
    ]);
  });
});

describe('approximate dates keep their honesty', () => {
  it('reads "the first week of May" as early May and "the last week of August" as late August', () => {
    expect(timeline('Talks began in the first week of May 2013. The front stabilised in the last week of August.', {})).toEqual([
      '2013-05 month early «the first week of May 2013»',
      '2013-08 month late «the last week of August»',
    ]);
  });

  it('reads "the second week of May" and "the third week of June" as mid May and mid June', () => {
    expect(timeline('The brigade attacked in the second week of May 2023. It withdrew in the third week of June.', {})).toEqual([
      '2023-05 month mid «the second week of May 2023»',
      '2023-06 month mid «the third week of June»',
    ]);
  });

  it('reads "the first half of May" as early May and "the second half of June" as late June, as a half of a year is read', () => {
    expect(timeline('Talks began in the first half of May 2013. Artillery hit the plant during the second half of June.', {})).toEqual([
      '2013-05 month early «the first half of May 2013»',
      '2013-06 month late «the second half of June»',
    ]);
  });

  it('reads "the first days of April" as early April and "the last days of May" as late May', () => {
    expect(timeline('Talks began in the first days of April 2013. They failed in the last days of May.', {})).toEqual([
      '2013-04 month early «the first days of April 2013»',
      '2013-05 month late «the last days of May»',
    ]);
  });

  it('gives month precision and a qualifier to "early July", "mid-May 2013", "by late May", "the end of June"', () => {
    expect(timeline('It began in mid-May 2013. In early July, it was confirmed. By late May, it was over. By the end of June, talks began.', {})).toEqual([
      '2013-05 month mid «mid-May 2013»',
      '2013-07 month early «early July»',
      '2013-05 month late «late May»',
      '2013-06 month late «the end of June»',
    ]);
  });

  it('gives "In November 2011" month precision and "in 2013" year precision', () => {
    expect(timeline('In November 2011, protests began. The town was rebuilt in 2013.')).toEqual(['2011-11 month «November 2011»', '2013 year «2013»']);
  });

  it('gives seasons year precision with the season as qualifier', () => {
    expect(timeline('By late summer 2012, both sides had dug in. In winter, the roads froze.')).toEqual([
      '2012 year summer «late summer 2012»',
      '2012 year winter «winter»',
    ]);
  });

  it('reads a season after its verb without article or year, hedged or not, as every such season: a habit, no date', () => {
    expect(timeline('On 3 March the pass was closed. Shepherds drove their flocks over it in summer.')).toEqual(['2012-03-03 day «3 March»']);
    expect(timeline('On 3 March the pass was closed. The lake froze during winter, and the ferries stopped.')).toEqual(['2012-03-03 day «3 March»']);
    expect(timeline('On 3 March the pass was closed. It reopened in the summer.')).toEqual(['2012-03-03 day «3 March»', '2012 year summer «summer»']);
    // Hedged, too: none of the gold set's hedged ones is an event.
    expect(timeline('On 3 March the pass was closed. Tobacco, harvested by hand in late summer, dried on the terraces.')).toEqual(['2012-03-03 day «3 March»']);
  });

  it('reads "for the summer" without its year as how long a state lasts, not the event\'s date', () => {
    expect(timeline('On 3 March a bomb landed next to a school that is closed for the summer.')).toEqual(['2012-03-03 day «3 March»']);
    expect(timeline('On 3 March the shelter opened. It stayed open for the summer of 2013.')).toEqual([
      '2012-03-03 day «3 March»',
      '2013 year summer «summer of 2013»',
    ]);
  });

  it('reads a winter named by the two years it spans as one season of its first year', () => {
    expect(timeline('Through the winter of 2022–2023 engineers built trenches. In winter 2024–25 the roads froze.', {})).toEqual([
      '2022 year winter «winter of 2022–2023»',
      '2024 year winter «winter 2024–25»',
    ]);
  });

  it('reads a season written with "of" before a noun as a time, not an adjective', () => {
    expect(timeline('The raids went on, and by the summer of 2012 several hundred people had been killed.')).toEqual(['2012 year summer «summer of 2012»']);
  });

  it('reads "after 1994" as a year with the qualifier after', () => {
    expect(timeline('The village was resettled by farmers after 1994.')).toEqual(['1994 year after «after 1994»']);
  });

  it('reads "around 1100" and "circa 1850" as a year with the qualifier around, never a count of people or things', () => {
    expect(timeline('According to tradition the city was founded around 1100 by Tuareg nomads.', {})).toEqual(['1100 year around «around 1100»']);
    expect(timeline('The mill was built circa 1850, and later burned.', {})).toEqual(['1850 year around «circa 1850»']);
    expect(timeline('Around 2000 soldiers attacked the town, and about 1500 of them were killed.', {})).toEqual([]);
  });

  it('marks "before 25 February" with the qualifier before', () => {
    expect(timeline('A reporter who left before 25 February saw heavy fighting.')).toEqual(['2012-02-25 day before «before 25 February»']);
  });
});

describe('relative expressions count from the previous event', () => {
  it.each([
    ['Three days later the town fell.', '2012-02-13 day «Three days later»'],
    ['The next day, fighting continued.', '2012-02-11 day «The next day»'],
    ['The following day, rebels left.', '2012-02-11 day «The following day»'],
    ['A week later the army came back.', '2012-02-17 day «A week later»'],
    ['A fortnight later, the general staff reported the attacks repelled.', '2012-02-24 day «A fortnight later»'],
    ['By then, a group of soldiers was still inside the plant.', '2012-02-10 day «By then»'],
    ['Later in the day, a photo was posted.', '2012-02-10 day «Later in the day»'],
    ['The same day, a drone was seen.', '2012-02-10 day «The same day»'],
    ['An agreement had been reached the day before.', '2012-02-09 day «the day before»'],
    ['The day after, neighbours laid flowers.', '2012-02-11 day «The day after»'],
    ['The morning after, the search went on.', '2012-02-11 day «The morning after»'],
    ['Two days later, talks began.', '2012-02-12 day «Two days later»'],
    ['A month later, the siege ended.', '2012-03 month «A month later»'],
  ])('"%s"', (sentence, expected) => {
    expect(timeline(`On 10 February, the siege began. ${sentence}`)[1]).toBe(expected);
  });

  it('counts "the day after" from what it names when something follows it', () => {
    expect(timeline('On 10 February, the siege began. On 12 February, the day after the vote, talks began.')[1]).toBe('2012-02-12 day «12 February»');
  });

  it('dates "By then" only from a day, unless it opens the ground a side held then', () => {
    expect(timeline('In January, the groups met. By then, the two groups shared a common enemy.')).toEqual(['2012-01 month «January»']);
    expect(timeline('In 2012 the village was attacked. Many residents had not returned to the village by then.')).toEqual(['2012 year «2012»']);
    expect(timeline('In March the militia took the last dam. By then it controlled most of the valley.')).toEqual([
      '2012-03 month «March»',
      '2012-03 month «By then»',
    ]);
    expect(timeline('In March the militia took the dam. By then, the army still held the airport.')[1]).toBe('2012-03 month «By then»');
    expect(timeline('In March the militia took the dam. By then its leaders held talks with the army.')).toEqual(['2012-03 month «March»']);
  });

  it('never reads a phrase that starts inside a word with a letter JavaScript does not count as one ("Déby then")', () => {
    expect(timeline('On 10 February, the siege began. Déby then said that Chad would leave.')).toEqual(['2012-02-10 day «10 February»']);
  });

  it("dates a weekday that is its clause's subject in a story told day by day", () => {
    expect(timeline('On Tuesday, 7 February 2012, the attack began. Friday is the day the front collapses.')).toEqual([
      '2012-02-07 day «7 February 2012»',
      '2012-02-10 day «Friday»',
    ]);
    expect(timeline('On Tuesday, 7 February 2012, the attack began. Its Friday edition was banned.')).toEqual(['2012-02-07 day «7 February 2012»']);
  });

  it('crosses month ends', () => {
    expect(timeline('On 27 February, shells hit. Three days later it stopped.')[1]).toBe('2012-03-01 day «Three days later»');
  });

  it('drops a relative phrase with nothing before it to count from', () => {
    expect(timeline('Later in the day, a photo was posted. The next day, nothing happened.')).toEqual([]);
  });
});

describe('ranges give one event at their start', () => {
  it.each([
    ['The landings lasted 6–8 June 1944.', '1944-06-06 day «6–8 June 1944»'],
    ['The battle lasted 10 February - 20 April 2012.', '2012-02-10 day «10 February - 20 April 2012»'],
    ['Between 6 and 14 November 2016, rebels took 36 villages.', '2016-11-06 day «6 and 14 November 2016»'],
    ['Between August 29 and August 30, 7 soldiers died.', '2012-08-29 day «August 29 and August 30»'],
    ['A build-up followed from October 2021 to February 2022.', '2021-10 month «October 2021 to February 2022»'],
    ['Monitors counted 143 civilians killed between January and June.', '2012-01 month «January and June»'],
    ['Rebels attacked the town in March and June.', '2012-03 month «March»'],
    ['The army reported attacks on 13, 17 and 21 October.', '2012-10-13 day «13, 17 and 21 October»'],
    ['Officials counted 1,200 and 3 March saw more.', '2012-03-03 day «3 March»'],
  ])('"%s"', (sentence, expected) => {
    expect(timeline(sentence)).toEqual([expected]);
  });

  it('records the end of the range', () => {
    const [event] = extractTimeline('The landings lasted 6–8 June 1944.', {});
    expect(event?.end).toBe('1944-06-08');
    const [months] = extractTimeline('Monitors counted 143 civilians killed between January and June 2012.', {});
    expect(months?.end).toBe('2012-06');
  });

  it('gives two days joined by "and" no end unless "between" opens them (guide)', () => {
    expect(extractTimeline('On 8 and 9 March 2022, gunmen killed 100 civilians.', {})[0]?.end).toBeUndefined();
    expect(extractTimeline('Between 6 and 14 November 2016, rebels took 36 villages.', {})[0]?.end).toBe('2016-11-14');
    expect(extractTimeline('Fighting went on over the night of 20/21 March 2022.', {})[0]?.end).toBe('2022-03-21');
  });
});
