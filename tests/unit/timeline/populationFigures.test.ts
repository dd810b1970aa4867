/** Dates that only describe a place: population figures, their estimates and changes, who lived where, and where it lies. */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe("a count of a place's people at a date is no event", () => {
  it('skips the year of a population figure, and keeps a happening of the population', () => {
    expect(timeline('The census counted 1,004,000 inhabitants, and the population was estimated at 1,239,000 in 2011.', {})).toEqual([]);
    expect(timeline('The town had a population of about 32,000 in 2001.', {})).toEqual([]);
    expect(timeline("The council put the village's population at about 7,500 in the summer of 2025.", {})).toEqual([]);
    expect(timeline('Its population of 20,000 fled in March 2012.', {})).toEqual(['2012-03 month «March 2012»']);
  });

  it('skips a community counted by who its people were, the figure it numbered, or what the place was estimated at or to have', () => {
    expect(timeline('About 3,000 Jews lived in Monastyryska in 1941, among them refugees from western Poland.', {})).toEqual([]);
    expect(timeline('Of the roughly 3,000 Jews who had lived in Bolekhiv in 1939, fewer than fifty survived the war.', {})).toEqual([]);
    expect(timeline('By 1765 the community numbered 1,051 people, with a wooden synagogue.', {})).toEqual([]);
    expect(timeline("The town's population was estimated at about 6,000 at the end of 2025.", {})).toEqual([]);
    expect(timeline('The population is almost entirely Azerbaijani, and the city was estimated to have about 24,000 inhabitants in 2023.', {})).toEqual([]);
    expect(timeline('About 3,000 Jews were deported from the town in 1942.', {})).toEqual(['1942 year «1942»']);
  });

  it('skips how many were living on an island, or how many of its residents were still living there, at a date', () => {
    expect(timeline('According to the city council, about 20 people were living on the island in 2003, most of them fishermen.', {})).toEqual([]);
    expect(timeline('Fewer than 300 people lived in Kachkarivka at the end of 2024.', {})).toEqual([]);
    expect(timeline('Rebels attacked the village at the end of 2024.', {})).toEqual(['2024 year late «the end of 2024»']);
    expect(timeline('Fewer than 1,000 of its residents were still living in the village by 2019.', {})).toEqual([]);
    expect(timeline('About 20 people were evacuated from the island in 2003.', {})).toEqual(['2003 year «2003»']);
  });

  it("skips the count of an animal population and its change, and keeps the herd's happenings and a death toll", () => {
    const giraffes = 'The bush is home to the last herd of giraffes, which had fallen to 49 animals in 1996 and numbered more than 600 by 2019.';
    expect(timeline(giraffes, {})).toEqual([]);
    expect(timeline('The herd numbered more than 600 by 2019.', {})).toEqual([]);
    expect(timeline('The herd was moved to the reserve in 2019.', {})).toEqual(['2019 year «2019»']);
    expect(timeline('The death toll rose to 68 by 3 May 2012.', {})).toEqual(['2012-05-03 day «3 May 2012»']);
  });

  it('skips how the population went from a date, with no figure, and keeps its people fleeing', () => {
    expect(timeline('The population fell steadily after 1991, and the factories closed.', {})).toEqual([]);
    expect(timeline('The town was spared the fighting, and by 2015 its population had swollen with displaced people.', {})).toEqual([]);
    expect(timeline('After the exodus of September 2023 its population fell to a few thousand.', {})).toEqual(['2023-09 month «September 2023»']);
    expect(timeline('The population has grown since 2015.', {})).toEqual([]);
    expect(timeline('The population fled after 3 March 2012, when the shelling began.')).toEqual(['2012-03-03 day after «after 3 March 2012»']);
    // A figure the population reached, however far its verb stands, and a doubling by a date after a figure set between commas.
    const decades = 'In the 1960s and 1970s the farm grew seed potatoes';
    expect(timeline(`${decades}, and the population of the village reached about 1,900 in 1979.`, {})).toEqual([]);
    expect(timeline(`${decades}, and the village reached its largest population, about 3,000, in 1979.`, {})).toEqual([]);
    expect(timeline(`${decades}, and its population, about 11,000 in 1959, had more than doubled by 1979.`, {})).toEqual([]);
  });

  it('skips an estimate whose subject, the population, stands further back, before a clause telling how it grew', () => {
    const grew = 'The population grew during the early years of the war with the arrival of displaced people, and was estimated at about 300,000 in 2013.';
    expect(timeline(grew, {})).toEqual([]);
    expect(timeline('The population grew with the arrival of displaced people, and the army was estimated to have left by 2013.', {})).toEqual([
      '2013 year «2013»',
    ]);
  });

  it('skips an estimate told after its date with "it" for the population named earlier in the sentence', () => {
    expect(timeline('Its population grew with displaced people, and by 2020 it was estimated at over 150,000.', {})).toEqual([]);
    expect(timeline('The town was shelled, and by 2020 it was estimated at over 150,000.', {})).toEqual(['2020 year «2020»']);
  });

  it('skips an estimate of the population told after its date', () => {
    expect(timeline('By the middle of 2011 the council estimated that the population had exceeded 200,000, including displaced people.', {})).toEqual([]);
    expect(timeline("The city's population fell sharply during the war, and by 2019 the authorities put it at about 28,000.", {})).toEqual([]);
    expect(timeline('The town grew quickly; by 2020 the local authorities put its population at more than 60,000.', {})).toEqual([]);
    expect(timeline('In 2011 the city was estimated to have close to 120,000 inhabitants.', {})).toEqual([]);
    expect(timeline('It had about 7,100 inhabitants in 1989, almost all of them Azerbaijanis.', {})).toEqual([]);
    expect(timeline('Gagra, a resort town of about 26,000 inhabitants in 1989, lies at the foot of the range.', {})).toEqual([]);
    expect(timeline('On 7 May the town fell. By the count of officials it had fewer than 1,000 inhabitants by the end of the year.')).toEqual([
      '2012-05-07 day «7 May»',
    ]);
    expect(timeline('In 2011 the population fled the city.', {})).toEqual(['2011 year «2011»']);
  });

  it('skips a second count of the same people told by how it compares with the first', () => {
    const story = { infoboxDate: 'March – June 2014' };
    expect(timeline('The village had about 900 permanent residents, and many more in the summer.', story)).toEqual([]);
    expect(timeline('The resort had 3,000 inhabitants and far fewer during the winter, when the hotels closed.', story)).toEqual([]);
    expect(timeline('The village had about 900 residents, and the army took it in the summer.', story)).toEqual(['2014 year summer «summer»']);
  });

  it('skips a prison’s size told as the inmates it held, and keeps what befell them', () => {
    expect(timeline('In 2019 the jail held between 1,500 and 2,000 inmates, most of them from the region.', {})).toEqual([]);
    expect(timeline('By 2018 the old school housed some 900 detainees.', {})).toEqual([]);
    expect(timeline('In 2019, 300 inmates escaped from the jail.', {}).map((event) => event.split(' ')[0])).toEqual(['2019']);
    const took = 'The rebels took most of the city in the autumn of 2012, leaving the prison, which held about 4,000 inmates, in government hands.';
    expect(timeline(took, {})).toEqual(['2012 year autumn «autumn of 2012»']);
  });

  it('skips a figure told as what the place had, or as its population estimated at, and its elided second figure', () => {
    expect(timeline('In 1797 the village had 914 inhabitants, most of them peasants.', {})).toEqual([]);
    // Households counted are the place's size as its inhabitants are; so is a register that records them.
    expect(timeline('In 1803 it had 46 households and a water mill.', {})).toEqual([]);
    const lists = 'In the family lists of the Shusha uyezd compiled in 1886, Tsakuri is recorded with 58 households, all of them Armenian.';
    expect(timeline(lists, {})).toEqual([]);
    expect(timeline('In 1886 the lists recorded the flight of 58 households.', {})).toEqual(['1886 year «1886»']);
    // The place's entry in a year's registers is that year's event, as 14 golds of 15 read it; a register named by its year is a label,
    const register = 'In 1596 Namer appeared in the Ottoman tax registers as a village in the nahiya of Bani Malik, with 27 households.';
    expect(timeline(register, {})).toEqual(['1596 year «1596»']);
    expect(timeline('Flitah is first mentioned in 1596, in the Ottoman tax registers, as a village of 34 households.', {})).toHaveLength(1);
    expect(timeline('The village shrank, and it is listed in an Ottoman tax register of 1526 as a hamlet.', {})).toEqual([]);
    // Unless the place appears or is recorded in it, as nine golds of ten read it: its entry again.
    expect(timeline('Mhambel appears in the Ottoman tax registers of 1536 as a village of the nahiya.', {})).toEqual(['1536 year «1536»']);
    expect(timeline('In the Ottoman tax registers of 1596, the village appeared as a village of the nahiya.', {})).toHaveLength(1);
    expect(timeline('Kafr Batikh is recorded in an Ottoman tax register of 1536 as a village of 19 households.', {})).toHaveLength(1);
    expect(timeline('In 1990 the town had a population of 40,000.', {})).toEqual([]);
    expect(timeline('In 2011 the governorate had an estimated population of 90,000.', {})).toEqual([]);
    expect(timeline('The town’s estimated 9,000 residents fled in March 2011.', {})).toEqual(['2011-03 month «March 2011»']);
    expect(timeline('As of 2023, the population of the northern area was estimated at 2.9 million.', {})).toEqual([]);
    expect(timeline('In 2005 its population was 2,900, and in 2015 about 3,000.', {})).toEqual([]);
    expect(timeline('Mines closed, and the population fell from about 2.9 million in 1989 to 2.2 million in 2014.', {})).toEqual([]);
    // So does any count told going from one figure to another, its later figure's relative date too.
    expect(timeline('The number of passengers rose from about 9,000 in 2016 to 68,000 in 2019, the highest since 1991.', {})).toEqual([]);
    expect(timeline('The number of doctors fell from 54 in 2014 to 29 last year.', { published: '2026-02-18' })).toEqual([]);
    expect(timeline('They were taken to the camp, where the population rose above 70,000 by the end of March 2019.', {})).toEqual([]);
    expect(
      timeline('The population has fallen steadily since the early 1990s, from about 5.3 million in 1989 to an estimated 4.1 million in 2022.', {}),
    ).toEqual([]);
    // A share of the population is a figure of it too; a share of a vote is no count of people.
    expect(timeline('The Armenian share of the population fell from about 11 per cent in 1926 to under 2 per cent by 1979.', {})).toEqual([]);
    expect(timeline("The population's Russian share rose from 20% in 1959 to 30% in 1989.", {})).toEqual([]);
    expect(timeline('The party raised its share of the vote from 10 per cent in 2015 to 13 per cent in 2018.', {})).toEqual(['2015 year «2015»']);
    expect(timeline('The population of the city fled from the shelling in 2014.', {})).toEqual(['2014 year «2014»']);
    expect(timeline('In 2005 its population was 2,900, and in 2015 the town was captured.', {})).toEqual(['2015 year «2015»']);
    expect(timeline('In 2015 the army had 3,000 soldiers in the town.', {})).toEqual(['2015 year «2015»']);
  });

  it('skips how many people lived or stayed in a place at a date, and keeps their flight', () => {
    expect(
      timeline('Between 100,000 and 200,000 civilians were estimated to live in the enclave in 2014; by 2017 the UN estimated that 93,500 remained.', {}),
    ).toEqual([]);
    expect(timeline('Only a few thousand residents remained in Lyman by the end of 2024.', {})).toEqual([]);
    expect(timeline('The village was shelled regularly, and only a few dozen residents remained there by 2021.', {})).toEqual([]);
    expect(timeline('According to the UN, some 9,000 people are living in the town by the end of March 2025.', {})).toEqual([]);
    // The place left unsaid, named earlier in the sentence; their flight by a date stays a happening.
    expect(timeline("Of the city's pre-war population of 70,000, fewer than 500 civilians remained by May 2023.", {})).toEqual([]);
    expect(timeline('Most of the 70,000 residents fled by May 2023.', {})).toEqual(['2023-05 month «May 2023»']);
    // A count told against the figure before it, in the progressive; a happening of "many more" stays one.
    expect(timeline('The village had 2,000 inhabitants before the war, and many more were living there in 2011 after the floods.', {})).toEqual([]);
    expect(timeline('About 300 people were still living in the old town in 2013.', {})).toEqual([]);
    expect(timeline('Many more people were killed in 2011.', {})).toEqual(['2011 year «2011»']);
    expect(timeline('By 2015 the town had about 2,000 inhabitants, according to the local authorities.', {})).toEqual([]);
    // Whoever gives it, the subject set off by an appositive; not past a second clause telling a happening.
    const said = "In November 2024 the head of the oblast's military administration, Artem Lysohor, said that around 7,000 people remained there.";
    expect(timeline(said, {})).toEqual([]);
    expect(timeline('On 3 May 2011 the army shelled the town, and the mayor said that 2,000 people remained in the cellars.', {})).toEqual([
      '2011-05-03 day «3 May 2011»',
    ]);
    expect(timeline('By the autumn of 2023 about 1,600 civilians were estimated to remain in the city.', {})).toEqual([]);
    expect(timeline('By the autumn of 2023 about 1,600 civilians had fled the city.', {})).toEqual(['2023 year autumn «autumn of 2023»']);
    // Told right after its date as its people staying, or hedged twice ("only about").
    expect(timeline('The town was shelled daily, and by the spring of 2024 only about 3,000 residents remained.', {})).toEqual([]);
    expect(timeline('By the end of 2019, fewer than 800 people remained in the village.', {})).toEqual([]);
    expect(timeline('By the summer of 2016 less than 5,000 residents remained.', {})).toEqual([]);
    expect(timeline('By the end of 2016 fewer than ten residents were still living in the village.', {})).toEqual([]);
    // The displaced a place shelters at a date, living there or hosted: its people then.
    expect(timeline('By the start of 2016, more than 80,000 displaced people were living in and around the town.', {})).toEqual([]);
    expect(timeline('By early 2016 the region hosted more than 240,000 refugees, many of them in camps.', {})).toEqual([]);
    expect(timeline('By the end of 2016, the town of some 20,000 inhabitants was estimated to host more than 60,000 displaced people.', {})).toEqual([]);
    expect(timeline('By the end of 2016, more than 60,000 displaced people had fled the town.', {})).toHaveLength(1);
    // The count with its people left unsaid, a share of a place's population gone, and the count a witness tells us.
    expect(timeline('Of the 11,000 people who lived there before the war, officials estimate that fewer than 3,000 remained by the summer.', {})).toEqual([]);
    expect(
      timeline('Before the invasion about 900 people lived here; by the start of summer 2016 fewer than 120 remain, most of them pensioners.', {}),
    ).toEqual([]);
    expect(timeline('By 2016, according to the mayor, more than half of the pre-war population had left the city.', {})).toEqual([]);
    expect(timeline('On October 21, 2016 the head of the village tells us that 37 people are still living in the village.', {})).toEqual([]);
    expect(timeline('On October 21, 2016 the head of the village tells us that 37 people left in the night.', {})).toHaveLength(1);
    // Where a place's former people still live is its people's count, not a happening; how the people left lived is one.
    expect(timeline('The town fell on 26 June 2016. As of 2017, most of its former inhabitants were still living in Dori.', {})).toHaveLength(1);
    expect(timeline('By 6 February 2016 most of the remaining residents were living in basements.', {})).toHaveLength(1);
    // Reported to remain, before "by" a time counted from the day just told.
    expect(timeline('On 5 October 2016 the village fell. Fewer than ten residents were reported to remain by the end of the year.', {})).toHaveLength(1);
    expect(timeline('On 5 October 2016 the village fell. Fewer than ten residents remained by the end of the year.', {})).toHaveLength(1);
    expect(timeline('By mid-September 2025, fewer than 2,000 of them remain, most of them elderly.', {})).toEqual([]);
    expect(timeline('By the spring of 2024 fewer than a thousand people are left in the town.', {})).toEqual([]);
    expect(timeline('The town was shelled almost every day, and by December 2022 fewer than 2,000 of its 11,000 inhabitants remained.', {})).toEqual([]);
    // Before a time of the day just told too ("at that point").
    expect(timeline('A bomb hits the school on 29 May 2024. Fewer than 2,000 people are still living here at that point.', {})).toHaveLength(1);
    expect(timeline('Of the 1,200 families who lived in the valley before the war, fewer than 250 had returned by 2018.', {})).toEqual([]);
    expect(timeline("As of 2020, most of the town's former residents had not returned.", {})).toEqual([]);
    expect(timeline('About 250 families returned in 2018.', {})).toEqual(['2018 year «2018»']);
    expect(timeline('On 31 May 2024, the police said that only about 200 residents remained in the town.', {})).toEqual([]);
    expect(timeline('On 14 May the army withdrew. Two days later the mayor said that about 200 residents remained.')).toEqual(['2012-05-14 day «14 May»']);
    expect(timeline('In March 2021, the district council estimated that fewer than 900 people remained in the village.', {})).toEqual([]);
    expect(timeline('On 2 June 2021, the governor said that more than 4,000 residents remained in the city.', {})).toEqual([]);
    expect(timeline('By the spring of 2024 about 3,000 residents remained trapped under the rubble.', {})).toEqual(['2024 year spring «spring of 2024»']);
    // Told as still in the place, or left on a bank of it; children counted as its people too, not those still in hospital.
    expect(timeline('By the end of May 2022, the council says, about 80 people are left on the right bank.', {})).toEqual([]);
    expect(timeline('By the end of July 2025, the council says, 31 children are still in the village.', {})).toEqual([]);
    expect(timeline('By the end of July 2025, 31 children are still in hospital.', {})).toHaveLength(1);
    // A source that counts them, "still living" their state.
    expect(timeline('By the end of July 2025 the administration counts about 70 people still living in the village.', {})).toEqual([]);
    // The estimate's source between the date and the count.
    const council = 'By mid-February the local council estimated that fewer than 500 residents were still living in the town.';
    expect(timeline(`On 28 January the town fell. ${council}`)).toEqual(['2012-01-28 day «28 January»']);
    // People counted as living there again, after the estimate's date.
    const again = 'The council estimated at the end of the year that some 2,500 people were again living in the village.';
    expect(timeline(`On 28 January the town fell. ${again}`)).toEqual(['2012-01-28 day «28 January»']);
    // The source as a parenthesis of its own ("residents tell us,"), and a share of the people counted ("fewer than half of them").
    const tell = 'By the end of November, residents tell us, only 31 people remain in the village.';
    expect(timeline(`On 3 November the shelling resumed. ${tell}`)).toEqual(['2012-11-03 day «3 November»']);
    const half = 'At the 2019 census the town had 14,203 inhabitants; agencies estimated in 2024 that fewer than half of them still lived there.';
    expect(timeline(half, {})).toEqual([]);
    // A relative date before the figure: the figure's, no happening.
    const moved = 'Displaced families moved into the town in the following months, and by the end of the year its population was estimated at about 30,000.';
    expect(timeline(`The army arrived on 5 May 2017. ${moved}`, {})).toEqual(['2017-05-05 day «5 May 2017»']);
    // So is who counted those still living there.
    const counted = 'By the end of the year the hromada administration counted 31 residents still living in the village.';
    expect(timeline(`The army arrived on 5 May 2017. ${counted}`, {})).toEqual(['2017-05-05 day «5 May 2017»']);
    // A second main clause with the count leaves the first clause's happening told.
    // A post's year, no preposition before it.
    const lastYear = 'About 30 people still lived in Serebrianske last year, according to the village head.';
    expect(timeline(`On Tuesday police took out two residents. ${lastYear}`, { published: '2025-10-16' })).toEqual(['2025-10-14 day «On Tuesday»']);
    // The place named at length before the date.
    const south = 'Fewer than 300 residents were still living in the villages of the hromada south of the river at the start of August.';
    expect(timeline(`On 20 August police evacuated the village. ${south}`)).toEqual(['2012-08-20 day «20 August»']);
    const began = 'Residents began to return in the spring of 2017, and by the end of that year the council estimated that about 7,000 people';
    expect(timeline(`${began} were living in the town.`, {})).toEqual(['2017 year spring «spring of 2017»']);
    // The wounded kept in intensive care are no place's people: the saying is the day's news.
    const care = 'The Ministry of Health said this afternoon that two of them remained in intensive care but that their condition was stable.';
    expect(timeline(`The bus crashed on Monday. ${care}`, { published: '2024-08-14' })).toEqual([
      '2024-08-12 day «on Monday»',
      '2024-08-14 day «this afternoon»',
    ]);
  });

  it('skips who a place’s people were as of a date, and keeps a happening told with the same words', () => {
    const makeUp = 'As of 2020, most of the Kurdish residents had not returned, and the town was inhabited mainly by Arabs and Turkmen.';
    expect(timeline(makeUp, {})).toEqual([]);
    expect(timeline('As of 2024, the population consisted almost entirely of resettled families.', {})).toEqual([]);
    expect(timeline('On 3 May 2015 the army captured the town, which was inhabited mostly by Kurds.', {})).toEqual(['2015-05-03 day «3 May 2015»']);
  });

  it('skips how many of a place’s people stood in a register as of a date, and keeps a count of arrivals registered', () => {
    expect(timeline('As of 2019, some 600,000 people were registered as internally displaced from the region.', {})).toEqual([]);
    expect(timeline('As of 2019, officials had registered 6,500 arrivals from the region.', {})).toEqual(['2019 year «2019»']);
  });

  it('skips how many of a place’s people had come back by a date, and keeps a force that had returned', () => {
    expect(timeline("Very few of Jobar's residents had returned by 2020, most of the district having been levelled.", {})).toEqual([]);
    expect(timeline('Of the 1,200 families, fewer than 250 had returned by 2018, according to the church.', {})).toEqual([]);
    expect(timeline('Many of those who fled to Turkey had not returned by 2024.', {})).toEqual([]);
    expect(timeline('The army had returned by March 2018.', {})).toEqual(['2018-03 month «March 2018»']);
    // The date first, after "by", tells the return as the story's aftermath, whatever the tense: three golds read it so
    // (Séguénéga, Flitah, Bartiébougou), one (Mleiha) as the town's size.
    expect(timeline('By 2021, according to the local council, about 3,000 people had returned to the town.', {})).toEqual(['2021 year «2021»']);
    expect(timeline('By 2021, about 3,000 people have returned to the town.', {})).toEqual(['2021 year «2021»']);
  });
});

