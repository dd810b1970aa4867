/**
 * The rules that date a sentence from what the reader already knows: the day before it, the
 * battle's first day, the year carried so far. One sentence each, on plain prose: general rules,
 * not phrases of one article.
 */
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/timeline/extractTimeline.ts';
import { after10February, timeline } from './timelineOf.ts';

describe('relative days count from a known anchor', () => {
  it.each([
    ['On this day, talks began.', '2012-02-10 day «On this day»'],
    ['By this date, 40 had died.', '2012-02-10 day «By this date»'],
    ['Doctors counted 20 dead on the day of the battle.', '2012-02-10 day «on the day of the battle»'],
    ['By this point, the town was surrounded.', '2012-02-10 day «By this point»'],
    ['According to commanders, at this point the rebels were 3 km away.', '2012-02-10 day «at this point»'],
    ['The next day, fighting continued.', '2012-02-11 day «The next day»'],
    ['Two days later, talks began.', '2012-02-12 day «Two days later»'],
    ['The village had been captured five days before.', '2012-02-05 day «five days before»'],
    ['Residents say the garrison left the night before, without a fight.', '2012-02-09 day «the night before»'],
    ['The convoy had crossed the bridge the previous evening.', '2012-02-09 day «the previous evening»'],
    ["The following week, the soldier's mother calls his number.", '2012-02-17 day around «The following week»'],
    ['During the next week, talks stalled.', '2012-02-17 day around «the next week»'],
    ['Over the following week, volunteers towed away 30 tanks.', '2012-02-17 day around «the following week»'],
    ['In the week that followed, almost the whole population left.', '2012-02-17 day around «In the week that followed»'],
    ['After dark, riot police cleared the avenue.', '2012-02-10 day «After dark»'],
    ['Residents reported gunfire until about noon.', '2012-02-10 day «until about noon»'],
    ['The next evening the crowd was larger.', '2012-02-11 day «The next evening»'],
    ['The garrison was pulled back towards the town the next night.', '2012-02-11 day «the next night»'],
    ['The citadel held out until the following night, when its defenders surrendered.', '2012-02-11 day «the following night»'],
    ['That same week the council moved the bus stop.', '2012-02-10 day around «That same week»'],
  ])('"%s"', (sentence, expected) => {
    expect(after10February(sentence)).toBe(expected);
  });

  it('reads "at this point in the dry season" as a time of every such season, no day', () => {
    expect(timeline('On 10 February, the pumps were blown up. Families drink from the reservoir, which is low at this point in the dry season.')).toEqual([
      '2012-02-10 day «10 February»',
    ]);
  });

  it('dates a saying "at the time" by the time just told, at its precision, and a holder "at the time" not at all', () => {
    expect(timeline('In July, a general said the bridge was a target. Officials said at the time that an attack would be answered.')).toEqual([
      '2012-07 month «July»',
      '2012-07 month «at the time»',
    ]);
    expect(timeline('In July, a general spoke. The minister at the time said nothing.')).toEqual(['2012-07 month «July»']);
    // Set between the speakers and their saying, it is the same time, a holder's still none.
    expect(timeline('In July, the line broke. Ukrainian officials at the time spoke of a fighting withdrawal.')[1]).toBe('2012-07 month «at the time»');
    // An opening "At the time" before the saying dates it too; before a state, it dates nothing.
    expect(timeline('In July, the bill was withdrawn. At the time, the government promised not to bring it back.')[1]).toBe('2012-07 month «At the time»');
    expect(timeline('In July, the siege began. At the time, there were said to be 20 snipers in the city.')).toEqual(['2012-07 month «July»']);
    // A judging in the passive is a saying too ("was criticised at the time").
    expect(timeline('In July, the brigade withdrew. The withdrawal was criticised at the time.')[1]).toBe('2012-07 month «at the time»');
  });

  it('dates a saying "at the time" after a look back by the look back, the last date stated, and keeps the story on its day', () => {
    const told =
      'On 30 May, the vote was suspended. It had been called on 13 May. Bibilov said at the time that it was a homecoming. That evening, crowds gathered.';
    expect(timeline(told)).toEqual(['2012-05-30 day «30 May»', '2012-05-13 day «13 May»', '2012-05-13 day «at the time»', '2012-05-30 day «That evening»']);
  });

  it('keeps the story on its day after a happening a witness recalls from the night before', () => {
    expect(
      timeline('On 8 March, flags went up in the town. Residents say the garrison left the night before. By the evening, the column was past it.'),
    ).toEqual(['2012-03-08 day «8 March»', '2012-03-07 day «the night before»', '2012-03-08 day «By the evening»']);
  });

  it('keeps the story on its day after a season of its year that was over before it', () => {
    const september = { infoboxDate: '6 - 12 September 2022' };
    expect(
      timeline(
        'On 11 September, soldiers are in the town. Most people have been living in basements since the spring. That evening, missiles hit the plant.',
        september,
      ),
    ).toEqual(['2022-09-11 day «11 September»', '2022 year spring «spring»', '2022-09-11 day «That evening»']);
  });

  it('keeps the story on its day after the early or middle part of its month, told as a state since then', () => {
    const december = { infoboxDate: '1 - 31 December 2022' };
    const state = 'On 23 December, the owner closes a shaft. Bloggers have been claiming the mine since the middle of December.';
    expect(timeline(`${state} The following week, the last train leaves.`, december)).toEqual([
      '2022-12-23 day «23 December»',
      '2022-12 month mid «the middle of December»',
      '2022-12-30 day around «The following week»',
    ]);
  });

  it('keeps the story on the day a sentence tells, not on the day a closing reporting clause was said', () => {
    const prose =
      'At least 54 soldiers were killed on Thursday when fighters overran two posts, the government said yesterday. Survivors reached the town that evening.';
    expect(timeline(prose, { published: '2025-04-22' })).toEqual(['2025-04-17 day «on Thursday»', '2025-04-17 day «that evening»']);
  });

  it('keeps the story on its day after a subject dated earlier whose verb is in the pluperfect', () => {
    const prose =
      'Fighting lasted until 18 March. Corridors agreed with the other side on 9 and 10 March had already collapsed. That evening, the mayor spoke.';
    expect(timeline(prose).at(-1)).toBe('2012-03-18 day «That evening»');
  });

  it('reads "the next morning" after a night as the morning that ends it', () => {
    expect(timeline('The gunmen left before dawn on 5 March. Soldiers arrived the next morning.')).toEqual([
      '2012-03-05 day «5 March»',
      '2012-03-05 day «the next morning»',
    ]);
    expect(timeline('On the night of 4 to 5 March, gunmen attacked. The next morning, soldiers arrived.')).toEqual([
      '2012-03-04 day → 2012-03-05 «4 to 5 March»',
      '2012-03-05 day «The next morning»',
    ]);
    expect(timeline('On 4 March, gunmen attacked. The next morning, soldiers arrived.')).toEqual([
      '2012-03-04 day «4 March»',
      '2012-03-05 day «The next morning»',
    ]);
    expect(timeline('In the early hours of 5 March, gunmen attacked. The next day, soldiers arrived.')[1]).toBe('2012-03-06 day «The next day»');
    expect(timeline('The attack began at dawn on 5 March. The next morning, troops withdrew.')[1]).toBe('2012-03-06 day «The next morning»');
  });

  it('reads "On the first day" told after the background as the story\'s first day, not a day of the background', () => {
    const article =
      '## Background\nThe rebels had held the town since August 2016.\n\n## Offensive\nOn the first day, the army cut the road. On 1 December the town fell.\n';
    const dates = extractTimeline(article, { infoboxDate: '30 November – 12 December 2024' }).map((event) => event.date);
    expect(dates).toEqual(['2016-08', '2024-11-30', '2024-12-01']);
  });

  it('counts from a day stated after the month that dates the sentence', () => {
    expect(timeline('The army advanced in August, and it reached the city on 5 September. The airport was relieved three days later.')).toEqual([
      '2012-08 month «August»',
      '2012-09-08 day «three days later»',
    ]);
  });

  it('takes its year from a later year stated in a clause of its own after a season or a year that dates the sentence', () => {
    const prose = 'The offensive began in the autumn of 2023, and by early 2024 its units had reached the river. The front then stalled for most of the year.';
    expect(timeline(prose, { infoboxDate: '27 August 2025 – present' }, 'Background')).toEqual([
      '2023 year autumn «autumn of 2023»',
      '2024 year «for most of the year»',
    ]);
  });

  it('takes its year from a month of a later year stated after the year that dates the sentence', () => {
    const prose = 'In May 2024, Russia attacked. The border had seen raids in 2023 and March 2024. Troops were moved there in late July.';
    expect(timeline(prose, { infoboxDate: '6 August 2024 – 26 April 2025' }, 'Background')).toEqual([
      '2024-05 month «May 2024»',
      '2023 year «2023»',
      '2024-07 month late «late July»',
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

  it('keeps the narrative day after an earlier day told in a relative clause of a witness', () => {
    const prose =
      'On 13 February residents came back. A woman who was taken out by boat on 7 February tells us that her neighbour drowned. Three days later, the water left.';
    expect(timeline(prose)).toEqual(['2012-02-13 day «13 February»', '2012-02-07 day «7 February»', '2012-02-16 day «Three days later»']);
  });

  it('keeps the narrative day after a look back', () => {
    expect(timeline('On 20 September, clashes began. An agreement had been reached the previous day. Overnight, shells fell.')).toEqual([
      '2012-09-20 day «20 September»',
      '2012-09-19 day «the previous day»',
      '2012-09-20 day «Overnight»',
    ]);
    expect(timeline('On 20 September, clashes began. A truce had come into force at noon the previous day. Overnight, shells fell.')).toEqual([
      '2012-09-20 day «20 September»',
      '2012-09-19 day «the previous day»',
      '2012-09-20 day «Overnight»',
    ]);
    expect(timeline('On 20 September, clashes began. Tests had restarted at the end of August. Overnight, shells fell.')).toEqual([
      '2012-09-20 day «20 September»',
      '2012-08 month late «the end of August»',
      '2012-09-20 day «Overnight»',
    ]);
    // A state recalled by its start in the present perfect, in a report told in the present, moves no anchor either.
    const waiting = 'This video was filmed on 14 April. Some of them have been waiting since 10 April. Two days later the checkpoint opens.';
    expect(timeline(waiting)).toEqual(['2012-04-10 day «10 April»', '2012-04-16 day «Two days later»']);
    // A season in the pluperfect was over before the story's day though the day falls in it.
    expect(timeline('Late on 21 November, officers surrounded the flat. The men had rented it in the autumn. The next day, the shooting stopped.')).toEqual([
      '2012-11-21 day «21 November»',
      '2012 year autumn «autumn»',
      '2012-11-22 day «The next day»',
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
    // An opening span of the story ("After weeks of street fighting") has moved it on: the report is its next step.
    expect(
      timeline(
        'On 9 August, a depot exploded. After weeks of street fighting, the army announced on 23 August that the town had been taken. The next day, a bridge was hit.',
      )[2],
    ).toBe('2012-08-24 day «The next day»');
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
    // A day opening the sentence whose clause goes on in the pluperfect is a flashback too; "By" tells how things stood then.
    expect(timeline('On 20 September, clashes began. On 18 September the rebels had gathered in the hills. Overnight, shells fell.')[2]).toBe(
      '2012-09-20 day «Overnight»',
    );
    expect(timeline('On 20 September, clashes began. On 18 September the town had no water. Overnight, shells fell.')[2]).toBe('2012-09-18 day «Overnight»');
    // A list of names inside the pluperfect clause does not end it.
    expect(
      timeline(
        'On 20 September, clashes began. The army said rebels had mined the supply roads between its forward positions in the Arles, Nîmes and Lyon sectors in the evening of 18 September. Overnight, shells fell.',
      )[2],
    ).toBe('2012-09-20 day «Overnight»');
  });

  it("counts hours before or after from a happening just told that is the sentence's subject", () => {
    expect(timeline('On 27 February, an air strike killed 33 soldiers. The strike came hours after rebels had retaken the town.')[1]).toBe(
      '2012-02-27 day «The strike came hours after»',
    );
    expect(timeline('On 27 February, an air strike killed 33 soldiers. The talks came hours after the unit requested help.')).toHaveLength(1);
    expect(timeline('On 3 May, soldiers shot twelve farmers in a hamlet. The killings came hours after rebels had burned a police post.')[1]).toBe(
      '2012-05-03 day «The killings came hours after»',
    );
  });

  it('reads a clock time with a colon after any preposition as the anchor day', () => {
    expect(timeline('On 13 September, the attack began. A ceasefire was announced for 9:00 Moscow time, but it did not hold.')[1]).toBe(
      '2012-09-13 day «for 9:00»',
    );
    expect(timeline('On 13 September, the attack began. Prices rose by 2.50 dollars.')).toHaveLength(1);
  });

  it('reads a count of days after a month-precise date as that month with its hedge, never with a qualifier of its own', () => {
    expect(timeline('In early March, marines wrote a letter. The governor said the next day that it was false.')).toEqual([
      '2012-03 month early «early March»',
      '2012-03 month early «the next day»',
    ]);
    expect(timeline('In March, the rebels attacked. Three days later the army withdrew.')[1]).toBe('2012-03 month «Three days later»');
  });

  it('reads "a year earlier" and "a year later" as the anchor month a year off, and as a year after a year-precise anchor', () => {
    expect(timeline('In June 2022, gunmen killed 86 civilians. A year earlier, 130 people had been killed at Solhan.')[1]).toBe(
      '2021-06 month «A year earlier»',
    );
    expect(timeline('On 5 March 2014, the army withdrew. A year later, the rebels returned.')[1]).toBe('2015-03 month «A year later»');
    expect(timeline('In 2015, the army withdrew. A year later, the rebels returned.')[1]).toBe('2016 year «A year later»');
    expect(timeline('In June 2022, gunmen attacked. Nearly a year later, the rebels returned.')).toHaveLength(1);
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

  it('reads a heading that opens with a month modifying its noun ("September attack") as naming that month', () => {
    const article =
      '## July attack\nOn 5 July 2022, fighters attacked the camp.\n## September attack\nShortly before dawn on the 5th, fighters attacked again.\n';
    expect(extractTimeline(article, { infoboxDate: '2022' }).map((event) => event.date)).toEqual(['2022-07-05', '2022-09-05']);
  });
});
