/**
 * The rules that date a sentence from what the reader already knows (the day before it, the
 * battle's first day, the heading above it, the year carried so far) and the rules that keep a
 * date out of the timeline. One sentence each, on plain prose: general rules, not phrases of one article.
 */
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/timeline/extractTimeline.ts';
import type { TimelineContext } from '../../../src/timeline/types.ts';

/** `date precision [qualifier] [→ end] «dateText»` for each event of a one-section article. */
function timeline(prose: string, context: TimelineContext = { infoboxDate: '10 February - 20 April 2012' }, heading = 'Events'): string[] {
  return extractTimeline(`## ${heading}\n${prose}\n`, context).map(
    (event) =>
      `${event.date} ${event.precision}${event.qualifier === undefined ? '' : ` ${event.qualifier}`}${event.end === undefined ? '' : ` → ${event.end}`} «${event.dateText ?? ''}»`,
  );
}

/** The event of the second sentence, after "On 10 February, the siege began." */
const after10February = (sentence: string) => timeline(`On 10 February, the siege began. ${sentence}`)[1];

describe('a time of day inherits the day before it', () => {
  it.each([
    ['By the end of the day, 30 had died.', '2012-02-10 day «By the end of the day»'],
    ['In the evening, rebels withdrew.', '2012-02-10 day «In the evening»'],
    ['Government troops took the castle by the early afternoon.', '2012-02-10 day «by the early afternoon»'],
    ['Overnight, two tanks were destroyed.', '2012-02-10 day «Overnight»'],
    ['At 12:00 the line was cut.', '2012-02-10 day «At 12:00»'],
    ['The army attacked at 6 a.m.', '2012-02-10 day «at 6 a.m.»'],
    ['Midday, rebels tried to overrun a checkpoint.', '2012-02-10 day «Midday»'],
    ['The first drones crossed the border shortly before midnight.', '2012-02-10 day «before midnight»'],
    ['The shelling stopped after dawn.', '2012-02-10 day «after dawn»'],
    ['Throughout the day, power was out.', '2012-02-10 day «Throughout the day»'],
    ['Within minutes, explosions were reported.', '2012-02-10 day «Within minutes»'],
    ['Two hours later, the line was cut again.', '2012-02-10 day «Two hours later»'],
    ['Nonetheless, the day soon became the deadliest of the siege.', '2012-02-10 day «the day»'],
    ['The day saw the heaviest shelling yet.', '2012-02-10 day «The day»'],
  ])('"%s"', (sentence, expected) => {
    expect(after10February(sentence)).toBe(expected);
  });

  it('reads "the day" as a date only as a clause’s subject', () => {
    expect(timeline('On 10 February, the siege began. Rebels chose the day before the attack to leave. They called it the day of rage.')).toHaveLength(1);
  });

  it('dates nothing when no day came before', () => {
    expect(timeline('In the evening, rebels withdrew. At 12:00 the line was cut.')).toEqual([]);
  });
});

