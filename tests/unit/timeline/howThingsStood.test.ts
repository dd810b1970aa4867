/** Dates that tell how things stood, not a happening: a unit's strength, what a thing was by a date, comparisons and measures. */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('how things stood at a date is no event', () => {
  const context = { infoboxDate: '1 - 30 August 2014' };
  const after28 = (sentence: string) => timeline(`On 28 August, the president spoke. ${sentence}`, context).slice(1);

  it("skips a unit's strength and its change, however hedged, and keeps what befell its ranks", () => {
    expect(timeline('The division formed militias, and its size was thought to have grown considerably after 2018.', {})).toEqual([]);
    expect(timeline('Its strength was estimated at 15,000 in 2011.', {})).toEqual([]);
    expect(timeline('The militia, which was estimated to number several hundred fighters by the summer of 2014, fortified the city.', {})).toEqual([]);
    expect(timeline('Its ranks were thinned by the assault on 3 May 2012.', {})).toEqual(['2012-05-03 day «3 May 2012»']);
    expect(timeline('UN monitors estimated its strength at between 2,000 and 3,000 fighters in 2023.', {})).toEqual([]);
    expect(timeline("Analysts put the group's numbers at 1,500 by 2020.", {})).toEqual([]);
    expect(timeline('The army estimated its losses at 300 in March 2012.', {})).toEqual(['2012-03 month «March 2012»']);
    expect(timeline('Its exact size is secret; in 2019 it was estimated at several thousand personnel.', {})).toEqual([]);
    expect(timeline('The bridge was finished in 2018; in 2019 it was estimated at $2 billion.', {})).toEqual(['2018 year «2018»']);
    expect(timeline('Its size is not public; estimates in 2025 put it at 2,000 to 2,500 men.', {})).toEqual([]);
    expect(timeline('Estimates in 2025 put its losses at 300 men.', {})).toEqual(['2025 year «2025»']);
    // The same figures told after their date: the estimator as the subject, or the unit named as the estimate's subject.
    expect(timeline("In October 2025 the outlet Verstka estimated the unit's strength at about 5,000, ten times its size at the end of 2024.", {})).toEqual([]);
    expect(timeline('In October 2025 the outlet estimated its losses at 300.', {})).toEqual(['2025-10 month «October 2025»']);
    // Its strength as the object of what the unit did is a happening: "rebuilt its strength in 2015".
    expect(timeline('The brigade rebuilt its strength in 2015 with new supplies of missiles.', {})).toEqual(['2015 year «2015»']);
    expect(timeline('By 2020 the group was estimated to have between 2,000 and 3,000 fighters, most of them near Ras al-Ayn.', {})).toEqual([]);
  });

  it("skips a side's strength as estimated at a time, a relative date's too, and keeps a count of the fallen", () => {
    expect(after28('By then, Ukrainian estimates put the number of Russian soldiers in the area at between 3,500 and 4,000.')).toEqual([]);
    expect(after28('In August 2014 estimates put the number of Russian soldiers in the area at 4,000.')).toEqual([]);
    expect(after28('Estimates put the number of Russian troops in the area at between 3,500 and 4,000 by 28 August.')).toEqual([]);
    expect(after28('The next day the ministry put the number of soldiers killed at 25.')).toEqual(['2014-08-29 day «The next day»']);
    expect(after28('The next day the ministry put the number of dead soldiers at 25.')).toEqual(['2014-08-29 day «The next day»']);
    // The force as the estimate's subject, after a relative date or a written one.
    expect(after28('The rebels had lost their supply road, and by the end of the month their garrison was thought to number a few hundred men.')).toEqual([]);
    expect(after28("On 30 August the town's garrison was estimated at about 400 fighters.")).toEqual([]);
    expect(after28('By October the garrison at Mahin was reported to number fewer than 400 soldiers and militiamen.')).toEqual([]);
    expect(after28('By early 2014 it was held by about 60 soldiers and some 80 volunteers, according to local sources.')).toEqual([]);
    expect(after28('On 30 August the post was held by the army.')).toEqual(['2014-08-30 day «30 August»']);
    expect(after28('By the end of the month its losses were estimated at 300 men.')).toEqual(['2014-08 month late «the end of the month»']);
    // A unit's growth, told by whoever gave it, at the time just told or at a date of its own; a town's growth is no unit's.
    expect(after28("The unit's commanders said at the time that it had grown to the size of a regiment.")).toEqual([]);
    expect(timeline('Analysts say that the army, which grew from about 7,000 to 12,000 men between 2010 and 2012, is stretched.', {})).toEqual([]);
    expect(after28('According to the institute, Russia had by then concentrated more than 20 battalion tactical groups around the city.')).toEqual([]);
    expect(after28('In August 2014 its commanders said that the brigade had grown to 3,000 fighters.')).toEqual([]);
    expect(after28('Officials said at the time that it had withdrawn.')).toEqual(['2014-08-28 day «at the time»']);
  });

  it('skips how many men a unit numbered or claimed at a time, or an estimated force held, and keeps what such a force did', () => {
    expect(after28('By the end of the year it claimed some 600 fighters, many of them deserters.')).toEqual([]);
    expect(after28('By 2015 it numbered several hundred men.')).toEqual([]);
    // Or had, of men or machines; not men it had killed.
    expect(after28('By the end of the year the brigade had about 1,500 soldiers, most of them on contracts.')).toEqual([]);
    expect(after28('By 2013 the brigade had some 45 MiG-29s on strength.')).toEqual([]);
    expect(after28('By the end of the year the centre had about 500 personnel, according to Russian military bloggers.')).toEqual([]);
    // Estimated, after a relative date as after a written one.
    expect(after28('By the end of the year the group was thought to have several hundred fighters, many of them local.')).toEqual([]);
    expect(after28('By the end of that year it was reported to have fewer than 500 men, most of them Syrians.')).toEqual([]);
    // People counted as living in a place are its population then, displaced or not.
    expect(timeline('In 2010 the ministry counted some 6,400 displaced people living in 19 collective centres in the town.', {})).toEqual([]);
    expect(timeline('In 2010 the ministry counted some 6,400 displaced people.', {})).toEqual(['2010 year «2010»']);
    expect(after28('By the end of the month the brigade had 20 men killed.')).toHaveLength(1);
    expect(after28('The group was weakened, and its strength was estimated at no more than 3,000 by the end of the year.')).toEqual([]);
    expect(after28('By early September, an estimated 2,000 soldiers and militiamen held that line.')).toEqual([]);
    expect(after28('By the end of the month, the government estimated that some 250 enemy soldiers were on its soil.')).toEqual([]);
    // What an estimated force did is a happening.
    expect(after28('On 3 September, an estimated 2,000 soldiers attacked the line.')).toEqual(['2014-09-03 day «3 September»']);
    expect(after28('By the end of the month it claimed the town.')).toEqual(['2014-08 month late «the end of the month»']);
    expect(timeline('In an interview in 2021, the commander said that the group had about 2,500 men.', {})).toEqual([]);
  });

  it('skips what a unit is made of as of a date, and keeps what it was given or lost', () => {
    expect(timeline('As of 2025 the brigade consists of the following units:', {})).toEqual([]);
    expect(timeline('As of 2025 the division consisted of the following units:', {})).toEqual([]);
    expect(timeline('As of 2022, the brigade consisted of three motor rifle battalions and a tank battalion.', {})).toEqual([]);
    expect(timeline("As of 2025, the brigade's structure is as follows:", {})).toEqual([]);
    // Only "as of", the day things stood; what it was given or lost then is a happening.
    expect(timeline('In 2015 the brigade received a third battalion.', {})).toEqual(['2015 year «2015»']);
    expect(timeline('As of 2025, the brigade had lost two of its battalions.', {})).toEqual(['2025 year «2025»']);
  });

  it("skips a place's workforce or throughput in a year, and keeps what befell its workers or its cargo", () => {
    expect(timeline('In 2021 the plant employed about 2,000 people, and it remained the largest employer in the town.', {})).toEqual([]);
    expect(timeline('In 2022 it handled more than four times as much cargo as in the last year before the war.', {})).toEqual([]);
    expect(timeline('In 2019 the airport handled more than 15 million passengers.', {})).toEqual([]);
    expect(timeline('In 2021 the port handled 9 million tonnes of grain.', {})).toEqual([]);
    expect(timeline('In 2021 the plant laid off about 2,000 people.', {})).toEqual(['2021 year «2021»']);
  });

  it('skips the other side of an "as many as" or "as much … as", and keeps a count of "as many as" killed', () => {
    const told = 'In an interview in 2021, the commander said that the group had about 2,500 men, half as many as in 2015.';
    expect(timeline(told, {})).toEqual([]);
    expect(timeline('In 2022 the port took in twice as much grain as in the last year before the war.', {})).toEqual(['2022 year «2022»']);
    expect(timeline('As many as 300 people were killed in 2015.', {})).toEqual(['2015 year «2015»']);
  });

  it('skips how many residents an estimate of a time put in a place, and keeps a count of those killed or evacuated', () => {
    const context = { infoboxDate: '1 March - 30 June 2016' };
    expect(timeline('Figures given by the mayor in May put the number of remaining residents at fewer than 300.', context)).toEqual([]);
    expect(timeline('Aid workers put the number of people still living in the village at about 40 by June.', context)).toEqual([]);
    expect(timeline('Estimates in April 2016 placed the number of inhabitants at under 1,000.', context)).toEqual([]);
    expect(timeline('Officials in May put the number of civilians killed in the village at 40.', context)).toEqual(['2016-05 month «May»']);
    expect(timeline('Officials in May put the number of people evacuated at 2,000.', context)).toEqual(['2016-05 month «May»']);
    expect(timeline('Officials in May put the number of residents who had fled the village at 2,000.', context)).toEqual(['2016-05 month «May»']);
  });

  it('skips the date of a clause describing what a copula ranks its subject by, and keeps a happening under it', () => {
    const context = { infoboxDate: '1 March - 30 September 2016' };
    expect(timeline('The election was the first under the charter that the council adopted in March 2016.', context)).toEqual([]);
    expect(timeline('The election was held under the charter that the council adopted in March 2016.', context)).toEqual(['2016-03 month «March 2016»']);
  });

  it('skips the date of a "which" clause on what a copula says its subject was, and keeps a change of state or a happening', () => {
    const context = { infoboxDate: '1 March - 30 September 2016' };
    const base = 'In the war, Goris was the main base for the supply of the army through the corridor, which Armenian forces opened in May 2016.';
    expect(timeline(base, context)).toEqual([]);
    const reason = 'The official reason was the restoration of sovereignty over Karabakh, which its army had retaken in a one-day offensive in September.';
    expect(timeline(reason, context)).toEqual([]);
    expect(timeline('The camp later became a base of the UN mission, which handed it over to the army in October 2023.', context)).toEqual([
      '2023-10 month «October 2023»',
    ]);
    expect(timeline('Goris was shelled through the corridor, which Armenian forces opened in May 2016.', context)).toEqual(['2016-05 month «May 2016»']);
  });

  it('skips how many of a side were estimated to remain at a time, and keeps those who remained missing', () => {
    const context = { infoboxDate: '1 March - 30 September 2016' };
    expect(timeline('By the summer of 2016 the army estimated that between 1,000 and 1,500 rebel fighters remained in the enclave.', context)).toEqual([]);
    expect(timeline('In May 2016 officials said that about 300 militants still remained in the old town.', context)).toEqual([]);
    expect(timeline('On 3 May 2016 the army said that 40 soldiers remained missing after the ambush.', context)).toEqual(['2016-05-03 day «3 May 2016»']);
    expect(timeline('On 3 May 2016 the last 300 fighters left the enclave.', context)).toEqual(['2016-05-03 day «3 May 2016»']);
    // The same count told before its date, a relative one too, and a hedged month of residents still living there.
    const late = 'On 3 May 2016 the army attacked. Commanders estimated that about 60 soldiers remained in the town at the end of the month.';
    expect(timeline(late, context)).toEqual(['2016-05-03 day «3 May 2016»']);
    expect(timeline('About 700 civilians were still living in the city in mid-May 2016, most of them elderly.', context)).toEqual([]);
    expect(timeline('Officials said that 60 soldiers were killed at the end of May 2016.', context)).toEqual(['2016-05 month late «the end of May 2016»']);
  });

  it('skips the examples of what a subject is held responsible for, told in the present, and keeps a clause of its own', () => {
    expect(
      timeline(
        'The group is responsible for some of the deadliest attacks of the conflict, including the Tongo Tongo ambush in 2017, in which four soldiers were killed, and the attacks at Inates and Chinagodrar in 2019 and 2020.',
        {},
      ),
    ).toEqual([]);
    expect(timeline('The group was responsible for the attack on Inates on 10 December 2019.', {})).toEqual(['2019-12-10 day «10 December 2019»']);
    expect(timeline('The group is responsible for the region, and it attacked Inates on 10 December 2019.', {})).toEqual(['2019-12-10 day «10 December 2019»']);
  });

  it('skips what a place has depended on since a date, told in an opening "Since", and keeps a happening begun then', () => {
    expect(timeline('Since 2020 the economy of the city has depended on reconstruction and tourism.', {})).toEqual([]);
    expect(timeline('Since 2018 trade with the other areas has revived the markets of the city.', {})).toEqual(['2018 year «2018»']);
  });

  it('skips what a place has been home to since a date, unless a foreign force', () => {
    expect(timeline('Since 2014, Dilijan has been home to a branch of the Central Bank of Armenia.', {})).toEqual([]);
    expect(timeline('Since 2015, the town has been home to the main Russian air base.', {})).toEqual(['2015 year «2015»']);
  });

  it('skips where a place has lain since a date, the front line, by a season or "since then" too', () => {
    expect(timeline('Since the autumn of 2023 the village has been on the front line again.', {})).toEqual([]);
    expect(timeline('Since the summer of 2022 the river has been the front line here.', {})).toEqual([]);
    expect(timeline('On 11 November 2022 the army withdrew. Since then the village has been on the front line.', {})).toHaveLength(1);
    // A happening begun then stays one.
    expect(timeline('Since the autumn of 2023 the village has been shelled almost every day.', {})).toEqual(['2023 year autumn «autumn of 2023»']);
  });

  it('skips the administrative unit or listing a place has been part of since a date, and keeps a coalition formed then', () => {
    expect(timeline('Since 2017 it has been part of the enlarged community of Berd.', {})).toEqual([]);
    expect(timeline('The theatre has been part of a UNESCO World Heritage Site since 1980.', {})).toEqual([]);
    // Its centre, as the part it is of.
    expect(timeline('Since 2016 the town has been the centre of Korets urban hromada.', {})).toEqual([]);
    const formed = 'The group has been part of the coalition since that coalition was formed in March 2017.';
    expect(timeline(formed, {})).toEqual(['2017-03 month «March 2017»']);
  });

  it('skips a count of people left told after the date of its estimating verb, unless it reports more', () => {
    expect(timeline('The United Nations estimated in late 2015 that some 200,000 civilians remained in the districts.', {})).toEqual([]);
    const more = 'The mayor said in October 2024 that about 1,150 people remained, and that the town had been without water since the summer.';
    expect(timeline(more, {})).toEqual(['2024-10 month «October 2024»']);
    expect(timeline('The bakery reopened on 4 May. The UN says the same week that some 14,000 people are now living in the town.')).toEqual([
      '2012-05-04 day «4 May»',
    ]);
  });

  it('counts what follows from the date of a count of people left: stated, though no event', () => {
    const count = 'The mayor said on 12 September that fewer than 1,500 civilians remained.';
    const later = 'Later that month the pipeline was blocked.';
    expect(timeline(`The army withdrew on 20 August. ${count} ${later}`)).toEqual(['2012-08-20 day «20 August»', '2012-09 month «Later that month»']);
    expect(timeline(`The army withdrew on 20 August. On 12 September 2012 the mayor said that 1,500 civilians remained. ${later}`)).toEqual([
      '2012-08-20 day «20 August»',
      '2012-09 month «Later that month»',
    ]);
  });

  it('skips how a thing stood by a date, told in its "which" clause with a copula, and keeps what befell it', () => {
    expect(timeline('Whoever holds it can see the road to Bakhmut, which by June was the only road left into the city.')).toEqual([]);
    expect(timeline('Many buildings were still in ruins in 2023.', {})).toEqual([]);
    expect(timeline('It was the largest plant of the company, and the last still in operation in 2024.', {})).toEqual([]);
    expect(timeline('The town was still held by rebels in 2014.', {})).toEqual(['2014 year «2014»']);
    expect(timeline('Whoever holds it can see the road to Bakhmut, which by June was taken by Russian troops.')).toEqual(['2012-06 month «June»']);
    expect(timeline('By 2015 the town had lost about 2,000 inhabitants to the fighting.', {})).toEqual(['2015 year «2015»']);
    expect(timeline('About 20,000 residents fled the town in March 2012.', {})).toEqual(['2012-03 month «March 2012»']);
  });

  it('skips a likeness drawn with earlier happenings, whose dates are theirs, and keeps a road or a pattern followed on a day', () => {
    expect(timeline('The scale of the attack, with several hundred fighters, matched the pattern of raids on army camps in 2019 and 2020.', {})).toEqual([]);
    expect(timeline('The assault resembled the attack on the base in March 2019, when dozens of soldiers died.', {})).toEqual([]);
    expect(timeline('The ruling party can now pass laws, and its critics say the country is following the path that Belarus took after 2020.', {})).toEqual([]);
    expect(timeline('On 5 March, the rebels followed the road to the town.')).toEqual(['2012-03-05 day «5 March»']);
    expect(timeline('The rebels followed the pattern and took the town on 5 March.')).toEqual(['2012-03-05 day «5 March»']);
  });

  it('skips what a place already was before a date, and keeps a happening before it', () => {
    expect(timeline('Dori was already overcrowded before this week.', { published: '2022-06-15' })).toEqual([]);
    expect(timeline('The camps were already full before 5 March.')).toEqual([]);
    expect(timeline('The garrison had already left before 5 March.')).toEqual(['2012-03-05 day before «before 5 March»']);
    expect(timeline('The garrison left the town before 5 March.')).toEqual(['2012-03-05 day before «before 5 March»']);
  });

  it('skips what a place was from a date on as a seat of government, and keeps the status held between two dates', () => {
    expect(timeline("Bosra was the province's capital from 106 AD.", {})).toEqual([]);
    expect(timeline('The city was the capital of the republic from 1919 to 1934.', {})).toEqual(['1919 year → 1934 «1919 to 1934»']);
    // What it was up to a date, from an opening "Until", describes it too; what was done until then stays a state's bound.
    expect(timeline('Until 2020 it was the administrative centre of the raion, which was merged into a larger one.', {})).toEqual([]);
    expect(timeline('Until 2020 it was the centre of its own district.', {})).toEqual([]);
    // The seat of a village council is one too.
    expect(timeline('Until 2020 it was the centre of its own village council.', {})).toEqual([]);
    expect(timeline('Until 18 July 2020, Rohatyn was the administrative centre of Rohatyn Raion.', {})).toEqual([]);
    expect(timeline('Until 18 July 2020, Ovruch served as the administrative centre of Ovruch Raion.', {})).toEqual([]);
    expect(timeline('Until 2020 the army held the town.', {})).toEqual(['2020 year «2020»']);
    // So do who lived there, what it was part of and where it lay; "Until 1983, when …" tells what ended it.
    expect(timeline('Until 2020 the village had an ethnic Armenian population and was part of the Hadrut Province.', {})).toEqual([]);
    expect(timeline('Until 2011 it was a village of the Khelvachauri Municipality, and it has since been part of Batumi.', {})).toEqual([]);
    expect(timeline('Until 2024 the village lay well behind the front line.', {})).toEqual([]);
    expect(timeline('Until 1983, when a pipeline reached it, the village depended on cisterns.', {})).toEqual(['1983 year «1983»']);
  });

  it('skips the start of a part of a state told to last "for the next" years, and keeps a happening told in it', () => {
    const sheltered = 'For the next eight years the town was held by the YPG and, from 2018, also sheltered thousands of displaced Kurds.';
    expect(timeline(sheltered, {})).toEqual([]);
    expect(timeline('For the next 27 years the republic was run by Talibov, who chaired the assembly from 1995.', {})).toEqual([]);
    expect(timeline('For the next eight years the town was held by the YPG, which lost it on 9 October 2019.', {})).toEqual([
      '2019-10-09 day «9 October 2019»',
    ]);
    expect(timeline('Talibov chaired the assembly from 1995.', {})).toEqual(['1995 year «1995»']);
  });

  it('skips an output measured as a rate, whose "a day" counts no days, and keeps "a day later" after a date', () => {
    const post = { published: '2025-11-20' };
    expect(timeline('On Sunday a committee met. The fields produced about 40,000 barrels a day earlier this year.', post)).toEqual([
      '2025-11-16 day «On Sunday»',
    ]);
    expect(timeline('The plant generated 2,000 megawatts a day in 2021.', {})).toEqual([]);
    expect(timeline('On 5 May the town fell. A day later, the army left.')[1]).toBe('2012-05-06 day «A day later»');
  });

  it('skips a time counted back that a thing is compared with, and keeps a happening of that time', () => {
    const post = { published: '2025-07-20' };
    const trucks = 'The tanker trucks charge up to 60,000 pounds per cubic metre, three times what they asked a year ago.';
    expect(timeline(trucks, post)).toEqual([]);
    expect(timeline('Bread now costs twice what it cost in March.', post)).toEqual([]);
    expect(timeline('Prices in the market are higher than a year ago.', post)).toEqual([]);
    // A share more than then is a comparison too, not "more than a week ago", a hedged count of time.
    expect(timeline('Maize from Ghana already costs a third more than a week ago, traders say.', post)).toEqual([]);
    expect(timeline('The raid came more than a week ago.', post)).toEqual(['2025-07-13 day around «a week ago»']);
    // So is a multiple of its price then.
    expect(timeline('Rice now costs 750 francs, residents say, more than twice its price a year ago.', post)).toEqual([]);
    expect(after28('The price of fuel rose by a third compared with a week earlier.')).toEqual([]);
    // A happening of that time, and a hedged count of time, are no comparison.
    expect(timeline('The trucks doubled their prices a year ago.', post)).toEqual(['2024-07 month «a year ago»']);
    expect(after28('A week earlier, the price of fuel rose by a third.')).toEqual(['2014-08-21 day «A week earlier»']);
  });

  it('skips the time of a figure set against another, and keeps a happening told with its figure', () => {
    const census = 'The population has fallen since the war: the 2014 census recorded 412 inhabitants, against 1,068 in 2002.';
    expect(timeline(census, {})).toEqual([]);
    expect(timeline('Exports reached 3 million tonnes, up from 1.2 million in 2019.', {})).toEqual([]);
    expect(after28('Losses rose to 40, against 12 in March.')).toEqual([]);
    expect(after28('The army turned against the rebels in March.')).toEqual(['2014-03 month «March»']);
  });

  it('skips a time counted back or a post\'s year that a figure or a "than it did" is set against', () => {
    const post = { published: '2025-11-18' };
    const arrived = 'On Monday the boats arrived.';
    const monday = '2025-11-17 day «On Monday»';
    const rice = 'A 50-kilogram sack of rice sold for 32,500 CFA francs, against 21,000 at the start of the year.';
    expect(timeline(`${arrived} ${rice}`, post)).toEqual([monday]);
    expect(timeline(`${arrived} About 1,900 residents were counted, against more than 9,000 a year earlier.`, post)).toEqual([monday]);
    expect(timeline('Fishermen told us that the water had begun to drop earlier than it did last year.', post)).toEqual([]);
    expect(timeline(`${arrived} About 300 were counted, compared with more than 1,500 a year earlier.`, post)).toEqual([monday]);
    expect(timeline('The water began to drop earlier than it did in 2023.', post)).toEqual([]);
    // The "than" of a hedged count, and a figure that is the happening's, stay dated.
    expect(timeline('The town has been shelled for more than a year.', post)).toEqual([]);
    expect(timeline('Prices rose by 9,000 francs last year.', post)).toEqual(['2024 year «last year»']);
  });
});
