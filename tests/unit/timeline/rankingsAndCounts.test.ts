/** Sentences that rank or count what was told (the worst since, the third time, the third country to): no event, whatever date they name. */
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/timeline/extractTimeline.ts';
import { timeline } from './timelineOf.ts';

describe('a sentence ranking what was told is analysis, whatever date it names', () => {
  it('leaves out the ranking and keeps the anchor on the day told before it', () => {
    expect(
      timeline(
        'On 10 February, the siege began. The fighting on the first day was the heaviest in twenty years. The attack was the deadliest since March, when 20 died. The next day, rebels withdrew.',
      ),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-11 day «The next day»']);
    // Whoever's it was: "the army's only success", "its worst defeat".
    const only = "On 13 April, the column reached the base. The brief relief was the army's only success on the highway that year.";
    expect(timeline(only)).toEqual(['2012-04-13 day «13 April»']);
  });
  it('leaves out a ranking "among" the heaviest, whatever time its subject names', () => {
    const among = 'The fighting around the villages that spring was among the heaviest of the war, and the losses have never been published.';
    expect(timeline(`On 10 February, the siege began. ${among}`)).toEqual(['2012-02-10 day «10 February»']);
    // A time closing a superlative's noun phrase is where the ranking is measured; a count before it dates the sentence.
    const largest = 'On 17 October 2012, drones struck the city. Two weeks later, missiles hit it again during one of the largest attacks that autumn.';
    expect(timeline(largest)).toEqual(['2012-10-17 day «17 October 2012»', '2012-10-31 day «Two weeks later»']);
    const coldest = 'A fire broke out on 2 February. Power went off shortly before midnight, on one of the coldest nights of the winter.';
    expect(timeline(coldest)).toEqual(['2012-02-02 day «2 February»', '2012-02-02 day «before midnight»']);
    // "So far this year" closes it too.
    const sofar = 'Shelling hit the village on Monday. The decision followed the deadliest attack on the village so far this year.';
    expect(timeline(sofar, { published: '2025-06-11' })).toEqual(['2025-06-09 day «on Monday»']);
    // So is a post's "this year" closing an ordinal's noun phrase: the sentence's own day dates it.
    const first = 'The first large attack on the town this year came on 9 March, when gunmen ambushed a patrol.';
    expect(timeline(first, { published: '2025-10-16' })).toEqual(['2025-03-09 day «9 March»']);
    expect(timeline('The first attack on the town came on 9 March 2025.', {})).toEqual(['2025-03-09 day «9 March 2025»']);
    // A time that is a ranking's subject in the perfect names what is ranked.
    const spring = 'The port has been hit many times since the invasion began, and this spring has been one of the worst periods for the city.';
    expect(timeline(spring, { published: '2024-04-30' })).toEqual([]);
    // Or one ranked below the first.
    const second = 'It was the second-deadliest massacre of the war, after the killing of tribesmen in August 2011.';
    expect(timeline(`On 10 February, the siege began. ${second}`)).toEqual(['2012-02-10 day «10 February»']);
    // Or a ranking denied: "not the only".
    expect(
      timeline('Missiles hit the printing house on Thursday. It was not the only deadly attack on the city this week.', { published: '2024-05-26' }),
    ).toEqual(['2024-05-23 day «on Thursday»']);
  });
  it('leaves out what was told filed among a set, or counted among its like, whatever time the set is told in', () => {
    const series = 'The battle was one of a series of slow, costly Russian advances west of Donetsk that year.';
    expect(timeline(`On 10 February, the siege began. ${series}`)).toEqual(['2012-02-10 day «10 February»']);
    const several = 'It was one of several setbacks that slowed the advance that winter.';
    expect(timeline(`On 10 February, the siege began. ${several}`)).toEqual(['2012-02-10 day «10 February»']);
    const notFirst = 'It was not the first raid on the base this spring.';
    expect(timeline(`Jets hit the base on Thursday. ${notFirst}`, { published: '2025-04-04' })).toEqual(['2025-04-03 day «on Thursday»']);
    const third = 'It was at least the third incursion into the province this month.';
    expect(timeline(`Troops entered the village on Monday. ${third}`, { published: '2025-04-17' })).toEqual(['2025-04-14 day «on Monday»']);
    // Denied to be the first, a named subject is counted too; affirmed, it tells its own happening.
    const fires = 'The fires on Sunday were not the first attacks on schools in the commune this year.';
    expect(timeline(`Gunmen burned two schools on Sunday. ${fires}`, { published: '2025-10-15' })).toEqual(['2025-10-12 day «on Sunday»']);
    expect(timeline('The brigade was the first to enter the town on 5 May.')).toEqual(['2012-05-05 day «5 May»']);
    // A happening a news post names by its day points back as a pronoun does.
    const sundays = "Sunday's attack was the third on Sirgadji this year.";
    expect(timeline(`Gunmen attacked the village on Sunday. ${sundays}`, { published: '2025-07-10' })).toEqual(['2025-07-06 day «on Sunday»']);
    // Counted since a point, in the present too, with the counted things named at length.
    const sinceRains = "Saturday's attack is the third deadly one on traders travelling to the market since the start of the rainy season.";
    expect(timeline(`Gunmen attacked a convoy on Saturday. ${sinceRains}`, { published: '2025-11-12' })).toEqual(['2025-11-08 day «on Saturday»']);
  });
  it('keeps a main clause after a semicolon that opens with its own date, a count of times before it measuring from a baseline', () => {
    const second = 'It was the second time the plant has been hit since the start of the year; on 24 January, drones set fire to a unit there.';
    expect(timeline(second)).toEqual(['2012-01-24 day «24 January»']);
    expect(timeline('It was the second time the plant has been hit since the start of the year.')).toEqual([]);
  });
  it('keeps a main clause after a colon that opens with its own date, the ranking before it dating nothing', () => {
    const post = { published: '2025-10-30' };
    const colon = 'It was the second deadly clash at the site this year: in March, a dispute between miners left five people dead.';
    expect(timeline(colon, post)).toEqual(['2025-03 month «March»']);
    // Counted back from the post's day, or the first of the count with its day.
    const lastMay = 'It was the second derailment at the yard in less than a year: last May, a tank wagon left the tracks.';
    expect(timeline(lastMay, post)).toEqual(['2025-05 month «last May»']);
    const yearAgo = 'It was the second time the substation has been hit: a year ago, a drone attack left the town without power.';
    expect(timeline(yearAgo, post)).toEqual(['2024-10 month «a year ago»']);
    const theFirst = 'It was the second such flight this month: the first, on 6 October, brought back 87 men.';
    expect(timeline(theFirst, post)).toEqual(['2025-10-06 day «6 October»']);
    // A weekday's label and the count's "this year" before the colon are the ranking's, not the sentence's date.
    const label = "Monday's rockfall was the second in the district this year: in January a boulder came down on the road.";
    expect(timeline(label, post)).toEqual(['2025-01 month «January»']);
    // With no date after the colon, the count is still analysis.
    expect(timeline('It was the second deadly clash at the site this year: a dispute over a pit.', post)).toEqual([]);
  });
  it('reads a count of times, or a total after an opening "Since", up to a relative phrase as measuring from its baseline', () => {
    const opening = 'On 10 February, the siege began.';
    expect(timeline(`${opening} The driver has made the run more than 300 times since the start of the year.`)).toHaveLength(1);
    expect(timeline(`${opening} The oblast has been targeted on more than 30 nights since the start of the year.`)).toHaveLength(1);
    expect(timeline(`${opening} Border guards have detained 26 villagers along the line since the start of the year.`)).toHaveLength(1);
    expect(timeline(`${opening} Since the start of the year at least a dozen critics have been conscripted and sent to the front.`)).toHaveLength(1);
    // A phrase holding its own "since" ("Since then"), and things counted in the passive of their counting.
    expect(timeline(`${opening} Since then the village administration has counted more than 60 attacks.`)).toHaveLength(1);
    const slides = 'The storm hit on Saturday. The government says at least 14 landslides have been registered since the weekend.';
    expect(timeline(slides, { published: '2025-10-15' })).toHaveLength(1);
    // The counter named at length, and people counted in hundreds ("Several hundred families have arrived … since Monday").
    const herders = "Since the start of the year, the herders' association of the Tahoua region has counted at least 60 herders killed.";
    expect(timeline(`${opening} ${herders}`)).toHaveLength(1);
    const families = 'Gunmen attacked the camp on Monday. Several hundred families have arrived in the town since Monday.';
    expect(timeline(families, { published: '2025-09-25' })).toHaveLength(1);
    // A post's phrase holding its own "since", after a total in the perfect; a state kept up since it still dates.
    const post = { published: '2023-08-17' };
    expect(timeline('Residents said that hundreds of families had fled towards Timbuktu since the weekend.', post)).toEqual([]);
    expect(timeline('The Observatory said that at least 40 fighters had been killed on both sides since Friday.', post)).toEqual([]);
    expect(timeline('Shooting had continued since the weekend.', post)).toHaveLength(1);
    // Or a "since" clause with its own date; the report's own day dates the sentence.
    const arrived =
      'More than 4,000 families have arrived in Kaya, the capital of the region, since armed groups began attacking villages in the north of Sanmatenga province in late July, the agency said on Monday.';
    expect(timeline(arrived, post)).toEqual(['2023-08-14 day «on Monday»']);
    // Houses destroyed up to a post's weekday, told with its "since"; a state since it still begins then.
    const floods = 'Floodwaters have destroyed more than 3,000 houses in the region since Sunday, the directorate said on Monday.';
    expect(timeline(floods, post)).toEqual(['2023-08-14 day «on Monday»']);
    expect(timeline('The army has stepped up patrols since Sunday, the directorate said.', post)).toEqual(['2023-08-13 day «since Sunday»']);
    // A total up to the phrase: "the number of … killed", or a number killed in the perfect.
    expect(timeline(`${opening} The attack brought to more than 60 the number of soldiers killed since the start of the year.`)).toHaveLength(1);
    expect(timeline(`${opening} More than 60 soldiers had been killed in central Mali since the start of the year.`)).toHaveLength(1);
    expect(timeline(`${opening} "We share what we have," said a councillor who has taken in 23 relatives since the start of the year.`)).toHaveLength(1);
    // A count as the subject of a perfect, an aside between; the telling's day dates the sentence.
    const walked = 'Hundreds of families from the border villages have walked into Thiou, in the Nord region, since the weekend, officials said on Monday.';
    expect(timeline(walked, post)).toEqual(['2023-08-14 day «on Monday»']);
    // The counted people named at length, where they were taken.
    const detained = 'Russian and Ossetian forces have detained 21 Georgian citizens near the South Ossetian line since the start of the year.';
    expect(timeline(`${opening} ${detained}`)).toHaveLength(1);
    // The count in words.
    expect(timeline(`${opening} JNIM has attacked at least six towns in Tapoa since the start of the year.`)).toHaveLength(1);
    // A long place named after the verb, up to the "since".
    const bourasso =
      'More than 1,800 people have arrived in Bourasso, a rural commune on the road between Nouna and Dédougou in the Boucle du Mouhoun region, since the weekend, officials said on Monday.';
    expect(timeline(bourasso, post)).toEqual(['2023-08-14 day «on Monday»']);
    // Any past participle before the count.
    expect(timeline(`${opening} Its teams have removed more than 1,100 items from the farmland since the start of the year.`)).toHaveLength(1);
    // A tally someone keeps in the present, its number in words too.
    expect(timeline(`${opening} Analysts count at least nine attempts to cross the canal since the start of the year.`)).toHaveLength(1);
    expect(timeline(`${opening} The mission records more than 40 violations on this sector since the start of the year.`)).toHaveLength(1);
    // Troops flown in since then are a build-up begun then.
    expect(timeline(`${opening} Troops have been flown in since the start of the year.`)).toHaveLength(2);
  });
  it('keeps a sentence that tells its happening before ranking it', () => {
    expect(timeline('The bombing of the market on 5 March killed 50 people and was the deadliest of the siege.')).toEqual(['2012-03-05 day «5 March»']);
  });
  it('keeps a second main clause telling a dated happening of its own, and not a ranking measured by its own date', () => {
    const defeat = 'It was the heaviest defeat of the war, and it contributed to the acceptance of the ceasefire in April 2012.';
    expect(timeline(defeat)).toEqual(['2012-04 month «April 2012»']);
    expect(timeline('It was the deadliest attack since March 2012, and it prompted the army to withdraw.')).toEqual([]);
    expect(timeline('It was the deadliest attack of the siege, and it was claimed by the group on 5 March.')).toEqual(['2012-03-05 day «5 March»']);
  });
  it('keeps a past state bounded by the date that opens it, which ranks nothing', () => {
    expect(timeline('Until 2012 it was the only road crossing of the river.')).toEqual(['2012 year «2012»']);
  });
  it('keeps "the only" place held by someone since a happening it dates, the holding begun then', () => {
    const held = 'The upper gorge is the only part of the region that is still held by the army, since troops took it from a militia leader in July 2006.';
    expect(timeline(held, {})).toEqual(['2006-07 month «July 2006»']);
    expect(timeline('The gorge was the only part of the region to resist in July 2006.', {})).toEqual([]);
  });
  it('keeps a happening whose subject is merely compared in passing', () => {
    expect(timeline('On 12 February, the heaviest shelling of the siege hit the town.')).toEqual(['2012-02-12 day «12 February»']);
  });
});

describe('a count of times is analysis, whatever date it measures by', () => {
  it('leaves out "It is the second time this year that …" and keeps a happening that is the first of its kind', () => {
    expect(timeline('It was the third time since 2012 that the town changed hands.')).toEqual([]);
    expect(extractTimeline('It is the second time this year that the army has seized power.\n', { published: '2022-10-21' })).toEqual([]);
    expect(timeline('On 5 March, the army took the town for the first time.')).toEqual(['2012-03-05 day «5 March»']);
  });

  it('leaves out "It was the first of four resolutions … that year": the date bounds the set counted', () => {
    expect(timeline('On 30 April, the Council adopted a resolution. It was the first of four resolutions it would adopt that year.')).toEqual([
      '2012-04-30 day «30 April»',
    ]);
  });
});

describe('ranking the subject in the present among its like by when each came is analysis, whatever dates the others', () => {
  it('leaves out "… is the third country … to be taken over …, after Mali in August 2020", and keeps "was the first to enter"', () => {
    const context = { published: '2022-01-25' };
    const news = 'On Monday, soldiers detained the president.';
    expect(
      timeline(
        `${news} Burkina Faso is the third country in West Africa to be taken over by its soldiers in eighteen months, after Mali in August 2020 and Guinea last September.`,
        context,
      ),
    ).toEqual(['2022-01-24 day «On Monday»']);
    expect(timeline('On 5 May 2013, the brigade was the first to enter the town.', {})).toEqual(['2013-05-05 day «5 May 2013»']);
    // "the latest blow to relations" names what the blow fell on, no "to be" ranking: the relations' clause tells its date.
    const blow = 'The closure is the latest blow to relations that have been falling apart since December, when a jet crashed near Aktau.';
    expect(timeline(blow, { published: '2025-02-20' })).toEqual(['2024-12 month «December»']);
  });
});

describe('a present main clause ending a period named by how it began', () => {
  it('leaves the period’s beginning to the period: no event of that date', () => {
    const ends = 'The ruling ends a transition that began when the army made him head of state after his father was killed in April 2021.';
    expect(timeline(ends, { published: '2024-05-17' })).toEqual([]);
    expect(timeline('The transition began when the army made him head of state in April 2021.', {})).toEqual(['2021-04 month «April 2021»']);
  });
});

describe('a subject named by its making in a participle, its main verb in the present', () => {
  it('tells how the subject stands now: the making dates nothing, unlike one whose main verb tells a happening', () => {
    const context = { published: '2024-01-26' };
    const answers = 'The corps, set up after the death of its founder, Yevgeny Prigozhin, in August last year, answers directly to the ministry.';
    const landed = 'On Monday the first troops landed.';
    expect(timeline(`${landed} ${answers}`, context)).toEqual(['2024-01-22 day «On Monday»']);
    const took = 'The corps, set up after the death of its founder in August last year, took over the bases.';
    expect(timeline(`${landed} ${took}`, context)[1]).toBe('2023-08 month «August last year»');
    // So does what it "once" did, a place phrase before the closing comma.
    const once = 'The plant, built in 1931 on the eastern edge of the city, once turned out a tractor every few minutes.';
    expect(timeline(`${landed} ${once}`, context)).toEqual(['2024-01-22 day «On Monday»']);
    // And what it was made as or for, before the closing comma.
    const served = 'The hospital, built in 1972 as the central hospital of the former district, serves about 38,000 people.';
    expect(timeline(`${landed} ${served}`, context)).toEqual(['2024-01-22 day «On Monday»']);
    const kept = 'The sanatorium, built in 1972 for the trade unions, keeps 420 beds.';
    expect(timeline(`${landed} ${kept}`, context)).toEqual(['2024-01-22 day «On Monday»']);
  });
});

describe('a count of the people left in a place, dated or not', () => {
  it("is the place's size however it names who is counted, or with its source named before it", () => {
    expect(timeline('Before the invasion about 1,200 people lived here; in March 2025 fewer than forty are left.', {})).toEqual([]);
    expect(
      timeline("On 14 May the army withdrew. By the end of the month, about 500 of the village's 4,000 pre-war residents are still living there."),
    ).toEqual(['2012-05-14 day «14 May»']);
    expect(timeline('On 14 May the army withdrew. By then, the military administration says, about 2,000 people are still living in the town.')).toEqual([
      '2012-05-14 day «14 May»',
    ]);
    expect(timeline('On 14 May the army withdrew. By November, according to the mayor, fewer than 20,000 people are left in the town.')).toEqual([
      '2012-05-14 day «14 May»',
    ]);
    expect(timeline('On 14 May the army withdrew. By then, the mayor says, about 2,000 people had fled the town.')).toHaveLength(2);
    // So is the share of them gone.
    const half = "On 14 May the army withdrew. By the end of August, about half of the city's 100,000 pre-war residents have left, officials say.";
    expect(timeline(half)).toEqual(['2012-05-14 day «14 May»']);
    // None left, or a few dozen, is a count as well.
    const none = 'On 14 May the army withdrew. By the end of September, according to the district administration, no residents remained in the village.';
    expect(timeline(none)).toEqual(['2012-05-14 day «14 May»']);
    expect(timeline('On 14 May the army withdrew. By the spring only a few dozen residents remained.')).toEqual(['2012-05-14 day «14 May»']);
  });
});