describe('relative days count from a known anchor', () => {
  it.each([
    ['On this day, talks began.', '2012-02-10 day «On this day»'],
    ['By this date, 40 had died.', '2012-02-10 day «By this date»'],
    ['By this point, the town was surrounded.', '2012-02-10 day «By this point»'],
    ['The next day, fighting continued.', '2012-02-11 day «The next day»'],
    ['Two days later, talks began.', '2012-02-12 day «Two days later»'],
    ['The village had been captured five days before.', '2012-02-05 day «five days before»'],
  ])('"%s"', (sentence, expected) => {
    expect(after10February(sentence)).toBe(expected);
  });

  it('counts "the second day of the battle" from the infobox start, wherever it stands', () => {
    expect(timeline('On 1 March, shells fell. On the second day of the battle, the town fell.')).toEqual([
      '2012-03-01 day «1 March»',
      '2012-02-11 day «On the second day of the battle»',
    ]);
  });

  it('counts "the third day of the offensive" from the first date of a section named for that offensive', () => {
    const prose = 'A new offensive began on 27 September. On the third day of the offensive, rebels advanced.';
    expect(timeline(prose, { infoboxDate: '19 July 2012 – 2013' }, 'September rebel offensive')).toEqual([
      '2012-09-27 day «27 September»',
      '2012-09-29 day «On the third day of the offensive»',
    ]);
  });

  it('spans "during the next two days", and the story then stands on its last day', () => {
    expect(timeline('On 24 July, the army attacked. During the next two days, reinforcements came. By the end of the day, 10,000 had massed.')).toEqual([
      '2012-07-24 day «24 July»',
      '2012-07-25 day → 2012-07-26 «During the next two days»',
      '2012-07-26 day «By the end of the day»',
    ]);
  });

  it('counts from a day stated after the month that dates the sentence', () => {
    expect(timeline('The army advanced in August, and it reached the city on 5 September. The airport was relieved three days later.')).toEqual([
      '2012-08 month «August»',
      '2012-09-08 day «three days later»',
    ]);
  });

  it('counts "on the 17th" from a later month stated after the month that dates the sentence, not from an earlier one', () => {
    expect(timeline('Marines began raids in August, and in October they took a bridgehead. On the 17th, officials confirmed it.')).toEqual([
      '2012-08 month «August»',
      '2012-10-17 day «On the 17th»',
    ]);
    expect(timeline('The army advanced in August, after a pause in June. On the 17th, it reached the city.')).toEqual([
      '2012-08 month «August»',
      '2012-08-17 day «On the 17th»',
    ]);
  });

  it('keeps the narrative day after a look back', () => {
    expect(timeline('On 20 September, clashes began. An agreement had been reached the previous day. Overnight, shells fell.')).toEqual([
      '2012-09-20 day «20 September»',
      '2012-09-19 day «the previous day»',
      '2012-09-20 day «Overnight»',
    ]);
    expect(timeline('On 20 September, clashes began. Tests had restarted at the end of August. Overnight, shells fell.')).toEqual([
      '2012-09-20 day «20 September»',
      '2012-08 month late «the end of August»',
      '2012-09-20 day «Overnight»',
    ]);
  });

  it('keeps the narrative day after a claim made weeks later about what had happened that day', () => {
    expect(
      timeline('On 9 August, a depot exploded. The general claimed on 7 September that it had been a missile attack. A week later, a bridge was hit.'),
    ).toEqual(['2012-08-09 day «9 August»', '2012-09-07 day «7 September»', '2012-08-16 day «A week later»']);
    // A report within the week moves the story on as usual.
    expect(timeline('On 9 August, a depot exploded. The army said on 11 August that rebels had fled. The next day, a bridge was hit.')[2]).toBe(
      '2012-08-12 day «The next day»',
    );
  });

  it('keeps the narrative day after a flashback in the pluperfect to an earlier day', () => {
    expect(timeline('On 20 September, clashes began. Rebels had gathered in the hills on 18 September. By mid-morning, shells fell.')).toEqual([
      '2012-09-20 day «20 September»',
      '2012-09-18 day «18 September»',
      '2012-09-20 day «By mid-morning»',
    ]);
    // A pluperfect day after the anchor moves the story on, as does a past tense one before it.
    expect(timeline('On 20 September, clashes began. By 22 September the rebels had taken the hill. Overnight, shells fell.')[2]).toBe(
      '2012-09-22 day «Overnight»',
    );
    expect(timeline('On 20 September, clashes began. Rebels gathered in the hills on 18 September. Overnight, shells fell.')[2]).toBe(
      '2012-09-18 day «Overnight»',
    );
  });

  it('reads a bare ordinal as a day of the anchor month, and of the next month when far behind it', () => {
    expect(timeline('On 5 March, rebels attacked. On the 9th, the town fell. On 28 March, talks began. On the 2nd, they failed.')).toEqual([
      '2012-03-05 day «5 March»',
      '2012-03-09 day «On the 9th»',
      '2012-03-28 day «28 March»',
      '2012-04-02 day «On the 2nd»',
    ]);
  });

  it('does not read a unit as a bare ordinal', () => {
    expect(timeline('On 5 March, rebels attacked. On the 9th Brigade front, nothing moved.')).toEqual(['2012-03-05 day «5 March»']);
  });

  it('reads a bare ordinal before a reported clause: "said on the 27th that …"', () => {
    expect(timeline('On 26 March, rebels attacked. The claims proved false, and the army said on the 27th that all attacks had failed.')).toEqual([
      '2012-03-26 day «26 March»',
      '2012-03-27 day «on the 27th»',
    ]);
  });

  it('reads a bare ordinal in the month its heading names, until the section states a date of its own', () => {
    const article =
      '## Spring\nOn 5 May 2016, a concert was held.\n## Counter-offensive of December 2016\nOn the 8th, rebels attacked. On 10 December, they entered the town. On the 12th, they withdrew.\n';
    expect(extractTimeline(article, { infoboxDate: '2016' }).map((event) => event.date)).toEqual(['2016-05-05', '2016-12-08', '2016-12-10', '2016-12-12']);
  });
});

