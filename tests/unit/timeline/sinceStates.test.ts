/** A state or a build-up told in the perfect "since" a date, dated by it; a count since a date, which is a baseline. */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('a state told in the perfect "since" a date happened on that date; a count since a date did not', () => {
  it.each([
    ['The town has been under blockade by rebels since early 2011, and convoys supply it.', ['2011 year early «early 2011»']],
    ['Its fighters have kept the town under blockade since August 2011, and convoys supply it.', ['2011-08 month «August 2011»']],
    ['The town had been held by rebels since early 2011, after months of fighting.', ['2011 year early «early 2011»']],
    ['Shelling had continued on and off since 12 February, residents said.', ['2012-02-12 day «12 February»']],
    ['Aircraft had been striking oil installations around the town since the autumn of 2011.', ['2011 year autumn «autumn of 2011»']],
    ['The school had been used as a barracks since the autumn of 2011, residents said.', ['2011 year autumn «autumn of 2011»']],
    ['The school had been used as a barracks since 12 February, and trucks came and went.', ['2012-02-12 day «12 February»']],
    ['The defenders there had held out since 12 February, according to the brigade that left the town last.', ['2012-02-12 day «12 February»']],
    ['The town had been on the front line since 2011, and fighting for it lasted two years.', ['2011 year «2011»']],
    ['The islands have been on the front line since the Russian army left the right bank in November 2011.', ['2011-11 month «November 2011»']],
    ['The president is held in his residence, where he has been a prisoner since the coup of July 2011.', ['2011-07 month «July 2011»']],
    ['The towns had been in Ukrainian hands since the summer of 2011, and the salient held.', ['2011 year summer «summer of 2011»']],
    // Not in a clause describing the ground, as "into areas they had controlled since 2015" is not.
    ['The rebels were driven from the castle, that had been in the hands of rebel fighters since 2011.', []],
    ['The region had seen several rounds of fighting since 2011.', ['2011 year «2011»']],
    // Attacks carried out since a date began then, a habit with a stated start; counted, they are a baseline's total.
    ['Jihadist groups have carried out attacks in the north of the country since 2011.', ['2011 year «2011»']],
    ['Jihadist groups have carried out 300 attacks in the north of the country since 2011.', []],
    ['Russian artillery has struck it repeatedly since the spring of 2011.', ['2011 year spring «spring of 2011»']],
    // A post garrisoned or guarded since a date was first held then, as one its forces have garrisoned is.
    ['The post had been garrisoned since the spring of 2011 by a company of the army.', ['2011 year spring «spring of 2011»']],
    ['The bridge has been guarded since early 2011 by volunteers.', ['2011 year early «early 2011»']],
    // A way cut since a date was cut then; an adverb in commas may stand between the state and its "since".
    ['The road to the town had been cut since mid-November 2011, the soldiers said.', ['2011-11 month mid «mid-November 2011»']],
    ['The town has been under a blockade, on and off, since the spring of 2011, and convoys supply it.', ['2011 year spring «spring of 2011»']],
    // A rule in force since a date came into force then.
    ['A state of emergency has been in force in parts of the region since March 2011, and motorbikes are banned.', ['2011-03 month «March 2011»']],
    // What people have had to do since a date began then, as a road closed since a date was closed then.
    ['Residents have had to drive to the town on a forest track since the end of May 2011.', ['2011-05 month late «the end of May 2011»']],
    // Machines shut down or out of service since a date were shut down then.
    ['All six reactors had been in cold shutdown since March 2011.', ['2011-03 month «March 2011»']],
    // A force based, stationed or deployed somewhere since a date, the place told at some length.
    ['It has been based at the garrison near the borders with Iraq and Jordan since 2011.', ['2011 year «2011»']],
    // An appositive naming who holds it may stand between, the state's verb further back than the words next to the date.
    [
      "Parts of the region, including its capital, have been occupied by Russia and its proxy, the Luhansk People's Republic, since 2011.",
      ['2011 year «2011»'],
    ],
    // So may a part of the ground it includes.
    ['Russian troops have held the south of the oblast, including the nuclear plant at Enerhodar, since March 2011.', ['2011-03 month «March 2011»']],
    ['More than 300 people, a third of them children, have been killed since 12 February.', []],
    ['More than 300 people have been killed since 12 February.', []],
    // Held since a happening its own clause dates: the holding began then; a count since such a clause keeps its baseline.
    ['The upper valley is still held by the army, since troops took it from a militia in July 2011.', ['2011-07 month «July 2011»']],
    ['More than 300 people have been killed since troops took the valley in July 2011.', []],
    // The state may be counted from a happening named with its date, as "After the war of 1992" dates its sentence.
    ['The region had been outside the control of the government since the war of 1991–1992, and peacekeepers patrolled it.', ['1991 year → 1992 «1991–1992»']],
    ['The valley had been out of the control of the army since 12 February.', ['2012-02-12 day «12 February»']],
    // A way shut since a date was shut then, as a blockade began then.
    ['The canal, which carries water to the peninsula, had been blocked by the government since 2011, and its reopening was an aim.', ['2011 year «2011»']],
    ['The border crossing has been closed since 12 February.', ['2012-02-12 day «12 February»']],
    // Told active, with who shut it as subject, it was shut then all the same; the first named of two main clauses dates the sentence.
    ['The army had blocked the road since December 2011, and the last trucks were let in on 18 February.', ['2011-12 month «December 2011»']],
    ['Rebels had besieged the town since 12 February.', ['2012-02-12 day «12 February»']],
    ['More than 300 people have been killed since the uprising of 12 February.', []],
    // A place run by someone since a happening named with its date, as a place held since a war of stated years.
    ['The region had been run by its own council since a ceasefire in May 2011, and peacekeepers patrolled it.', ['2011-05 month «May 2011»']],
    ['The valley has been governed by the rebels since the uprising of 12 February.', ['2012-02-12 day «12 February»']],
    // Ground dug in or mined since a date was first dug in then, as a town occupied since a date was occupied then.
    ['Progress was slow: every tree line had been dug in by the defenders since 12 February.', ['2012-02-12 day «12 February»']],
    ['The fields south of the town have been mined since 2011.', ['2011 year «2011»']],
    // Defences built since a date were begun then, as ground dug in since a date was.
    ['The defences in the south had been built since the autumn of 2011 and ran in three belts.', ['2011 year autumn «autumn of 2011»']],
    // A state left to the clause before ("remains …, as it has been since") began then, as the state it repeats did.
    ['The town itself remains in rebel hands, as it has been since 12 February.', ['2012-02-12 day «12 February»']],
    // A place its holders are told to have held or controlled since a date, active, was taken then, as one held by them is.
    ['Rebel groups had held much of the valley and the hills since 2011 and 2012.', ['2011 year «2011»']],
    ['The rebels have controlled the crossing since 12 February, and trucks pay them a toll.', ['2012-02-12 day «12 February»']],
    ['Militants had held the hills around Arsal since the Battle of Arsal in August 2014.', ['2014-08 month «August 2014»']],
    ['The rebels invited the army into areas they had controlled since 2011.', []],
    // "since" a clause with its own verb and object: the day of that happening, not a baseline.
    ['The president has been held in his residence since the guard seized power on 12 February.', ['2012-02-12 day «12 February»']],
    // A place that has had no power, or been without it, since a date lost it then.
    ['The village has had no running water since the end of May.', ['2012-05 month late «the end of May»']],
    ['The district has been without power since 12 February.', ['2012-02-12 day «12 February»']],
    ['Boat trips to the marker have been suspended since the spring of 2012.', ['2012 year spring «spring of 2012»']],
    // A build-up of forces since a date began then; people fleeing since a date are a count.
    [
      'Russia, for its part, has moved troops and armour towards the border with Ukraine and into Crimea since the middle of March.',
      ['2012-03 month mid «the middle of March»'],
    ],
    ['More than 350,000 people have moved out of the province since the middle of March.', []],
    // Attacks told in the perfect since a date are a habit begun then; counted ("twelve times", "twice"), the date is a baseline.
    ['The province, which lies on the border, had been shelled regularly since the spring of 2011.', ['2011 year spring «spring of 2011»']],
    ['The port has been struck by drones almost every night since 12 February.', ['2012-02-12 day «12 February»']],
    ['The district had come under heavy shelling from across the river since 12 February.', ['2012-02-12 day «12 February»']],
    ['The port has been struck by drones several times since 12 February.', []],
    ['The port had been shelled twice since 12 February.', []],
    ['The port had been shelled 14 times since 12 February.', []],
    // A watch forces have kept since a date: their stationing began then; a number in the clause is still a count.
    ['Monitors from the mission have manned the crossing points along the valley since 12 February.', ['2012-02-12 day «12 February»']],
    ['Foreign troops have patrolled the buffer zone since the spring of 2011, and the shelling has stopped.', ['2011 year spring «spring of 2011»']],
    ['Their patrols have guarded the road to the airport since 12 February.', ['2012-02-12 day «12 February»']],
    ['Some 40 checkpoints have been manned since 12 February.', []],
    ['The mission had kept a camp on the edge of the town since 12 February.', ['2012-02-12 day «12 February»']],
    ['The army has kept its promise since 12 February.', []],
    ['France has kept troops in the country almost without interruption since independence in 1960.', ['1960 year «1960»']],
    ['The insurgency has spread in the region since 2022, mainly near the border.', ['2022 year «2022»']],
    ['It has run a training course for foreign volunteers since 2024.', ['2024 year «2024»']],
    ['The charity had worked in the country since 2004, running clinics.', ['2004 year «2004»']],
    ['The province has run its own affairs since the fall of Bashar al-Assad in December 2011.', ['2011-12 month «December 2011»']],
    ['Russian instructors have been in Niamey since April 2012.', ['2012-04 month «April 2012»']],
    ['Jihadist groups have been active in the area since 2015.', ['2015 year «2015»']],
    ['The president has been in hospital since April 2012.', []],
    ['More than 300 people have been killed in the region since 2022.', []],
    // Sendings counted in words are a count too: the date is their baseline.
    ['The government has sent troops across the border three times since 2009.', []],
    ['The government has sent troops across the border twice since 12 February.', []],
  ])('%s', (sentence, expected) => {
    expect(timeline(sentence)).toEqual(expected);
  });
});

