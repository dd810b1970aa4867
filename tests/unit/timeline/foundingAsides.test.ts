/**
 * A named thing's making told beside the story: an appositive or an aside telling when something was
 * formed, a participle with its agent, the making of what the subject became part of. When the aside
 * dates its sentence and when it is only the thing's past. One sentence each, on plain prose.
 */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('a named thing’s making told beside the story', () => {
  it('dates a sentence by its main clause over an appositive telling a named thing’s making', () => {
    expect(timeline('On 13 July 2012, the minister announced a force for the G5 Sahel, a framework founded in February 2012.', {})).toEqual([
      '2012-07-13 day «13 July 2012»',
    ]);
    // Or the finding of a thing: the topaz's past, the main clause's year the sentence's.
    const topaz = 'Its best-known exhibit, a topaz of almost 20 kilograms found in 2009, spent most of 2012 in a bank vault.';
    expect(timeline(topaz, {})).toEqual(['2012 year «2012»']);
  });

  it('reads "opened in" as an aside only when the subject\'s own verb follows it', () => {
    expect(timeline('Sheikh Najjar, opened in 2004 on some 4,400 hectares, was the largest industrial zone in Syria.', {})).toEqual([]);
    expect(timeline("Kharkiv's metro, the second in Ukraine, opened on 23 August 1975.", {})).toEqual(['1975-08-23 day «23 August 1975»']);
    // A post's "last year", and a present verb of holding after it.
    const camp = 'The camp for displaced families on the edge of Kantchari, opened last year, already holds more than 8,000 people.';
    expect(timeline(camp, { published: '2025-10-16' })).toEqual([]);
  });

  it('dates a clause by the statement it was made in, unlike a thing the sentence only describes', () => {
    expect(timeline('The army acknowledged 77 deaths in a statement issued in July 2013.', {})).toEqual(['2013-07 month «July 2013»']);
    expect(timeline('The rebels fought with the rifles issued in 2011.')).toEqual([]);
  });

  it('dates a clause by the meeting it was done at, held on a day outside the story’s span or not', () => {
    const story = { infoboxDate: '2 May 2019' };
    expect(timeline('At an emergency meeting held by telephone on 14 April, the council asked for a truce.', story)).toEqual(['2019-04-14 day «14 April»']);
    expect(timeline('At a summit held on 20 April 2019, the leaders agreed on a plan.', story)).toEqual(['2019-04-20 day «20 April 2019»']);
    expect(timeline('In a referendum held on 6 December 2019, voters approved amendments.', story)).toEqual(['2019-12-06 day «6 December 2019»']);
    expect(timeline('The rebels hid in a school held by the army on 3 April 2019.', story)).toEqual([]);
  });

  it('dates a sentence by its main clause over an appositive telling when a unit was formed and from whom', () => {
    expect(timeline('On 2 August, the siege began. The garrison, a regiment formed in 2009 mostly from local recruits, left the town in the spring.')).toEqual([
      '2012-08-02 day «2 August»',
      '2012 year spring «spring»',
    ]);
    expect(timeline('On 13 July 2012, the command moved the 5th Brigade, a unit raised in 2010, to the front.', {})).toEqual(['2012-07-13 day «13 July 2012»']);
  });

  it('reads a participle with its agent as describing its noun: before the story it dates nothing, within it the sentence', () => {
    expect(timeline('It was the last phase of the campaign launched by the rebels in November 2011.')).toEqual([]);
    expect(timeline('The town fell to the offensive launched by the rebels on 12 March.')).toEqual(['2012-03-12 day «12 March»']);
  });

  it('dates nothing by an aside telling when a thing was formed, before the story or within it (the past of a named thing)', () => {
    const aside = 'The council, formed by the rebels in April 2017, took over the administration of the city after the battle.';
    expect(timeline(aside, { infoboxDate: '6 June – 17 October 2017' })).toEqual([]);
    expect(timeline(aside, { infoboxDate: '6 March – 17 October 2017' })).toEqual([]);
    // With what it was made for, the aside is still the thing's past: the main clause's date dates the sentence.
    const madeFor = 'The institute, founded by the government in 1973 to collect the manuscripts, moved into a new building financed by donors in 2009.';
    expect(timeline(madeFor, {})).toEqual(['2009 year «2009»']);
    // And with what it was first made as.
    const madeAs = 'Grozny, founded as a Russian fortress in 1818, was an oil-refining centre of about 400,000 people.';
    expect(timeline(`The war began in 1994. ${madeAs}`, {})).toEqual(['1994 year «1994»']);
  });

  it('dates nothing by an opening on a thing’s making before a main clause that describes the thing, named', () => {
    const story = { infoboxDate: '2024' };
    expect(timeline('The war began in 2022. Opened in 2006, the Russian House ran language courses.', story)).toEqual(['2022 year «2022»']);
    const built = 'Built for about $110 million and opened in 2019, the base in the desert was the hub for surveillance drones.';
    expect(timeline(`The war began in 2022. ${built}`, story)).toEqual(['2022 year «2022»']);
    // What befell it, or the article's own subject as "it", is its story.
    expect(timeline('The war began in 2022. Formed in late 2013 from a merger of brigades, the group became the largest.', story)).toEqual([
      '2022 year «2022»',
      '2013 year late «late 2013»',
    ]);
    expect(timeline('The war began in 2022. Built between 1977 and 1985, it was 1,366 m long.', story)[1]).toMatch(/^1977 year → 1985/);
  });

  it('dates nothing by an honour a unit kept, told with when and what for it was awarded', () => {
    const title = 'The brigade was formed in 2009. It kept its barracks and its honorary title of "Mozyr", awarded for the crossing of the Pripyat in 1944.';
    expect(timeline(title, { infoboxDate: '1940 – 2024' })).toEqual(['2009 year «2009»']);
    // A brigade made into a unit, told in the passive, is what befell it: the aside closing it dates the sentence.
    expect(timeline('The volunteers were organised into a brigade, created by a decree in November 2022.', {})).toEqual(['2022-11 month «November 2022»']);
  });

  it('dates a plain sentence by an aside that closes it, telling when the thing the main clause ends on was formed', () => {
    const brigade = { infoboxDate: '2012' };
    expect(timeline('The brigade began as a volunteer battalion, formed by veterans in April 2012.', brigade)).toEqual(['2012-04 month «April 2012»']);
    expect(timeline('The brigade began as a volunteer battalion, formed in April 2012, two months after the war began.', brigade)).toEqual([
      '2012-04 month «April 2012»',
    ]);
    expect(timeline('The brigade began as a volunteer battalion, formed by veterans in April 2009.', brigade)).toEqual([]);
    // So does one closing an irregular passive after an opening phrase on the subject's own happening.
    const council = 'After its capture, the town was run by a local council of rebel commanders and notables, formed in April 2012.';
    expect(timeline(council, brigade)).toEqual(['2012-04 month «April 2012»']);
    // What the thing was made for, after its date, still closes the sentence.
    const bridge = 'The road crosses the river east of the village on a concrete bridge, built in 1986 to replace an old ford.';
    expect(timeline(`The valley floor is irrigated. ${bridge}`, {})).toEqual(['1986 year «1986»']);
  });

  it('keeps a founding told by the main clause, and a plan that was carried out on its day', () => {
    expect(timeline('The reserve was founded in 1898 by a landowner.', {})).toHaveLength(1);
    expect(timeline('Founded on 20 July 2015, the brigade fought at Avdiivka.', {})).toHaveLength(1);
    expect(timeline('The attack, planned for weeks, began on 12 April 2012.', {})).toHaveLength(1);
  });

  it('reads the making of what the subject became part of as a clause telling the story, the main clause having no date', () => {
    expect(timeline('Under the empire, the valley became a district of the Elisabethpol Governorate, formed in 1868.', {})).toEqual(['1868 year «1868»']);
    // After another sentence too, the opening "Under" phrase no part of the plain clause.
    const mandate = 'The refugees arrived in 1914. Under the French Mandate, the town became part of the Alawite State, established by the French in 1920.';
    expect(timeline(mandate, {})).toEqual(['1914 year «1914»', '1920 year «1920»']);
    expect(timeline('The city was home to the museum and the cathedral, consecrated in 2009.', {})).toEqual([]);
    expect(timeline('Following the Sovietization of Azerbaijan in April 1920, the town was included in the oblast, established on 7 July 1923.', {})).toEqual([
      '1923-07-07 day «7 July 1923»',
    ]);
    // Several subjects, and an adverb of time before the verb.
    const uyezd = 'They were later included in the Sharur-Daralagez uyezd of the Erivan Governorate, formed in 1870.';
    expect(timeline(uyezd, {})).toEqual(['1870 year «1870»']);
    // A past passive tells what befell its subject, as a plain clause does; a copula describes.
    expect(timeline('The new volunteers were organised into a national brigade, created by a decree in November 2022.', {})).toEqual([
      '2022-11 month «November 2022»',
    ]);
    expect(timeline('The town was known for the cathedral, consecrated in 2009.', {})).toEqual([]);
    expect(timeline('The siege drew in the United States, which later became the main partner of the council, formed in 2015.', {})).toEqual([]);
  });
});

describe('a landmark’s making told in the subject of a sentence that describes it in the present', () => {
  const before = 'The town grew around the station in 1880. ';
  it('dates the sentence, as "which was built in 1717" would, outside the defining first sentence too', () => {
    const church = 'The wooden Church of the Ascension, built in 1717, is one of the oldest wooden churches in the oblast.';
    expect(timeline(before + church, {})).toEqual(['1880 year «1880»', '1717 year «1717»']);
    expect(timeline(`${before}Gabala FC, founded in 2005, plays its home matches at the city stadium.`, {})).toHaveLength(2);
    expect(timeline(`${before}The town's drama theatre, founded as an amateur troupe in 1934, gives performances.`, {})).toHaveLength(2);
  });

  it('leaves a thing that is no landmark of the place, and a second making the date belongs to', () => {
    expect(timeline(`${before}The State Reserve, established in 1958, protects the oak forests.`, {})).toHaveLength(1);
    expect(timeline(`${before}The museum, built in the 1950s and enlarged in 1971, holds the finds.`, {})).toHaveLength(1);
  });
});