describe('more ways prose names a day or a span', () => {
  it.each([
    ['On the first day, 15 wounded were reported.', '2012-02-10 day «On the first day»'],
    ['By evening, the navy began a landing.', '2012-02-10 day «By evening»'],
    ['During April, talks were held.', '2012-04 month «April»'],
    ['Throughout August, officials spoke of an offensive.', '2012-08 month «August»'],
    ['Throughout 2013, troops withdrew.', '2013 year «2013»'],
    ['During the week of 10 May, troops advanced.', '2012-05-10 day around «the week of 10 May»'],
    ['Early in December, the plant was taken.', '2012-12 month early «Early in December»'],
    ['Over the night of 20/21 September, fighting erupted.', '2012-09-20 day → 2012-09-21 «20/21 September»'],
    ['Fighting continued into the evening around the camp.', '2012-02-10 day «into the evening»'],
    ['Later that month, protesters occupied the runway.', '2012-02 month «Later that month»'],
    ['By the end of the year, 30,000 were still displaced.', '2012 year late «the end of the year»'],
    ['The harvest failed the same year.', '2012 year «the same year»'],
    ['In May of the same year, the harvest failed.', '2012-05 month «May»'],
    ['About 150 soldiers arrived early the next month.', '2012-03 month early «early the next month»'],
    ['Late in 2014, clashes broke out.', '2014 year late «Late in 2014»'],
    ['Troops served in Iraq from 2003 to 2005.', '2003 year → 2005 «2003 to 2005»'],
    ['Troops served in Iraq in 2003 to train the police.', '2003 year «2003»'],
    ['By the end of 2014, the wall was finished.', '2014 year late «the end of 2014»'],
    ['Work began at the beginning of 2015.', '2015 year early «the beginning of 2015»'],
    ['Most prisoners were returned in the course of 2013 and 2014.', '2013 year «2013»'],
    ['Officials reported in the summer of 2013 that a road was built.', '2013 year summer «summer of 2013»'],
  ])('"%s"', (sentence, expected) => {
    expect(after10February(sentence)).toBe(expected);
  });

  it('counts "four days into the invasion" from the first day the text names when the infobox has none', () => {
    expect(timeline('On 24 February 2022, the invasion began. On 1 March, shells fell. Four days into the invasion, forces were put on alert.', {})).toEqual([
      '2022-02-24 day «24 February 2022»',
      '2022-03-01 day «1 March»',
      '2022-02-27 day «Four days into the invasion»',
    ]);
  });

  it('spans "during the first week of the invasion" from the story’s first day, in an article about that story only', () => {
    const invasion = { infoboxDate: '24 February 2022 – present', title: '2022 Russian invasion of Ukraine' };
    expect(timeline('During the first week of the invasion, allies supplied missiles.', invasion)).toEqual([
      '2022-02-24 day → 2022-03-02 «During the first week of the invasion»',
    ]);
    expect(timeline('In the second week of the invasion, refugees fled.', invasion)).toEqual([
      '2022-03-03 day → 2022-03-09 «In the second week of the invasion»',
    ]);
    // A battle's first day is not its war's.
    expect(timeline('During the first week of the war, troops advanced.', { infoboxDate: '7–23 October 2020', title: 'Battle of Hadrut' })).toEqual([]);
  });

  it('counts "the second day of the invasion" from the story, not from a section about other attacks', () => {
    const prose = 'On 10 March, missiles struck Dnipro. On the second day of the invasion, air defences were hit.';
    expect(timeline(prose, { infoboxDate: '24 February 2022 – present' }, 'Missile attacks and air war')).toEqual([
      '2022-03-10 day «10 March»',
      '2022-02-25 day «On the second day of the invasion»',
    ]);
  });

  it('reads "Between 2014 and 2021" as a range, "In 2014 and 2015" as its first year', () => {
    expect(timeline('Between 2014 and 2021, the UK trained troops.', {})).toEqual(['2014 year → 2021 «2014 and 2021»']);
    expect(timeline('In 2014 and 2015, talks failed.', {})).toEqual(['2014 year «2014»']);
  });

  it('gives the first month of "in May and June 2015" the year that ends the pair', () => {
    expect(timeline('In 2013, the army returned. The accord was signed in May and June 2015.', {})[1]).toBe('2015-05 month «May»');
    expect(timeline('In 2013, the army returned. Talks were held in December and January 2015.', {})[1]).toBe('2014-12 month «December»');
  });

  it('dates a sentence by its main clause when a relative clause has a date too, and by the clause when it has the only one', () => {
    const prose =
      'Saakashvili, who had come to power after the revolution of November 2003, was elected in January 2004. In May of the same year, he removed Abashidze.';
    expect(timeline(prose, {})).toEqual(['2004-01 month «January 2004»', '2004-05 month «May»']);
    expect(timeline('A reporter, who entered the town but left before 25 February, saw heavy fighting.')).toEqual([
      '2012-02-25 day before «before 25 February»',
    ]);
  });

  it('skips what a named person did to someone named in a "who" clause, and keeps a clause that tells the happening', () => {
    const battle = { infoboxDate: '17 – 21 May 2014' };
    expect(timeline('Mara, who replaced Ly in April 2014, announced that he would visit the north.', battle)).toEqual([]);
    expect(timeline('Mara, who arrived in Kidal on 17 May, was greeted by protests.', battle)).toEqual(['2014-05-17 day «17 May»']);
    expect(timeline('Mara, who arrived on 17 May, was greeted by protests.', battle)).toEqual(['2014-05-17 day «17 May»']);
  });

  it('reads a restrictive clause with an irregular past ("that took power in 2021") as background, dating nothing outside the story', () => {
    const battle = { infoboxDate: '25–27 July 2024' };
    expect(timeline('The junta that took power in May 2021 turned to Russia.', battle)).toEqual([]);
    expect(timeline('The officers that fled in May 2021 were tried.', battle)).toEqual([]);
    expect(timeline('The convoy that left on 25 July was attacked.', battle)).toEqual(['2024-07-25 day «25 July»']);
  });

  it('dates a sentence by its main clause when an opening phrase has a date too', () => {
    expect(timeline('Following his statement made on 19 September, Biden spoke at the UN on 21 September.')).toEqual(['2012-09-21 day «21 September»']);
    expect(timeline('After the fall of the town on 19 September, rebels regrouped.')).toEqual(['2012-09-19 day «19 September»']);
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

  it('does not carry a bare background year past the infobox', () => {
    expect(timeline('The rebels were defeated in 2018. By the end of June, Russia urged new deals.', { infoboxDate: '29 July 2021 – 2021' })).toEqual([
      '2018 year «2018»',
      '2021-06 month late «the end of June»',
    ]);
  });

  it('reads "in the run-up to 9 May" as before 9 May', () => {
    expect(timeline('On 5 March 2014, rebels attacked. In the run-up to 9 May, troops gathered.')).toEqual([
      '2014-03-05 day «5 March 2014»',
      '2014-05-09 day before «In the run-up to 9 May»',
    ]);
  });
});

describe('a heading that is a date dates the sentences below it', () => {
  it('leaves out a sentence below it that judges what happened, and keeps one telling a happening', () => {
    const article =
      '## 2014\n### 9 August\nRebels attacked the town. The battle showed how much the army depended on its drones. The attack exposed the bridge.\n';
    expect(extractTimeline(article, {}).map((event) => event.text)).toEqual(['Rebels attacked the town.', 'The attack exposed the bridge.']);
  });

  it('gives undated sentences the heading date, and anchors relative phrases on it', () => {
    const events = extractTimeline(
      '## 2014\n### 9 August\nRebels attacked the town. The next day, the army returned.\n### Reactions (2015)\nThe UN protested.\n',
    );
    expect(events.map((event) => [event.date, event.text, event.dateText])).toEqual([
      ['2014-08-09', 'Rebels attacked the town.', undefined],
      ['2014-08-10', 'The next day, the army returned.', 'The next day'],
    ]);
  });
});

describe('a heading that is a day reached by the story’s count', () => {
  it('dates "The next morning" after the day before to the heading, and what follows it', () => {
    const events = extractTimeline(
      '## 2014\n### 13 May\nRebels attacked the town.\n### 14 May\nThe next morning, the army returned. In the afternoon, a tank burned.\n',
    );
    expect(events.map((event) => event.date)).toEqual(['2014-05-13', '2014-05-14', '2014-05-14']);
  });

  it('still counts from the heading when the count from the day before misses it', () => {
    const events = extractTimeline('## 2014\n### 9 May\nRebels attacked the town.\n### 14 May\nThe next day, the army returned.\n');
    expect(events.map((event) => event.date)).toEqual(['2014-05-09', '2014-05-15']);
  });
});

describe('a heading that is a date does not date analysis', () => {
  it('leaves out a sentence that only ranks what was told, and keeps a happening told below it', () => {
    const events = extractTimeline(
      '## 2014\nFighters killed 700 men. The massacre was one of the largest of the war. It was the deadliest attack of the year.\n',
    );
    expect(events.map((event) => [event.date, event.text])).toEqual([['2014', 'Fighters killed 700 men.']]);
  });

  it('leaves out what names, weighs or measures the story, and keeps a happening told below it', () => {
    const article =
      '## 2014\nTroops crossed the river. Odesa was the only port that stayed open. The war has been described as a stalemate. ' +
      'Officials have called the loss a disaster. The bridgehead, held by marines, was too small to matter. ' +
      'Fewer than 9,000 people were believed to remain. Many people were believed to have fled.\n';
    expect(extractTimeline(article, {}).map((event) => event.text)).toEqual(['Troops crossed the river.', 'Many people were believed to have fled.']);
  });
});

describe('a sentence ranking what was told is analysis, whatever date it names', () => {
  it('leaves out the ranking and keeps the anchor on the day told before it', () => {
    expect(
      timeline(
        'On 10 February, the siege began. The fighting on the first day was the heaviest in twenty years. The attack was the deadliest since March, when 20 died. The next day, rebels withdrew.',
      ),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-11 day «The next day»']);
  });
  it('keeps a sentence that tells its happening before ranking it', () => {
    expect(timeline('The bombing of the market on 5 March killed 50 people and was the deadliest of the siege.')).toEqual(['2012-03-05 day «5 March»']);
  });
  it('keeps a happening whose subject is merely compared in passing', () => {
    expect(timeline('On 12 February, the heaviest shelling of the siege hit the town.')).toEqual(['2012-02-12 day «12 February»']);
  });
});

describe('what is not the date of an event', () => {
  it('skips a trailing "since 2014" but keeps the event date', () => {
    expect(timeline('Also on 2 March, Ukrainian forces attacked Horlivka, controlled by the DPR since 2014.')).toEqual(['2012-03-02 day «2 March»']);
  });

  it('skips the year of a population figure, and keeps a happening of the population', () => {
    expect(timeline('The census counted 1,004,000 inhabitants, and the population was estimated at 1,239,000 in 2011.', {})).toEqual([]);
    expect(timeline('The town had a population of about 32,000 in 2001.', {})).toEqual([]);
    expect(timeline('Its population of 20,000 fled in March 2012.', {})).toEqual(['2012-03 month «March 2012»']);
  });

  it('skips the date of a relative clause outside the story, and keeps one inside it', () => {
    const offensive = { infoboxDate: '29 July – 5 September 2021' };
    expect(timeline('The attackers are former rebel fighters that surrendered to the government in 2018.', offensive)).toEqual([]);
    expect(timeline('Units came from the battalions trained by the mission, which had begun its work in the spring of 2013.', offensive)).toEqual([]);
    expect(timeline('Troops regrouped near Handarat, which had been captured from the rebels on 14 December.', { infoboxDate: '2012' })).toEqual([
      '2012-12-14 day «14 December»',
    ]);
  });

  it('skips the date of a clause telling how the subject came to their post, and keeps a happening told in a clause', () => {
    const battle = { infoboxDate: '17 – 21 May 2014' };
    expect(timeline('The minister, who replaced his rival in April 2014, announced a visit.', battle)).toEqual([]);
    expect(timeline('The colonel, who had taken command in 2021, led the defence of the town.', battle)).toEqual([]);
    expect(timeline('The colonel, who had taken command in 2021, was killed on 18 May.', battle)).toEqual(['2014-05-18 day «18 May»']);
    expect(timeline('A reporter, who left before 25 February, saw heavy fighting.', { infoboxDate: '2012' })).toEqual([
      '2012-02-25 day before «before 25 February»',
    ]);
  });

  it("skips the date of a participle phrase describing a noun that is no subject, and keeps a clause's own verb", () => {
    const battle = { infoboxDate: '17 – 21 May 2014' };
    expect(timeline('The agreement called for a return to the positions held before 17 May and new talks.', battle)).toEqual([]);
    expect(timeline('The rebels had pickup trucks with machine guns and a few heavier weapons captured from the army in 2012.', battle)).toEqual([]);
    expect(timeline('The final concept was a major change from the initial project considered in late 2014.', battle)).toEqual([]);
    expect(timeline('Rebels captured Kidal in 2012.', battle)).toEqual(['2012 year «2012»']);
    expect(timeline('On 18 May the army captured the town.', battle)).toEqual(['2014-05-18 day «18 May»']);
    expect(timeline('Rebels said the army captured the governorate on 18 May.', battle)).toEqual(['2014-05-18 day «18 May»']);
    expect(timeline('Kidal was captured by the MNLA in 2012.', battle)).toEqual(['2012 year «2012»']);
    expect(timeline('Units of the army arrived in Kidal on 18 May.', battle)).toEqual(['2014-05-18 day «18 May»']);
    expect(timeline('Troops shelled the positions held by the rebels on 18 May.', battle)).toEqual(['2014-05-18 day «18 May»']);
    expect(timeline('In May 2006 deserters seized the camps, and the accords signed in July promised aid.', battle)).toEqual(['2006-05 month «May 2006»']);
    expect(timeline('On 18 May the army attacked. The next day, rebels retook part of the ground lost on 18 May.', battle)).toEqual([
      '2014-05-18 day «18 May»',
      '2014-05-19 day «The next day»',
    ]);
    expect(timeline('The army lost on 18 May the hills it had held.', battle)).toEqual(['2014-05-18 day «18 May»']);
  });

  it('keeps "since the bridge opened in May 2018": a clause with its own verb is a happening', () => {
    expect(timeline('Inspections of ships had risen sharply since the bridge opened in May 2018.')).toEqual(['2018-05 month «May 2018»']);
    expect(timeline('Since the war began in March 2011, the town has changed hands twice.')).toEqual(['2011-03 month «March 2011»']);
    expect(timeline('The town has had no power since the start of the siege on 10 February.')).toEqual([]);
  });

  it('keeps "since February 2022, when …": the date of the happening the clause tells', () => {
    expect(timeline('The town has been under a blockade since February 2022, when rebels blew up the bridges.')).toEqual(['2022-02 month «February 2022»']);
    expect(timeline('The deaths of 70 residents since February 2022 were reported.')).toEqual([]);
  });

  it('reads a date after "would later" or "would go on to" as what came to pass', () => {
    expect(timeline('The brigade would later return to the town in March 2013. Its commander would go on to lead the army in 2015.')).toEqual([
      '2013-03 month «March 2013»',
      '2015 year «2015»',
    ]);
  });

  it.each([
    'Less than a month later, the town fell.',
    'Days later, talks began.',
    'In the following weeks, 30 civilians died.',
    'The army waited for three days before attacking.',
  ])('vague relatives and durations date nothing: "%s"', (sentence) => {
    expect(timeline(`On 10 February, the siege began. ${sentence}`)).toHaveLength(1);
  });

  it.each([
    'Stock exchanges closed until at least 18 March.',
    'The opening for freight trains was postponed until 2020.',
    'The village lay behind the front until the summer.',
    'The ceasefire was due to begin on 12 April.',
    'The new bridge is scheduled to open in 2026.',
    'Others argued that the battle drew in reserves while the army was preparing for a counteroffensive in the spring.',
    'Analysts say that the supply of interceptors will decide how much of it survives the winter.',
    'Herds graze in the reserve, founded in 1898 by a landowner, where the steppe was never ploughed.',
    'Veterans gathered at the 9 May Victory Day parade.',
    'Russia expected the December 2013 deals to be honored.',
    'The town stayed neutral during the Syrian Civil War, which began in March 2011.',
    'Analysts said the army could still attack despite its losses at Bakhmut, which its forces captured in May after a long battle.',
    'Every year on 9 May, veterans march.',
    'The victory is remembered on 12 May each year.',
    'Commentators noted that the timing, after the cessation of hostilities of February 2016, helped the government.',
    'The army repeated the same attacks despite the losses of the autumn of 2022.',
    'The battle of February 2023 has been described as one of the worst defeats of the war.',
    'The loss of the city in December 2016 showed how thinly the army was spread.',
    "The fall of the town in April 2018 was the government's greatest victory of the year.",
    'Others compared the assault with the failed attack on the town in February, in which hundreds died.',
    'Several commentators drew parallels between the conflict and the annexation of Crimea in 2014.',
    'Analysts compared the battle with earlier defeats of the army, such as the loss of the town in 2014.',
    'An official claimed that the army had retaken the village, but this had not been confirmed by the army or outside observers as of 14 March.',
    'The siege of the city in 2016 was one of the longest of the war.',
  ])('deadlines, dates in names, in a named thing’s past and in commemorations date nothing: "%s"', (sentence) => {
    expect(timeline(sentence)).toEqual([]);
  });

  it('keeps a founding told by the main clause, and a plan that was carried out on its day', () => {
    expect(timeline('The reserve was founded in 1898 by a landowner.', {})).toHaveLength(1);
    expect(timeline('Founded on 20 July 2015, the brigade fought at Avdiivka.', {})).toHaveLength(1);
    expect(timeline('The attack, planned for weeks, began on 12 April 2012.', {})).toHaveLength(1);
  });

  it('keeps a date after "of" that is the time itself, or someone’s act of that day', () => {
    expect(timeline('On the night of 20/21 March, the town fell.')).toHaveLength(1);
    expect(timeline('Rebels withdrew at the end of March.')).toEqual(['2012-03 month late «the end of March»']);
    expect(timeline("The government's draft resolution of 1 September 2014 required a new bridge.")).toEqual(['2014-09-01 day «1 September 2014»']);
    expect(timeline('The loss of the town on 5 March forced a retreat.')).toEqual(['2012-03-05 day «5 March»']);
    expect(timeline('The army on 5 March was a few kilometres from the town.')).toEqual(['2012-03-05 day «5 March»']);
    expect(timeline('Casualties rose to 40, compared with 12 on 5 March.')).toEqual([]);
    expect(timeline('On 5 March, rebels compared the attack with a massacre.')).toEqual(['2012-03-05 day «5 March»']);
    expect(timeline('As of 14 March, the army held the village.')).toEqual(['2012-03-14 day «14 March»']);
  });

  it('skips the lead sentence that defines the subject over the story’s span', () => {
    const lead = 'The Battle of Markada was a military confrontation in March 2014. On 27 March, the town fell.';
    expect(extractTimeline(`${lead}\n`, { infoboxDate: '2014' }).map((event) => event.date)).toEqual(['2014-03-27']);
  });

  it('skips a lead sentence that says when the battle was fought or took place, and keeps what follows', () => {
    for (const lead of [
      'The Battle of Shusha was fought between 4 and 8 November 2020 for the city. On 9 November, the loss was confirmed.',
      'The Battle of Hosn took place on 20 March 2014 in the town. On 9 November, the loss was confirmed.',
    ]) {
      expect(extractTimeline(`${lead}\n`, { infoboxDate: '2014' }).map((event) => event.text)).toEqual(['On 9 November, the loss was confirmed.']);
    }
    const named = 'The Palmyra offensive (March 2016) was a military offensive against ISIL. On 27 March, the city fell.';
    expect(extractTimeline(`${named}\n`, { infoboxDate: '7–27 March 2016' }).map((event) => event.date)).toEqual(['2016-03-27']);
    // Not the article's first sentence: an event like any other.
    expect(extractTimeline('Fighting began.\n\nA second battle was fought on 3 May 2015.\n', {}).map((event) => event.date)).toEqual(['2015-05-03']);
  });

  it('skips a lead sentence that sums up periods ("from 2014 …, and since 2022 …"), and keeps a lead sentence naming one', () => {
    const lead = 'The unit was formed in 2000. It fought in Donbas from 2014, and since 2022 it has fought in the south. Since 2023, it has held Kupiansk.';
    expect(extractTimeline(`${lead}\n`, {}).map((event) => event.date)).toEqual(['2000', '2023']);
    // Below a heading, the same sentence tells what was done in those years.
    expect(extractTimeline(`## Donbas\nIt fought in Donbas from 2014, and since 2022 it has fought in the south.\n`, {}).map((event) => event.date)).toEqual([
      '2014',
    ]);
  });

  it('gives one event per sentence, and the next sentence counts from it', () => {
    expect(timeline('In early February 2014, a study was ordered, to be published in 2015. On 3 March, a decree followed.', {})).toEqual([
      '2014-02 month early «early February 2014»',
      '2014-03-03 day «3 March»',
    ]);
  });
});

describe('a later day stated after a sentence’s first day is where the story stands', () => {
  it('counts "into the evening" from the second day, while the sentence keeps its first', () => {
    const prose = 'The column had left the town on 12 February and was ambushed on 14 February. The fighting lasted into the evening.';
    expect(timeline(prose)).toEqual(['2012-02-12 day «12 February»', '2012-02-14 day «into the evening»']);
  });

  it('keeps the first day as the anchor when the second is earlier', () => {
    const prose = 'The army entered the town on 14 February, after a raid on 12 February. The next day, rebels withdrew.';
    expect(timeline(prose).map((line) => line.split(' ')[0])).toEqual(['2012-02-14', '2012-02-15']);
  });
});

describe('a state told in the perfect "since" a date happened on that date; a count since a date did not', () => {
  it.each([
    ['The town has been under blockade by rebels since early 2011, and convoys supply it.', ['2011 year early «early 2011»']],
    ['Shelling had continued on and off since 12 February, residents said.', ['2012-02-12 day «12 February»']],
    ['More than 300 people have been killed since 12 February.', []],
  ])('%s', (sentence, expected) => {
    expect(timeline(sentence)).toEqual(expected);
  });
});