describe('"Since then" opening a sentence dates a state from the day just told', () => {
  it.each([
    ['Since then, troops have held 200 square kilometres of the valley.', ['2012-02-14 day «14 February»', '2012-02-14 day «Since then»']],
    ['Since then, the town has been administered by a council backed by the army.', ['2012-02-14 day «14 February»', '2012-02-14 day «Since then»']],
    // A date of its own in a later clause dates the sentence, as after "from then on".
    ['Since then, the town has been administered by a council, and troops arrived in April.', ['2012-02-14 day «14 February»', '2012-04 month «April»']],
    ['Since then more than 300 of its peacekeepers have been killed.', ['2012-02-14 day «14 February»']],
    // A count in a second clause is that clause's: the first still tells a habit begun then.
    [
      'Since then, crowds have gathered every evening outside the parliament, and the police have detained more than 400 people.',
      ['2012-02-14 day «14 February»', '2012-02-14 day «Since then»'],
    ],
    ['Since then, the flow has grown every day.', ['2012-02-14 day «14 February»']],
    // A habit told with how often it recurs is one begun then, as "has been shelled almost every day since" is.
    ['Since then the village has been shelled from the left bank almost every day.', ['2012-02-14 day «14 February»', '2012-02-14 day «Since then»']],
    ['Since then, the lorries have travelled to the mine only twice a month.', ['2012-02-14 day «14 February»', '2012-02-14 day «Since then»']],
    // What the place has been from then on describes it (GUIDE.md).
    ['Since then the town has depended on a small filtration plant.', ['2012-02-14 day «14 February»']],
    // Nor does a change measured since then.
    ['Since then, that share has grown.', ['2012-02-14 day «14 February»']],
    // Nor a count of times since then, whose baseline the day just told is.
    ['Since then the station has stopped working more than 30 times, according to UNICEF.', ['2012-02-14 day «14 February»']],
    ['Since then, according to the union, more than 300 teachers have asked to be transferred.', ['2012-02-14 day «14 February»']],
    ['Since then, the valley has been home to two camps.', ['2012-02-14 day «14 February»']],
    ['The ceasefire has held since then.', ['2012-02-14 day «14 February»']],
    ['Since then, the junta has turned to Russia, and instructors arrived in April.', ['2012-02-14 day «14 February»', '2012-04 month «April»']],
  ])('%s', (sentence, expected) => {
    expect(timeline(`The fighting ended with a ceasefire on 14 February. ${sentence}`)).toEqual(expected);
  });
});