describe('where a place lies, with the past of a place it names', () => {
  it('dates nothing when all its dates stand in the clause describing that place, and keeps a happening told there', () => {
    const lies = 'Mourdiah lies about 200 kilometres south-east of Nara, where the army fought JNIM for months last year.';
    expect(timeline(lies, { published: '2025-11-12' })).toEqual([]);
    // Told with a date of its own before the clause, the sentence is that date's.
    const cut = 'On Sunday the road to Mourdiah, which lies south-east of Nara, was cut for the third time this year.';
    expect(timeline(cut, { published: '2025-11-12' })).toEqual(['2025-11-09 day «On Sunday»']);
  });
});

describe('a count of people left that someone said on a day', () => {
  it('is that day’s statement in a news post’s own days or told to the reporters, and the place’s size on a date written out', () => {
    const said = 'The army withdrew on Wednesday. The governor said yesterday that no civilians remain in the village.';
    expect(timeline(said, { published: '2025-10-16' }).map((line) => line.split(' ')[0])).toEqual(['2025-10-15', '2025-10-15']);
    const told = 'Volunteers told us on 27 October 2025 that only 30 residents remain in the village.';
    expect(timeline(told, {})).toEqual(['2025-10-27 day «27 October 2025»']);
    expect(timeline('The mayor said on 12 September 2025 that fewer than 1,500 residents remained in the city.', {})).toEqual([]);
    expect(timeline('The United Nations estimated in late 2015 that some 200,000 civilians remained in the districts.', {})).toEqual([]);
  });
});

