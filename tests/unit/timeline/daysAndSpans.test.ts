/** More ways prose names a day or a span from what came before: weeks, halves, "that year", "from then on", nights. */
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/timeline/extractTimeline.ts';
import { after10February, timeline } from './timelineOf.ts';

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
    ['In the first weeks of March, the Russians counterattacked.', '2012-03 month early «the first weeks of March»'],
    ['For the first two weeks of March, pupils were taught in shifts.', '2012-03 month early «the first two weeks of March»'],
    ['The shelling grew in the last weeks of March.', '2012-03 month late «the last weeks of March»'],
    ['Over the night of 20/21 September, fighting erupted.', '2012-09-20 day → 2012-09-21 «20/21 September»'],
    ['Fighting continued into the evening around the camp.', '2012-02-10 day «into the evening»'],
    ['Later that month, protesters occupied the runway.', '2012-02 month «Later that month»'],
    ['A festival was held in the town that month.', '2012-02 month «that month»'],
    ['The talks resumed the same month.', '2012-02 month «the same month»'],
    ['By mid-month, prices had risen tenfold.', '2012-02 month mid «By mid-month»'],
    ['The shelling intensified in the middle of the month.', '2012-02 month mid «in the middle of the month»'],
    ['In the last days of the month, drones began to hit the town.', '2012-02 month late «the last days of the month»'],
    ['In the first weeks of the month, the roads stayed open.', '2012-02 month early «the first weeks of the month»'],
    ['Brigades retook two villages in the second week of the month.', '2012-02 month mid «the second week of the month»'],
    ['By the end of the siege, the front line had returned to where it stood before August 2011.', '2012-04-20 day «By the end of the siege»'],
    ['Clashes resumed later that year, when the army began an offensive in October.', '2012 year «later that year»'],
    ['Later that year, after Russia began its intervention on 30 September 2012, aircraft struck the hills.', '2012 year «Later that year»'],
    ['By the end of the year, 30,000 were still displaced.', '2012 year late «the end of the year»'],
    ['Troops have been flown into the capital since the start of the year.', '2012 year early «the start of the year»'],
    ['At the beginning of the month, the talks broke down.', '2012-02 month early «the beginning of the month»'],
    ['The harvest failed the same year.', '2012 year «the same year»'],
    ['Raids continued through the year, while talks opened on 20 June.', '2012 year «through the year»'],
    ['Attacks rose throughout the year, and by the end of the year the rebels held the hills.', '2012 year «throughout the year»'],
    ['The law was dropped that year, but it was passed again from 2015.', '2012 year «that year»'],
    ["That year's elections were held on 5 March.", '2012-03-05 day «5 March»'],
    ['Strikes paralysed the factories for much of the year.', '2012 year «for much of the year»'],
    ['Throughout the year, the roads stayed closed.', '2012 year «Throughout the year»'],
    ['Dozens of civilians were killed over the month.', '2012-02 month «over the month»'],
    ['Civilians were evacuated across the footbridges for much of the month.', '2012-02 month «for much of the month»'],
    ['For the rest of the month the army relied on small groups.', '2012-02 month «For the rest of the month»'],
    ['The village was retaken after a month of fighting.', '2012-03 month «after a month of fighting»'],
    ['The shelling largely stopped for the rest of the year.', '2012 year «for the rest of the year»'],
    ['Throughout the month, the roads stayed closed.', '2012-02 month «Throughout the month»'],
    ['The group was made a province the same month.', '2012-02 month «the same month»'],
    ['In May of the same year, the harvest failed.', '2012-05 month «May»'],
    ['About 150 soldiers arrived early the next month.', '2012-03 month early «early the next month»'],
    ['Late in 2014, clashes broke out.', '2014 year late «Late in 2014»'],
    ['Troops served in Iraq from 2003 to 2005.', '2003 year → 2005 «2003 to 2005»'],
    ['Troops served in Iraq in 2003 to train the police.', '2003 year «2003»'],
    ['By the end of 2014, the wall was finished.', '2014 year late «the end of 2014»'],
    ['Work began at the beginning of 2015.', '2015 year early «the beginning of 2015»'],
    ['In the first half of 2013, troops withdrew.', '2013 year early «the first half of 2013»'],
    ['The militias set out in the first months of 2013 to clear the valley.', '2013 year early «the first months of 2013»'],
    ['Shelling of the port grew in the last months of 2013.', '2013 year late «the last months of 2013»'],
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

  it('counts "the 27th day in the basement" from the first day of a confinement the title names, and nothing it does not', () => {
    const basement = { infoboxDate: '3 March - 31 March 2022', title: 'Yahidne school basement 2022' };
    expect(
      timeline('On 3 March, villagers were marched into the basement. On 18 March, a man was shot. On the 27th day in the basement, engines ran.', basement),
    ).toEqual(['2022-03-03 day «3 March»', '2022-03-18 day «18 March»', '2022-03-29 day «On the 27th day in the basement»']);
    expect(
      timeline('On 3 March, the battle began. On the 27th day in the basement, engines ran.', {
        infoboxDate: '3 March - 31 March 2022',
        title: 'Battle of Chernihiv',
      }),
    ).toEqual(['2022-03-03 day «3 March»']);
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

  it('reads "in the first hours of the offensive" as the offensive’s first day, as "within hours" stays in the day', () => {
    const told = 'On 4 August 2012, rebels launched an offensive. On 9 August the army counterattacked. ';
    expect(timeline(`${told}The rebels had overrun ten villages in the first hours of the offensive.`, {})[2]).toEqual(
      '2012-08-04 day «in the first hours of the offensive»',
    );
    expect(timeline(`${told}Prisoners said their unit had lost its radios within the first hour of the offensive.`, {})[2]).toEqual(
      '2012-08-04 day «within the first hour of the offensive»',
    );
    // Days, unlike hours, leave the first day: "in the first days of the operation" names none (guide).
    expect(timeline(`${told}The rebels overran ten villages in the first days of the offensive.`, {})).toHaveLength(2);
  });

  it('reads "by the end of the first week" with no story named as the last day of the article’s story’s first week', () => {
    const operation = { infoboxDate: '20 January – 24 March 2018', title: 'Operation Olive Branch' };
    expect(timeline('By the end of the first week, the attackers had captured villages.', operation)).toEqual([
      '2018-01-26 day «By the end of the first week»',
    ]);
    expect(timeline('At the end of the second week, the attackers paused.', operation)).toEqual(['2018-02-02 day «At the end of the second week»']);
    // A week of a month or counted from a happening is not the story's.
    expect(timeline('By the end of the first week of May 2018, talks had begun.', operation)).toEqual(['2018-05 month early «the first week of May 2018»']);
  });

  it('reads "in the first week" with no story named as the first seven days of the article’s story', () => {
    const operation = { infoboxDate: '11 January 2013 – 15 July 2014', title: 'Operation Serval' };
    expect(timeline('Allies offered transport aircraft in the first week.', operation)).toEqual(['2013-01-11 day → 2013-01-17 «in the first week»']);
    expect(timeline('During the second week, the columns moved north.', operation)).toEqual(['2013-01-18 day → 2013-01-24 «During the second week»']);
    expect(timeline('In the first week of May 2013, talks had begun.', operation)).toEqual(['2013-05 month early «the first week of May 2013»']);
  });

  it('reads "within the first two days" right after the story’s first day as its first two days, and later as no date', () => {
    const offensive = { infoboxDate: '10 May 2024 – present', title: 'Battle of Vovchansk' };
    expect(
      timeline('On 10 May 2024, Russia attacked. Its troops took three villages within the first two days. The same day, the town was evacuated.', offensive),
    ).toEqual(['2024-05-10 day «10 May 2024»', '2024-05-10 day → 2024-05-11 «within the first two days»', '2024-05-11 day «The same day»']);
    const opening = 'On 10 May 2024, Russia attacked. For the first three days, its troops took only villages.';
    expect(timeline(opening, offensive)[1]).toBe('2024-05-10 day → 2024-05-12 «For the first three days»');
    // An offensive of a later year, counted from its own day: not the story's first days.
    expect(timeline('On 14 January 2025, a new offensive began. Amaq claimed that 100 soldiers had been killed in the first three days.', offensive)).toEqual([
      '2025-01-14 day «14 January 2025»',
    ]);
  });

  it('reads "in the first two weeks" after a day as the first weeks of the happening just told, and after a month as no date', () => {
    const launched = 'Aircraft struck the valley in late March, and on 6 April the army launched an assault.';
    expect(timeline(`${launched} The army took several villages in the first two weeks.`)[1]).toBe('2012-04-06 day → 2012-04-19 «in the first two weeks»');
    expect(timeline('In April the army launched an assault. The army took several villages in the first two weeks.')).toEqual(['2012-04 month «April»']);
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

  it('counts the first day of a war named in full from that war’s first day, whatever the article is part of', () => {
    const plant = { title: 'Zaporizhzhia Thermal Power Plant' };
    expect(timeline('The plant was finished on 10 July 2019. On the first day of the Russian invasion of Ukraine, troops captured the plant.', plant)).toEqual([
      '2019-07-10 day «10 July 2019»',
      '2022-02-24 day «On the first day of the Russian invasion of Ukraine»',
    ]);
    expect(timeline('On the second day of the Russo-Georgian War, the port was bombed.', plant)).toEqual([
      '2008-08-08 day «On the second day of the Russo-Georgian War»',
    ]);
    // Named in full and then counted from: "… took part in the Russian invasion of Ukraine from its first day".
    expect(timeline('The army was re-formed in 2014. It fought in the Russian invasion of Ukraine from its first day, and lost many tanks.', plant)).toEqual([
      '2014 year «2014»',
      '2022-02-24 day «the Russian invasion of Ukraine from its first day»',
    ]);
    // A war the table does not know by a full name stays unanchored.
    expect(timeline('On the first day of the Yom Kippur War, the post was overrun.', plant)).toEqual([]);
    expect(timeline('It fought in the Yom Kippur War from its first day.', plant)).toEqual([]);
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

  it('gives the pair its year when each month carries a hedge ("in late January and early February 2017")', () => {
    expect(timeline('In 2014, the city was retaken. Heavy fighting took place in late January and early February 2017.', {})[1]).toBe(
      '2017-01 month late «late January»',
    );
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
    expect(timeline('Hafez al-Assad, born in Qardaha in 1930, seized power in the coup of November 1970.', {})).toEqual(['1970-11 month «November 1970»']);
    expect(timeline('The colonel, who was born on 6 October 1930, became a general.', {})).toEqual([]);
    expect(timeline('Most of the marchers are students, born after the revolution of 1991, and say they will stay.', {})).toEqual([]);
    expect(timeline('The marchers, who were born before 1991, stayed.', {})).toEqual([]);
    expect(timeline('Mara, who arrived in Kidal on 17 May, was greeted by protests.', battle)).toEqual(['2014-05-17 day «17 May»']);
    expect(timeline('Mara, who arrived on 17 May, was greeted by protests.', battle)).toEqual(['2014-05-17 day «17 May»']);
  });

  it('skips a "who" clause telling how someone took office, and keeps the taking told in the main clause', () => {
    const region = { infoboxDate: '1 January 2020 – 31 December 2021' };
    expect(timeline('Bazoum, who took office as president on 2 April 2021, made the security of the region a priority.', region)).toEqual([]);
    expect(timeline('Under Traoré, who seized power in 1968, the paratroopers were trusted, and they arrested him on 26 March 1991.', {})).toEqual([
      '1991-03-26 day «26 March 1991»',
    ]);
    expect(timeline('Bazoum, who was sworn in on 2 April 2021, visited Ouallam on 10 May 2021.', region)).toEqual(['2021-05-10 day «10 May 2021»']);
    expect(timeline('Bazoum took office as president on 2 April 2021.', region)).toEqual(['2021-04-02 day «2 April 2021»']);
  });

  it('skips a machine\'s debut told in a "which" clause, its own beginning, and keeps the story\'s passive one', () => {
    const airfield = 'In the early 1980s the runway was lengthened for the An-124, which made its first flight on 26 December 1982.';
    expect(timeline(airfield, {})).toEqual([]);
    expect(timeline('The new tank, which entered service in 2010, was shown at the parade on 9 May 2012.', {})).toEqual(['2012-05-09 day «9 May 2012»']);
    expect(timeline('The crew reached the airfield, which was captured on 3 May 2012.', {})).toEqual(['2012-05-03 day «3 May 2012»']);
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
    const formedAs = 'Formed as the 1st Tank Army of the Red Army in 1943, it fought from Kursk to Berlin and was disbanded in 1998.';
    expect(timeline(formedAs)).toEqual(['1998 year «1998»']);
    expect(timeline('Formed as a volunteer battalion in May 2012, it consists primarily of marines.')).toEqual(['2012-05 month «May 2012»']);
  });
});