describe('a date after "since": a baseline inside a clause, a happening in its own clause or opening the sentence', () => {
  it('keeps the main clause\'s date after a "since 2016" that its verb has closed', () => {
    expect(timeline('Many residents who had fled the town since 2009 began to return in early 2012.')).toEqual(['2012 year early «early 2012»']);
    expect(timeline('More than 200 had been killed since 2011 and 40 since February.')).toEqual([]);
  });

  it('skips a trailing "since 2014" but keeps the event date', () => {
    expect(timeline('Also on 2 March, Ukrainian forces attacked Horlivka, controlled by the DPR since 2014.')).toEqual(['2012-03-02 day «2 March»']);
  });

  it('keeps "since the bridge opened in May 2018": a clause with its own verb is a happening', () => {
    expect(timeline('Inspections of ships had risen sharply since the bridge opened in May 2018.')).toEqual(['2018-05 month «May 2018»']);
    // Its object may open with "a".
    expect(timeline('Strikes have largely stopped since the group declared a ceasefire on 1 March 2025.')).toEqual(['2025-03-01 day «1 March 2025»']);
    expect(timeline('The front had barely moved since a Russian–Turkish agreement signed in Moscow on 5 March 2020 ended the offensive.')).toEqual([
      '2020-03-05 day «5 March 2020»',
    ]);
    expect(timeline('Since the war began in March 2011, the town has changed hands twice.')).toEqual(['2011-03 month «March 2011»']);
    // An irregular past, and a two-word object.
    expect(timeline('The village has had no electricity since a drone hit the local substation in June 2024.')).toEqual(['2024-06 month «June 2024»']);
    expect(timeline('The group has been part of the coalition since that coalition was formed in March 2011.')).toEqual(['2011-03 month «March 2011»']);
    // The clause's verb may carry its move and the place it reached before the date.
    expect(timeline('The town had been attacked repeatedly since the group moved into the north of the Tahoua Region in 2011.', {})).toEqual([
      '2011 year «2011»',
    ]);
    expect(timeline('The town has had no power since the start of the siege on 10 February.')).toEqual([]);
  });

  it('keeps a sentence opening with "Since" whose opening phrase holds the date: the day things stood, as "Since November 2011, …"', () => {
    expect(timeline('Since the summer of 2023, the army has been on the defensive.')).toEqual(['2023 year summer «summer of 2023»']);
    expect(timeline('Since the failure of its offensive in June 2023, the army has held its lines.')).toEqual(['2023-06 month «June 2023»']);
    expect(timeline('The army has held its lines since the failure of its offensive in June 2023.')).toEqual([]);
  });

  it('skips an opening "Since" whose clause sets a count against another time\'s', () => {
    expect(timeline('Since the start of the summer, Russia has launched more drones than in any earlier period of the war.')).toEqual([]);
    expect(timeline('Since the start of August the level has dropped by almost four metres, according to the council.')).toEqual([]);
    expect(timeline('Since the start of August the level has dropped, and the farms have lost their fish.')).toHaveLength(1);
    expect(timeline('Since March 2012, the army has held the town.')).toEqual(['2012-03 month «March 2012»']);
  });

  it('skips an opening "Since" whose clause tells a total in the perfect: the count\'s baseline, not a state begun then', () => {
    expect(timeline('Since Assad was overthrown on 8 December, UNHCR says, more than 200,000 Syrians have crossed back.')).toEqual([]);
    expect(timeline('Since the fall of Assad in December, more than 130,000 Syrians have gone home through the crossing.')).toEqual([]);
    expect(timeline('Since the start of the rainy season in June, floods have killed at least 94 people.')).toEqual([]);
    expect(timeline('Since 8 December, 200,000 Syrians have crossed back.')).toEqual([]);
    const back = 'Since Bashar al-Assad fell on 8 December, about 1,200 of those families have come back, according to the council.';
    expect(timeline(back)).toEqual([]);
    const harvest = 'Since the harvest began in mid-July, at least five combine harvesters have been hit in the district.';
    expect(timeline(harvest, { published: '2025-08-21' })).toEqual([]);
    expect(timeline("Since 2022 more than 600 of the brigade's soldiers have been buried in the city's cemetery.", {})).toEqual([]);
    const drones = 'Since the junta began flying Turkish-made Bayraktar TB2 drones in 2022, rights groups have documented dozens of strikes.';
    expect(timeline(drones, {})).toEqual([]);
    const ostroh = 'Since the start of the full-scale invasion in February 2022, Ostroh has also taken in about 3,000 displaced people.';
    expect(timeline(ostroh, {})).toEqual([]);
    expect(timeline('Since 2022 the commune has taken in several thousand people displaced by the insurgency.', {})).toEqual([]);
    const sisian = "Since the offensive of September 2023, when almost all of Karabakh's Armenians fled, the town has taken in more than 1,000 refugees.";
    expect(timeline(sisian, {})).toEqual([]);
    expect(timeline('Since mid-April 2012 tens of thousands of people have marched through the city.')).toEqual(['2012-04 month mid «mid-April 2012»']);
  });

  it('starts ground held since the day just told at a closing "since" or "since then"', () => {
    expect(timeline('On 10 May 2012 the front opened. It has held the sector since then.', {})).toEqual([
      '2012-05-10 day «10 May 2012»',
      '2012-05-10 day «has held the sector since then»',
    ]);
    expect(timeline('On 10 May 2012 the front opened. More than 300 have been killed since.', {})).toEqual(['2012-05-10 day «10 May 2012»']);
    expect(timeline('On 8 March 2012 the plants were hit. The outages have lasted up to sixteen hours a day since then.', {})).toEqual([
      '2012-03-08 day «8 March 2012»',
      '2012-03-08 day «a day since then»',
    ]);
    expect(timeline('On 26 July 2012 the guard took power. The president has been held in his residence ever since, with his wife.', {})).toEqual([
      '2012-07-26 day «26 July 2012»',
      '2012-07-26 day «has been held in his residence ever since»',
    ]);
    // Who shares it and where, with no comma, still close the sentence.
    const noComma = 'On 26 July 2012 the guard took power. He refused to resign, and he has been held ever since with his wife in the residence.';
    expect(timeline(noComma, {})).toEqual(['2012-07-26 day «26 July 2012»', '2012-07-26 day «has been held ever since»']);
  });

  it('keeps a place on the front line since a date, told in an aside with no verb', () => {
    expect(timeline('Krasnohorivka is a small town on the edge of Donetsk, on the front line since 2014.', {})).toEqual(['2014 year «2014»']);
    expect(timeline('The town has seen 300 attacks on the front line since 2014.', {})).toEqual([]);
    expect(timeline('Orikhiv, a town of 14,000, has been within range of Russian artillery since March 2022.', {})).toEqual(['2022-03 month «March 2022»']);
  });

  it('keeps a "since" opening a second main clause whose state is told in the perfect, not one opening a count', () => {
    expect(timeline('Its people are Arab and Tuareg, and since 2012 it had been held by armed groups.')).toEqual(['2012 year «2012»']);
    expect(timeline('The town is small, and since March 2012 300 people have fled.')).toEqual([]);
    expect(timeline('The town is small, and since 2012 it has been visited by 3,000 tourists.')).toEqual([]);
    // What has been going on since, in the progressive, begins then too.
    const water = 'The two wells were blown up during the fighting, and since July 2025 the council has been bringing water in hired tankers.';
    expect(timeline(water)).toEqual(['2025-07 month «July 2025»']);
  });

  it('keeps "since February 2022, when …": the date of the happening the clause tells', () => {
    expect(timeline('The town has been under a blockade since February 2022, when rebels blew up the bridges.')).toEqual(['2022-02 month «February 2022»']);
    expect(timeline('The deaths of 70 residents since February 2022 were reported.')).toEqual([]);
  });
});

