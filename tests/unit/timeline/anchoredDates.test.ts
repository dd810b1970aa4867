/**
 * The rules that date a sentence from what the reader already knows: the day before it, the
 * battle's first day, the year carried so far. One sentence each, on plain prose: general rules,
 * not phrases of one article.
 */
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/timeline/extractTimeline.ts';
import { after10February, timeline } from './timelineOf.ts';

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
    ['The radio goes from boredom to panic within an hour.', '2012-02-10 day «within an hour»'],
    ['Within the hour, the convoy turned back.', '2012-02-10 day «Within the hour»'],
    ['Two hours later, the line was cut again.', '2012-02-10 day «Two hours later»'],
    ['She heard a plane a few seconds before the explosion.', '2012-02-10 day «a few seconds before the explosion»'],
    ['Minutes after the strike, rescuers arrived.', '2012-02-10 day «Minutes after the strike»'],
    ['Nonetheless, the day soon became the deadliest of the siege.', '2012-02-10 day «the day»'],
    ['The day saw the heaviest shelling yet.', '2012-02-10 day «The day»'],
  ])('"%s"', (sentence, expected) => {
    expect(after10February(sentence)).toBe(expected);
  });

  it.each([
    ['A border post surrendered the same week.', '2012-02-10 day around «the same week»'],
    ['That week, the bridges were destroyed.', '2012-02-10 day around «That week»'],
  ])('"%s" is around the day before it', (sentence, expected) => {
    expect(after10February(sentence)).toBe(expected);
  });

  it('dates no moment counted in minutes from a day the text only put around one', () => {
    expect(timeline('On 10 February, the siege began. A border post surrendered the same week. Lines formed within minutes.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-10 day around «the same week»',
    ]);
  });

  it('reads "the day" as a date only as a clause’s subject', () => {
    expect(timeline('On 10 February, the siege began. Rebels chose the day before the attack to leave. They called it the day of rage.')).toHaveLength(1);
  });

  it('dates nothing from "the following weeks", nor from a news post\'s forecast "next week"', () => {
    expect(timeline('On 10 February, the siege began. In the following weeks, talks stalled. Talks resume next week.')).toHaveLength(1);
  });

  it('counts "minutes after the strike" from the strike, across a dated caption line', () => {
    expect(
      timeline(
        'On the evening of 7 March, a strike hit the airfield.\n\nSatellite image, 8 March: seven helicopters burned out.\n\nMinutes after the strike, the controller asks for fire trucks. Two days later, more trucks arrive.',
      ),
    ).toEqual(['2012-03-07 day «7 March»', '2012-03-08 day «8 March»', '2012-03-07 day «Minutes after the strike»', '2012-03-09 day «Two days later»']);
  });

  it('lets a caption line anchor what follows, and a caption-like sentence of a paragraph stays a sentence', () => {
    expect(timeline('On 7 March, a strike hit the airfield.\n\nBurned-out helicopters on the apron, 8 March.\n\nHours later, the fire spread.')).toEqual([
      '2012-03-07 day «7 March»',
      '2012-03-08 day «8 March»',
      '2012-03-08 day «Hours later»',
    ]);
    expect(timeline('On 7 March, a strike hit the airfield. Helicopters burned, 8 March. Minutes after the strike, the fire spread.')[2]).toBe(
      '2012-03-08 day «Minutes after the strike»',
    );
  });

  it('dates nothing from minutes counted from a happening the text gives no day ("after the unit requested help")', () => {
    expect(timeline('On 10 February, the siege began. Thirty minutes after the unit requested help, the radio fell silent.')).toHaveLength(1);
  });

  it('dates nothing from minutes counted from an undated clip of the material ("In this transmission, …")', () => {
    expect(
      timeline(
        'On 10 February, the siege began. In this transmission, a spotter asks for fire on the plant. The reply is short. The shells land within minutes.',
      ),
    ).toEqual(['2012-02-10 day «10 February»']);
  });

  it("still dates minutes counted from a happening of the day just told, after a clip's paragraph", () => {
    expect(timeline('In this transmission, a spotter asks for fire.\n\nOn 10 February, the plant was shelled. Within minutes, it burned.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-10 day «Within minutes»',
    ]);
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
    ['According to commanders, at this point the rebels were 3 km away.', '2012-02-10 day «at this point»'],
    ['The next day, fighting continued.', '2012-02-11 day «The next day»'],
    ['Two days later, talks began.', '2012-02-12 day «Two days later»'],
    ['The village had been captured five days before.', '2012-02-05 day «five days before»'],
    ["The following week, the soldier's mother calls his number.", '2012-02-17 day around «The following week»'],
    ['During the next week, talks stalled.', '2012-02-17 day around «the next week»'],
    ['Over the following week, volunteers towed away 30 tanks.', '2012-02-17 day around «the following week»'],
  ])('"%s"', (sentence, expected) => {
    expect(after10February(sentence)).toBe(expected);
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

  it('counts "the second day of the battle" from the infobox start, wherever it stands', () => {
    expect(timeline('On 1 March, shells fell. On the second day of the battle, the town fell.')).toEqual([
      '2012-03-01 day «1 March»',
      '2012-02-11 day «On the second day of the battle»',
    ]);
  });

  it('counts "the first day of the fighting" from the first date of a section named for that fighting', () => {
    const prose = 'On 19 November, clashes broke out with the militia. Monitors said 18 were killed on the first day of the fighting.';
    expect(timeline(prose, { infoboxDate: '8 November 2012 – 17 July 2013' }, 'Clashes with the militia')).toEqual([
      '2012-11-19 day «19 November»',
      '2012-11-19 day «on the first day of the fighting»',
    ]);
    expect(timeline(prose, { infoboxDate: '8 November 2012 – 17 July 2013' }, 'Events')[1]).toBe('2012-11-08 day «on the first day of the fighting»');
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

  it('spans "within three days" like "within the next three days", but not "within three days of" another happening', () => {
    expect(timeline('On 13 September, the offensive began. Within three days, 60 villages had fallen.')).toEqual([
      '2012-09-13 day «13 September»',
      '2012-09-14 day → 2012-09-16 «Within three days»',
    ]);
    expect(timeline('On 13 September, the offensive began. The town fell within three days of the attack.')).toEqual(['2012-09-13 day «13 September»']);
  });

  it('counts from a day stated after the month that dates the sentence', () => {
    expect(timeline('The army advanced in August, and it reached the city on 5 September. The airport was relieved three days later.')).toEqual([
      '2012-08 month «August»',
      '2012-09-08 day «three days later»',
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
  });

  it('reads a clock time with a colon after any preposition as the anchor day', () => {
    expect(timeline('On 13 September, the attack began. A ceasefire was announced for 9:00 Moscow time, but it did not hold.')[1]).toBe(
      '2012-09-13 day «for 9:00»',
    );
    expect(timeline('On 13 September, the attack began. Prices rose by 2.50 dollars.')).toHaveLength(1);
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
});

describe('more ways prose names a day or a span', () => {
  it.each([
    ['On the first day, 15 wounded were reported.', '2012-02-10 day «On the first day»'],
    ['By evening, the navy began a landing.', '2012-02-10 day «By evening»'],
    ['During April, talks were held.', '2012-04 month «April»'],
    ['The fighting through the autumn was a slow advance.', '2012 year autumn «autumn»'],
    ['Throughout August, officials spoke of an offensive.', '2012-08 month «August»'],
    ['Throughout 2013, troops withdrew.', '2013 year «2013»'],
    ['During the week of 10 May, troops advanced.', '2012-05-10 day around «the week of 10 May»'],
    ['Early in December, the plant was taken.', '2012-12 month early «Early in December»'],
    ['Over the night of 20/21 September, fighting erupted.', '2012-09-20 day → 2012-09-21 «20/21 September»'],
    ['Fighting continued into the evening around the camp.', '2012-02-10 day «into the evening»'],
    ['Later that month, protesters occupied the runway.', '2012-02 month «Later that month»'],
    ['A festival was held in the town that month.', '2012-02 month «that month»'],
    ['The talks resumed the same month.', '2012-02 month «the same month»'],
    ['By mid-month, prices had risen tenfold.', '2012-02 month mid «By mid-month»'],
    ['The shelling intensified in the middle of the month.', '2012-02 month mid «in the middle of the month»'],
    ['By the end of the siege, the front line had returned to where it stood before August 2011.', '2012-04-20 day «By the end of the siege»'],
    ['Clashes resumed later that year, when the army began an offensive in October.', '2012 year «later that year»'],
    ['Later that year, after Russia began its intervention on 30 September 2012, aircraft struck the hills.', '2012 year «Later that year»'],
    ['By the end of the year, 30,000 were still displaced.', '2012 year late «the end of the year»'],
    ['The harvest failed the same year.', '2012 year «the same year»'],
    ['Raids continued through the year, while talks opened on 20 June.', '2012 year «through the year»'],
    ['Attacks rose throughout the year, and by the end of the year the rebels held the hills.', '2012 year «throughout the year»'],
    ['The law was dropped that year, but it was passed again from 2015.', '2012 year «that year»'],
    ["That year's elections were held on 5 March.", '2012-03-05 day «5 March»'],
    ['Strikes paralysed the factories for much of the year.', '2012 year «for much of the year»'],
    ['Throughout the year, the roads stayed closed.', '2012 year «Throughout the year»'],
    ['The group was made a province the same month.', '2012-02 month «the same month»'],
    ['In May of the same year, the harvest failed.', '2012-05 month «May»'],
    ['About 150 soldiers arrived early the next month.', '2012-03 month early «early the next month»'],
    ['Late in 2014, clashes broke out.', '2014 year late «Late in 2014»'],
    ['Troops served in Iraq from 2003 to 2005.', '2003 year → 2005 «2003 to 2005»'],
    ['Troops served in Iraq in 2003 to train the police.', '2003 year «2003»'],
    ['By the end of 2014, the wall was finished.', '2014 year late «the end of 2014»'],
    ['Work began at the beginning of 2015.', '2015 year early «the beginning of 2015»'],
    ['In the first half of 2013, troops withdrew.', '2013 year early «the first half of 2013»'],
    ['Raids intensified in the second half of the year.', '2012 year late «the second half of the year»'],
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

  it('counts "the first week of the war" in a battle from the first day of the war its infobox says it is part of', () => {
    const hadrut = { infoboxDate: '7–23 October 2020', title: 'Battle of Hadrut', partOf: 'the 2020 Nagorno-Karabakh war' };
    expect(timeline('During the first week of the war, troops advanced.', hadrut)).toEqual(['2020-09-27 day → 2020-10-03 «During the first week of the war»']);
    const kharkiv = {
      infoboxDate: '24 February – 14 May 2022',
      title: 'Battle of Kharkiv',
      partOf: 'the northeastern Ukraine campaign of the Russian invasion of Ukraine',
    };
    expect(timeline('Russian forces reached the outskirts on the first day of the invasion.', kharkiv)).toEqual([
      '2022-02-24 day «on the first day of the invasion»',
    ]);
    // Only the war it is part of, by the noun that war is called: "the war" of an invasion's battle is not read as the invasion.
    expect(timeline('During the first week of the war, troops advanced.', kharkiv)).toEqual([]);
    expect(timeline('During the first week of the war, troops advanced.', { ...hadrut, partOf: 'the Nagorno-Karabakh conflict' })).toEqual([]);
  });

  it('counts "the first day of the assault" in a battle’s article from the battle’s first day, but not "the war"', () => {
    const raqqa = { infoboxDate: '6 June – 17 October 2017', title: 'Battle of Raqqa (2017)' };
    expect(timeline('On 8 June, troops advanced. Monitors said 12 civilians were killed during the first day of the assault.', raqqa)).toEqual([
      '2017-06-08 day «8 June»',
      '2017-06-06 day «during the first day of the assault»',
    ]);
    expect(timeline('On 8 June, troops advanced. Monitors said 12 civilians were killed during the first day of the war.', raqqa)).toEqual([
      '2017-06-08 day «8 June»',
    ]);
  });

  it('dates "by the end of the operation" to the story’s last day, but not in the lead nor with an open span', () => {
    const operation = { infoboxDate: '9 October – 25 November 2019', title: '2019 Turkish offensive into north-eastern Syria' };
    expect(timeline('By the end of the operation, monitors had counted 478 dead.', operation)).toEqual(['2019-11-25 day «By the end of the operation»']);
    expect(timeline('By the end of the operation, monitors had counted 478 dead.', { ...operation, infoboxDate: '9 October 2019 – present' })).toEqual([]);
    const lead = 'The offensive was fought in 2019 along the border. By the end of the offensive, the army had taken the towns.\n';
    expect(extractTimeline(lead, operation)).toEqual([]);
  });

  it('counts "the first day of the fighting" from the story’s first day whatever the title names', () => {
    const offensive = { infoboxDate: '27 November – 8 December 2024', title: '2024 Syrian opposition offensives' };
    expect(timeline('On 28 November, rebels advanced. Monitors said 37 soldiers were killed during the first day of the fighting.', offensive)).toEqual([
      '2024-11-28 day «28 November»',
      '2024-11-27 day «during the first day of the fighting»',
    ]);
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

  it('reads "During" a happening as an opening phrase, and "During" a span of time as the main clause\'s own date', () => {
    expect(timeline('During the final offensive in November and December, the unit stayed, and on 22 December the city fell.')).toEqual([
      '2012-12-22 day «22 December»',
    ]);
    expect(timeline('During the last week of August, the army advanced, and on 1 September it took the old city.')).toEqual([
      '2012-08 month late «the last week of August»',
    ]);
  });

  it("dates a sentence by its main clause over an opening participle's date, which alone still dates it", () => {
    expect(timeline('Formed in May 2012 as a volunteer battalion, it was incorporated into the army on 12 November 2012.')).toEqual([
      '2012-11-12 day «12 November 2012»',
    ]);
    expect(timeline('Formed on 20 July 2012, it consists primarily of marines.')).toEqual(['2012-07-20 day «20 July 2012»']);
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

describe('a weekday in a story with no publication day is counted from the day just told (a Friday here)', () => {
  it.each([
    ['On Saturday, rebels withdrew.', '2012-02-11 day «On Saturday»'],
    ['On Friday evening, the line was cut.', '2012-02-10 day «On Friday»'],
    ['Monday morning, the army attacked again.', '2012-02-13 day «Monday»'],
    ['Late on Tuesday, talks resumed.', '2012-02-14 day «Late on Tuesday»'],
    ['Early Sunday, drones struck the city.', '2012-02-12 day «Early Sunday»'],
    ['The following Friday, talks resumed.', '2012-02-17 day «The following Friday»'],
    ['The next Monday, the army attacked at 6 a.m.', '2012-02-13 day «The next Monday»'],
  ])('"%s"', (sentence, expected) => {
    expect(after10February(sentence)).toBe(expected);
  });

  it('reads a weekday without "on" or a time of day as a name, and none without a day before it', () => {
    expect(timeline('On 10 February, the siege began. Bloody Sunday was remembered.')).toHaveLength(1);
    expect(timeline('In February 2012, the siege began. On Monday, rebels withdrew.')).toHaveLength(1);
  });
});

describe('a state from the day just told', () => {
  it.each([
    ['From then on, the only road out was a footbridge.', '2012-02-10 day «From then on»'],
    ['From that day onwards, the town was cut off.', '2012-02-10 day «From that day onwards»'],
  ])('"%s"', (sentence, expected) => {
    expect(after10February(sentence)).toBe(expected);
  });

  it('takes no hedge from its anchor', () => {
    expect(timeline('The rebels took the hills in early 2014. From then on, the base was supplied only by helicopter.')[1]).toBe('2014 year «From then on»');
  });

  it('yields to a date of its own sentence', () => {
    expect(timeline('On 10 February, the siege began. On 12 February the roads were closed, and the town stayed besieged from then on.')[1]).toBe(
      '2012-02-12 day «12 February»',
    );
  });
});

describe('a line that only dates the next clip dates what the clip shows', () => {
  it('is no event itself, and the next sentence takes its day', () => {
    expect(timeline('On 10 February, the siege began. The next clip is from two days later. Volunteers wash the square.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-12 day «»',
    ]);
  });

  it('dates only the sentence right after it', () => {
    expect(timeline('On 10 February, the siege began. This video was filmed on 14 February. Soldiers search the houses. Shops reopen.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-14 day «»',
    ]);
  });

  it('reads a clip described in a word or two that "comes" on its day', () => {
    expect(timeline('On 10 February, the siege began. The most spectacular footage comes five days later. A tank burns on the bridge.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-15 day «»',
    ]);
  });

  it('reads a dated letter as a clip: what its author writes takes its day', () => {
    expect(
      timeline('On 10 February, the siege began. The earliest letter in the stack is dated 14 February. Its author writes that they have no food.'),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-14 day «»']);
  });

  it('tells the clip and what it shows in one sentence: one event', () => {
    expect(timeline('On 10 February, the siege began. The next clip is from two days later, when soldiers fire into the air.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-12 day «two days later»',
    ]);
  });
});
