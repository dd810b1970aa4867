/**
 * Days counted from the story the article tells or from a happening it told: "the second day of the battle", "on the day
 * of the attack", "within hours of the attack", "the first day of the fighting". One sentence each, on plain prose.
 */
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/timeline/extractTimeline.ts';
import { timeline } from './timelineOf.ts';

describe('days counted from the story or from a happening it told', () => {
  it('counts "the second day of the battle" from the infobox start, wherever it stands', () => {
    expect(timeline('On 1 March, shells fell. On the second day of the battle, the town fell.')).toEqual([
      '2012-03-01 day «1 March»',
      '2012-02-11 day «On the second day of the battle»',
    ]);
  });

  it('counts "the first day of the war" from the day a "During" phrase\'s clause gives that war, the clause itself no event', () => {
    const prose =
      'During the Second Nagorno-Karabakh War, which began on 27 September 2020, the corps held the north. On the first day of the war its units attacked. On 3 October the president announced a gain.';
    expect(timeline(prose, {}, 'Second Nagorno-Karabakh War')).toEqual(['2020-09-27 day «On the first day of the war»', '2020-10-03 day «3 October»']);
    expect(timeline('During the war, which began in 2014, the town was shelled, and it fell on 3 May.', {})).toEqual(['2014-05-03 day «3 May»']);
    // A participle standing for the clause ("launched on") dates only the offensive too.
    const staging = 'During the offensive on Marea, launched on 27 May 2016, the village served as one of its staging areas.';
    expect(timeline(staging, {})).toEqual([]);
    // Where it began may stand before its date.
    expect(timeline('During the rising, which began in Kapan in 1722, men from the village served in his fortress.', {})).toEqual([]);
  });

  it('reads a "During" phrase\'s clause as the scene, whatever time of day the main clause tells a habit by, but not a day it points back to', () => {
    const scene = 'During the blockade, which began in December 2022, the shops ran out of flour, and residents queued for bread from before dawn.';
    expect(timeline(scene, {})).toEqual([]);
    expect(timeline('During the war, which began on 27 September 2020, shells hit the school that evening.', {})).toHaveLength(1);
  });

  it('counts "the first day of fighting", no article, from the day just told when that sentence told fighting', () => {
    const subject = 'Units of the corps, which had been moved to the sector in the summer,';
    const prose = `On 13 September 2022, Azerbaijan launched strikes and ground attacks. ${subject} held the heights through the first day of fighting but lost positions on 14 September.`;
    expect(timeline(prose, {})).toEqual(['2022-09-13 day «13 September 2022»', '2022-09-13 day «through the first day of fighting»']);
    expect(timeline('On 13 September 2022, the minister spoke. On the first day of fighting, the town held.', {})).toEqual([
      '2022-09-13 day «13 September 2022»',
    ]);
  });

  it('dates "on the first evening" of the story by its first day, whatever was dated in between', () => {
    expect(timeline('On 10 February, shells fell. On 12 February, the town fell. The evacuation started on the first evening.')[2]).toBe(
      '2012-02-10 day «on the first evening»',
    );
    expect(timeline('On 10 February, shells fell. On 12 February, the town fell. On the first night of the truce, a shot was fired.')).toHaveLength(2);
  });

  it('reads no day in "the first night" describing the noun after it', () => {
    const frosts = 'Forecasters expect the first night frosts of the autumn in the region.';
    expect(timeline(`On 10 February, shells fell. ${frosts}`)).toEqual(['2012-02-10 day «10 February»']);
  });

  it('dates "on the day of the attack" by the attack the article tells, whatever was dated in between', () => {
    const prose =
      'On 8 April, a missile struck the station. The final count was given at the end of the month. The president said on the day of the attack that it was deliberate.';
    expect(timeline(prose, { infoboxDate: '8 April 2022', title: 'Kramatorsk railway station attack' })).toEqual([
      '2022-04-08 day «8 April»',
      '2022-04 month late «the end of the month»',
      '2022-04-08 day «on the day of the attack»',
    ]);
  });

  it('dates "within hours of the attack" by the attack the text told with its day, whatever was dated since', () => {
    const prose = 'On 7 April, a chemical attack hit the town. On 12 April, police entered it. The pictures went around the world within hours of the attack.';
    expect(timeline(prose)).toEqual(['2012-04-07 day «7 April»', '2012-04-12 day «12 April»', '2012-04-07 day «within hours of the attack»']);
  });

  it('dates "Within fifteen minutes of the first shells" by the day just told, the moments counted', () => {
    const prose = 'On 7 February around 10 p.m., tanks opened fire. Within fifteen minutes of the first shells, the headquarters called.';
    expect(timeline(prose)).toEqual(['2012-02-07 day «7 February»', '2012-02-07 day «Within fifteen minutes of the first shells»']);
  });

  it('looks past a later mention of "the attack" across a soft line break to the sentence that told it', () => {
    const prose =
      'On 7 April, a chemical attack hit the town. On 8 April, the day after the\nattack, the group left. The pictures spread within hours of the attack.';
    expect(timeline(prose).at(-1)).toBe('2012-04-07 day «within hours of the attack»');
  });

  it('dates "on the evening of the attack" by the attack the article tells, a time of its day', () => {
    const prose =
      'On 20 November, gunmen attacked the hotel. On 15 December the hotel reopened. On the evening of the attack, the government declared a state of emergency.';
    expect(timeline(prose, { infoboxDate: '20 November 2015', title: '2015 Bamako hotel attack' })).toEqual([
      '2015-11-20 day «20 November»',
      '2015-12-15 day «15 December»',
      '2015-11-20 day «On the evening of the attack»',
    ]);
  });

  it('dates what broke out "during the debate" by the sitting just told with its day, and nothing after a month', () => {
    const prose = 'A rally was held on 2 March, as the committee began discussing the bills. Scuffles broke out in the room during the debate.';
    expect(timeline(prose)).toEqual(['2012-03-02 day «2 March»', '2012-03-02 day «during the debate»']);
    expect(timeline('In March the committee began discussing the bills. Scuffles broke out in the room during the debate.')).toEqual(['2012-03 month «March»']);
  });

  it('dates one "killed during the attack" by the attack the article told with its day, and nothing a participle describes', () => {
    const prose = 'On 11 March, helicopters attacked the columns that afternoon. A pilot was killed during the attack, the first fatality.';
    expect(timeline(prose)).toEqual(['2012-03-11 day «11 March»', '2012-03-11 day «during the attack»']);
    expect(timeline('On 11 March, helicopters attacked the columns. Weapons captured during the attack were used later.')).toEqual([
      '2012-03-11 day «11 March»',
    ]);
    expect(timeline('In March, helicopters attacked the columns. A pilot was killed during the attack.')).toEqual(['2012-03 month «March»']);
  });

  it('reads "on the day of the battle" in a battle of several days as the day just told, since no one day is the battle\'s', () => {
    const prose = 'On 27 June, fighters attacked the governorate. Doctors counted 20 dead on the day of the battle.';
    expect(timeline(prose, { infoboxDate: '26–27 June 2012', title: 'Battle of Gao (2012)' })).toEqual([
      '2012-06-27 day «27 June»',
      '2012-06-27 day «on the day of the battle»',
    ]);
  });

  it('counts "the following week" opening a later section of a one-day story from its day, after a year told before', () => {
    const article = '## Investigations\nIn 2023, investigators named the unit.\n\n## Aftermath\nThe following week, the trains left from another town.\n';
    const context = { infoboxDate: '8 April 2022', title: 'Kramatorsk railway station attack' };
    expect(extractTimeline(article, context).map((event) => `${event.date} ${event.qualifier ?? ''}`)).toEqual(['2023 ', '2022-04-15 around']);
    // In a story of several days it counts from the year told, at its precision: no `after`, a word the text does not write.
    const span = { infoboxDate: '8 April – 3 May 2022' };
    expect(extractTimeline(article, span).map((event) => `${event.date} ${event.qualifier ?? ''}`)).toEqual(['2023 ', '2023 ']);
  });

  it('counts "the first day of the fighting" from the first date of a section named for that fighting', () => {
    const prose = 'On 19 November, clashes broke out with the militia. Monitors said 18 were killed on the first day of the fighting.';
    expect(timeline(prose, { infoboxDate: '8 November 2012 – 17 July 2013' }, 'Clashes with the militia')).toEqual([
      '2012-11-19 day «19 November»',
      '2012-11-19 day «on the first day of the fighting»',
    ]);
    expect(timeline(prose, { infoboxDate: '8 November 2012 – 17 July 2013' }, 'Events')[1]).toBe('2012-11-08 day «on the first day of the fighting»');
    // A section named for a war or an offensive: the fighting it tells is that war's or that offensive's.
    const hit = 'On 18 February 2018 the government began an offensive. The town was hit by more than 300 air strikes in the first week.';
    expect(timeline(hit, { infoboxDate: '21 October 2011 – 2018' }, '2018 offensive and evacuation')[1]).toBe(
      '2018-02-18 day → 2018-02-24 «in the first week»',
    );
    const war = 'On 3 January 2014 the front joined an offensive against ISIL. In the first week of the fighting its units drove ISIL out of Saraqib.';
    expect(timeline(war, { infoboxDate: '9 December 2013 – 2015' }, 'War against ISIL')[1]).toBe(
      '2014-01-03 day → 2014-01-09 «In the first week of the fighting»',
    );
  });

  it('counts "the third day of the offensive" from the first date of a section named for that offensive', () => {
    const prose = 'A new offensive began on 27 September. On the third day of the offensive, rebels advanced.';
    expect(timeline(prose, { infoboxDate: '19 July 2012 – 2013' }, 'September rebel offensive')).toEqual([
      '2012-09-27 day «27 September»',
      '2012-09-29 day «On the third day of the offensive»',
    ]);
  });

  it('dates "the morning after the strike" the day after a one-moment story the title names, and nothing it does not', () => {
    const strike = { infoboxDate: '29 March - 4 April 2022', title: 'Mykolaiv regional administration strike 2022' };
    expect(
      timeline('On 26 February, shells hit the city. On 30 March, the count rose. Footage filmed the morning after the strike shows the crater.', strike),
    ).toEqual(['2022-02-26 day «26 February»', '2022-03-30 day «30 March»', '2022-03-30 day «the morning after the strike»']);
    expect(
      timeline('On 30 March, the count rose. Footage filmed the morning after the strike shows the crater.', {
        infoboxDate: '29 March - 4 April 2022',
        title: 'Siege of Mykolaiv',
      }),
    ).toEqual(['2022-03-30 day «30 March»']);
  });

  it('dates "the day after the attacks" the day after a story the title names as one attack, the attacks it is made of', () => {
    const attack = { infoboxDate: '7 September 2023', title: '2023 Tombouctou boat attack' };
    expect(timeline('On 10 August, a blockade was declared. The day after the attacks, shells fell near the airport.', attack)).toEqual([
      '2023-08-10 day «10 August»',
      '2023-09-08 day «The day after the attacks»',
    ]);
    expect(
      timeline('On 10 August, a blockade was declared. The day after the attacks, shells fell near the airport.', {
        infoboxDate: '1 August - 30 September 2023',
        title: 'Siege of Timbuktu',
      }),
    ).toEqual(['2023-08-10 day «10 August»']);
  });

  it('counts "two months after the fall of the town" from the battle\'s last day, when the span is closed', () => {
    const battle = { infoboxDate: '27 March – 3 April 1993', title: 'Battle of Kalbajar' };
    const prose = '## Aftermath\nTurkey closed its border on 3 April 1993. Two months after the fall of the town, a mutiny forced the president to flee.';
    expect(timeline(prose, battle)).toEqual(['1993-04-03 day «3 April 1993»', '1993-06 month «Two months after the fall of the town»']);
    expect(timeline('Ten days after the capture of the town, the council met.', battle)).toEqual(['1993-04-13 day «Ten days after the capture of the town»']);
    expect(timeline('Ten days after the capture of the town, the council met.', { ...battle, infoboxDate: 'March 1993 – present' })).toEqual([]);
  });

  it('dates "on the day Lachin fell" by the last day of a story whose title names the place, and nothing otherwise', () => {
    const prose = '## Aftermath\nOn 20 May 1992 the council met. Gambar became acting president on the day Lachin fell.';
    expect(timeline(prose, { infoboxDate: '17–18 May 1992', title: 'Capture of Lachin (1992)' })[1]).toBe('1992-05-18 day «on the day Lachin fell»');
    expect(timeline(prose, { infoboxDate: '17–18 May 1992', title: 'Capture of Shusha (1992)' })).toHaveLength(1);
  });

  it('counts "a week after the strike" from the day of a one-moment story the title names, and nothing it does not', () => {
    const strike = { infoboxDate: '29 March - 4 April 2022', title: 'Mykolaiv regional administration strike 2022' };
    expect(timeline('On 31 March, the count rose. A week after the strike, the city began clearing the ruins.', strike)).toEqual([
      '2022-03-31 day «31 March»',
      '2022-04-05 day «A week after the strike»',
    ]);
    expect(
      timeline('On 31 March, the count rose. A week after the strike, the city began clearing the ruins.', {
        infoboxDate: '29 March - 4 April 2022',
        title: 'Siege of Mykolaiv',
      }),
    ).toEqual(['2022-03-31 day «31 March»']);
  });

  it('counts "two days after the strike" from the strike the text told, when the title names no strike', () => {
    const siege = { infoboxDate: '10 February - 20 April 2012', title: 'Siege of Homs' };
    expect(timeline('On 12 March, a strike hit the depot. On 13 March, the mayor spoke. Two days after the strike, rescuers arrived.', siege)).toEqual([
      '2012-03-12 day «12 March»',
      '2012-03-13 day «13 March»',
      '2012-03-14 day «Two days after the strike»',
    ]);
    expect(timeline('On 12 March, the convoy arrived. On 20 March, a strike hit the depot. The morning after the strike, rescuers dug.', siege)).toEqual([
      '2012-03-12 day «12 March»',
      '2012-03-20 day «20 March»',
      '2012-03-21 day «The morning after the strike»',
    ]);
    // No strike told: nothing to count from, rather than the story's first day or the day just told.
    expect(timeline('On 12 March, the convoy arrived. Two days after the strike, rescuers arrived.', siege)).toEqual(['2012-03-12 day «12 March»']);
  });

  it('counts "within a week of the town\'s capture" as the days after the capture the text told, troops entering it', () => {
    const capture = { infoboxDate: '8 – 18 May 1992', title: 'Capture of Lachin' };
    const entered = 'Armenian troops entered Lachin on 18 May 1992. The town burned for days.';
    expect(timeline(`${entered} Within a week of the town's capture the first convoys had reached Stepanakert.`, capture)).toEqual([
      '1992-05-18 day «18 May 1992»',
      "1992-05-19 day → 1992-05-25 «Within a week of the town's capture»",
    ]);
    expect(timeline(`${entered} Two days after the town's capture, the first convoys reached Stepanakert.`, capture)).toEqual([
      '1992-05-18 day «18 May 1992»',
      "1992-05-20 day «Two days after the town's capture»",
    ]);
  });

  it('counts "a week after the liberation" from the day the text told troops walking into the place', () => {
    const report = { infoboxDate: '11 September 2022 – 30 September 2022' };
    const walked = 'On 11 September the first Ukrainian soldiers walk into the village from the south. On 13 September the police open the station.';
    expect(timeline(`${walked} A week after the liberation, the first convoy reaches the village.`, report)).toEqual([
      '2022-09-11 day «11 September»',
      '2022-09-13 day «13 September»',
      '2022-09-18 day «A week after the liberation»',
    ]);
  });
});

describe('"the first day of that offensive"', () => {
  it("counts from the offensive the text just told with its day, not from the article's own story", () => {
    const prose = 'On 3 March the town fell. On 20 March a second offensive began. Six soldiers were killed on the second day of that offensive.';
    expect(timeline(prose, { infoboxDate: '1–31 March 2012', title: 'Battle of the town' })).toEqual([
      '2012-03-03 day «3 March»',
      '2012-03-20 day «20 March»',
      '2012-03-21 day «on the second day of that offensive»',
    ]);
  });
});