describe('an opening "From now on," in a story told in the present', () => {
  it('is its "from then on": a state from the day just told', () => {
    expect(timeline('On 3 March the town fell. From now on, the front line runs along the river.')).toEqual([
      '2012-03-03 day «3 March»',
      '2012-03-03 day «From now on»',
    ]);
    // Without its comma too, and hedged as the moment it follows is.
    expect(timeline('In late July the water ran out. From now on the line forms after dark.')).toEqual([
      '2012-07 month late «late July»',
      '2012-07 month late «From now on»',
    ]);
  });
  it('dates nothing when it looks ahead with a modal, or stands inside what someone says', () => {
    expect(timeline('On 3 March the town fell. From now on, visitors will need a permit.')).toEqual(['2012-03-03 day «3 March»']);
    expect(timeline('On 3 March the town fell. The army says that from now on it holds the line.')).toEqual(['2012-03-03 day «3 March»']);
  });
});

describe('ground held since a date, in a clause describing it with a named holder', () => {
  it('is background to what the sentence tells, unlike the holding told in its own clause', () => {
    expect(timeline('It lies along the ceasefire line with the part of the Golan Heights that Israel has occupied since 1967.', {})).toEqual([]);
    expect(timeline('The heights, which Israel has occupied since 1967, are quiet.', {})).toEqual([]);
    expect(timeline('Israel has occupied the Golan Heights since 1967.', {})).toEqual(['1967 year «1967»']);
    expect(timeline('The government wants Washington to press Israel, whose troops have held a strip of land since 1967, to withdraw.', {})).toEqual([]);
  });
});

describe('a retaking told in its own clause after "since"', () => {
  it('is the happening the date is, as "since the guard seized power" is', () => {
    expect(
      timeline('Pashinyan has been moving away from Moscow since Azerbaijan took back Nagorno-Karabakh in September 2023 while peacekeepers stood by.', {}),
    ).toEqual(['2023-09 month «September 2023»']);
    expect(timeline('The town has taken in thousands of displaced people since the violence grew in 2019.', {})).toEqual([]);
    // A total up to the "since" keeps even a clause telling a happening with its date a baseline, one counted in millions too.
    expect(timeline('More than two million people have been displaced since the violence began in 2015.', {})).toEqual([]);
    expect(timeline('The town had already taken in about 35,000 people from the villages since the violence reached the province in 2019.', {})).toEqual([]);
  });
});

describe('an opening "Since the war of August 2008"', () => {
  it('dates the state held since the happening it names with its date', () => {
    expect(timeline('Since the war of August 2008 the town has been garrisoned by Russian troops.', {})).toEqual(['2008-08 month «August 2008»']);
  });
});