describe('a count of inhabitants as a register recorded it, and a second figure before its own year', () => {
  it('dates nothing', () => {
    const calendar = 'The village belonged to the Jebrail uyezd, and the Caucasian Calendar recorded 412 inhabitants there in 1886.';
    expect(timeline(calendar, {})).toEqual([]);
    expect(timeline('Its population was 118 in 2005 and 96 in 2015, almost all of them Armenians.', {})).toEqual([]);
    expect(timeline('The Caucasian Calendar recorded 1,120 inhabitants in the village in 1886.', {})).toEqual([]);
    expect(timeline('The village had 1,043 inhabitants in the 1970 census and 588 in 1989.', {})).toEqual([]);
  });
});

describe('a place told to have none of its people', () => {
  it('is its size at that date, no happening, and a happening there keeps its date', () => {
    expect(timeline('As of 2025 the village had no permanent population, and most of its former residents lived in Armenia.', {})).toEqual([]);
    expect(timeline('Since September 2023 the village has had no Armenian inhabitants.', {})).toEqual([]);
    expect(timeline('Since September 2023 the village has had no school.', {})).toEqual(['2023-09 month «September 2023»']);
  });
});

describe('a place’s size in a "when" clause after a happening’s date', () => {
  it('gives the time of the happening told before the date, which keeps its date', () => {
    expect(timeline('Khobi was granted the status of a town in 1984, when it had about 6,000 inhabitants.', {})).toEqual(['1984 year «1984»']);
    expect(timeline('Russian officials first recorded Pambak in 1831, when it had 215 inhabitants.', {})).toEqual(['1831 year «1831»']);
    expect(timeline('The village was granted town status in 1960, when its population passed 10,000.', {})).toEqual(['1960 year «1960»']);
    expect(timeline('In 1984 the town had about 6,000 inhabitants.', {})).toEqual([]);
  });
});
