/** Which clause's date dates a sentence: a state lasting until a date, a happening named after "after", a cause, what a story ended with. */
import { describe, expect, it } from 'vitest';
import { timelineWithoutEnds as timeline } from './timelineOf.ts';

describe('an opening clause ranking its subject', () => {
  it('yields to the date of the main clause after it, not to a second verb of a subject that acted', () => {
    const hama = 'Protests in the city in the summer of 2011 were among the largest of the uprising, and the army entered it on 31 July 2011.';
    expect(timeline(hama, {})).toEqual(['2011-07-31 day «31 July 2011»']);
    expect(timeline('Homs was one of the centres of the revolution in 2011, and the old city was besieged from 2012.', {})).toEqual(['2012 year «2012»']);
    const dam = 'It was the largest power station in Europe when it opened in 1932, and it remained a main source until it was hit in March 2024.';
    expect(timeline(dam, {})).toEqual(['2024-03 month «March 2024»']);
    expect(timeline('Its fighters entered Balakliia on 8 September and were among the first units in Kupiansk two days later.')).toEqual([
      '2012-09-08 day «8 September»',
    ]);
  });

  it('is no ranking when it tells its subject was among the first to act, which dates the sentence', () => {
    const joined = 'In late March 2011 it was one of the first towns in the region to join the uprising, and its demonstrations drew thousands.';
    expect(timeline(joined, { published: '2025-02-11' })).toEqual(['2011-03 month late «late March 2011»']);
  });
});

describe('a past state that lasted until a date', () => {
  it('is dated by that bound, not read as a deadline', () => {
    expect(timeline('The shelling continued from the hills until 8 May 2012, when the town fell.')).toEqual(['2012-05-08 day «8 May 2012»']);
    expect(timeline('The unit remained on the front until 3 May.')).toEqual(['2012-05-03 day «3 May»']);
    expect(timeline('The town stayed in rebel hands until 3 May.')).toEqual(['2012-05-03 day «3 May»']);
    // So is a search, work, fighting or a fire that went on up to a post's weekday.
    const searched = 'Rescuers searched the rubble of a house until late on Monday and pulled out a woman alive.';
    expect(timeline(searched, { published: '2025-08-19' })).toEqual(['2025-08-18 day «late on Monday»']);
    expect(timeline('Fires burned in the depot until 3 May.')).toEqual(['2012-05-03 day «3 May»']);
  });

  it('is dated by the happening it lasted until, named with its date, unless it tells what a land was part of', () => {
    const held = 'The corps held the line around Tartar until the ceasefire of 12 May 1994, which left the front where it had been.';
    expect(timeline(held, {})).toEqual(['1994-05-12 day «12 May 1994»']);
    const part = 'The valley was part of the Songhai Empire, whose capital lay at Gao, until the Moroccan invasion of 1591.';
    expect(timeline(part, {})).toEqual([]);
  });

  it('is read in a report’s narrative present too, with its hedge, while an order to hold looks ahead', () => {
    expect(timeline('Russian troops hold the town until the end of March.')).toEqual(['2012-03 month late «the end of March»']);
    expect(timeline('Attacks on the town go on until 3 April, but none gets as far.')).toEqual(['2012-04-03 day «3 April»']);
    expect(timeline('The garrison was ordered to hold the bridge until 10 June.')).toEqual([]);
    expect(timeline('The crossing was closed until the end of March.')).not.toContain('2012-03 month late «the end of March»');
  });

  it('is dated by its bound when a "when" clause tells what happened on it, whatever the verb of the state', () => {
    expect(timeline('The guilds kept their own courts until 1765, when the governor abolished them.', {})).toEqual(['1765 year «1765»']);
    expect(timeline('The council ran the town until 1812, when the French burned it.', {})).toEqual(['1812 year «1812»']);
    expect(timeline('The guilds were given until 1765 to close their courts.', {})).toEqual([]);
    expect(
      timeline('On 4 May the town was named the capital. On the same day, a court was set up there, a role it kept until June 2013, when it moved.'),
    ).toEqual(['2012-05-04 day «4 May»', '2012-05-04 day «On the same day»']);
    expect(timeline('After the war began on 5 March, the town lay behind the front until the summer, when the army advanced.')).toEqual([
      '2012-03-05 day «5 March»',
    ]);
  });
});

describe('a "which" clause giving the day of the happening an opening phrase names', () => {
  it('dates the sentence when no main clause has a date, and stays background inside the main clause', () => {
    const opening = 'Following the Russian intervention in Syria, which began on 30 September 2012, Russian aircraft struck the city.';
    expect(timeline(opening, {})).toEqual(['2012-09-30 day «30 September 2012»']);
    expect(timeline(opening.replace('struck the city', 'struck the city on 3 October'), {})).toEqual(['2012-10-03 day «3 October»']);
    expect(timeline('The town stayed neutral during the war, which began in March 2011.', {})).toEqual([]);
    const olive = 'During Operation Olive Branch, which Turkey launched on 20 January 2018, thousands of Kurds fled east.';
    expect(timeline(olive, {})).toEqual([]);
    // What the war ended or began with, dated, is its span too.
    expect(timeline('Nine men of the village were killed in the war, which ended with the ceasefire signed in Bishkek in May 1994.', {})).toEqual([]);
  });

  it('dates the sentence when that day falls before the story the article tells', () => {
    const opening = 'Following the Russian intervention, which began on 30 September 2015, Russian aircraft began to strike rebel positions.';
    expect(timeline(opening, { infoboxDate: '16 October – 24 December 2015' })).toEqual(['2015-09-30 day «30 September 2015»']);
  });
});

describe('a concessive clause after a main clause an opening phrase dates', () => {
  it('yields to the opening phrase, as it does to the main clause’s own date', () => {
    const after =
      'After the fall of the government in December 2014, the region came under the new authorities, although the rebels held parts of it into 2015.';
    expect(timeline(after, {})).toEqual(['2014-12 month «December 2014»']);
    expect(timeline('The region came under the new authorities in 2014, although the rebels held parts of it until 2015.', {})).toEqual(['2014 year «2014»']);
  });
});

describe('taking part or suffering in a happening named with its date', () => {
  it('is that happening, dated by it, while a label stays a label', () => {
    expect(timeline('Miners from the oblast played a leading part in the strikes of July 1989.', {})).toEqual(['1989-07 month «July 1989»']);
    expect(timeline('The region suffered heavily in the famine of 1933, and thousands were shot.', {})).toEqual(['1933 year «1933»']);
    expect(timeline('Veterans of the strikes of July 1989 founded a union.', {})).toEqual([]);
  });

  it('is so for voting in an election named with its date, while a committee looking into it acts upon it', () => {
    expect(timeline('The province backed the governor, and it voted for Ivan Petrenko in the regional elections of 1998 and 2002.', {})).toEqual([
      '1998 year «1998»',
    ]);
    expect(timeline('Most of the district voted in the referendum of May 1995.', {})).toEqual(['1995-05 month «May 1995»']);
    expect(timeline('A committee looked into the regional elections of 1998.', {})).toEqual([]);
    expect(timeline('The party had won the parliamentary election of 26 October 2024.', {})).toEqual(['2024-10-26 day «26 October 2024»']);
    expect(timeline('The court annulled the election of 2012.', {})).toEqual([]);
  });

  it('is so for seizing power in a coup named with its date', () => {
    expect(timeline('The colonel seized power in the Corrective Movement of November 1970.', {})).toEqual(['1970-11 month «November 1970»']);
    expect(timeline('The general came to power in the coup of March 1963.', {})).toEqual(['1963-03 month «March 1963»']);
    expect(timeline('Officers who had served in the coup of March 1963 were purged.', {})).toEqual([]);
  });

  it('is so for what a clause did in a war or upheaval named with its date, not for what a relative clause describes', () => {
    expect(timeline('South Ossetia broke away from Georgia in the war of 1991–1992.', {})).toEqual(['1991 year «1991–1992»']);
    expect(timeline('Daraa lost part of its western areas to Israeli occupation in the Six-Day War of June 1967.', {})).toEqual(['1967-06 month «June 1967»']);
    expect(timeline('The old bridge was destroyed in the fighting of 1942.', {})).toEqual(['1942 year «1942»']);
    expect(timeline('Monitors investigated the massacre of 4 August 2013.', {})).toEqual([]);
    expect(timeline('Villages that were destroyed in the war of 1992 were never rebuilt.', {})).toEqual([]);
    // The Holodomor, named or set off as the famine it was.
    expect(timeline('At least 86 residents died of hunger in the Holodomor of 1932–1933.', {})).toEqual(['1932 year «1932–1933»']);
    expect(timeline('Thousands died in the Holodomor, the famine of 1932–1933.', {})).toEqual(['1932 year «1932–1933»']);
    // A reform or a partition that redrew the map is such an upheaval too.
    expect(timeline('Kostopil Raion was abolished in the administrative reform of July 2020.', {})).toEqual(['2020-07 month «July 2020»']);
  });

  it('is so for what a clause did during such an upheaval, as in it', () => {
    expect(timeline('Its old quarter was looted and most of its people were expelled during the riots of June 1905.', {})).toEqual([
      '1905-06 month «June 1905»',
    ]);
    expect(timeline('Villages that were burned during the war of 1992 were never rebuilt.', {})).toEqual([]);
  });
});

describe('a happening named with its date as a reason someone cites', () => {
  it('is the object of the citing, as an investigated strike is: its date dates nothing', () => {
    expect(timeline('The council cited several reasons, among them the closure of the border in May.')).toEqual([]);
    expect(timeline('The envoy cited the collapse of the old dam in March as the cause of the delay.')).toEqual([]);
    // The citing told with its own day is dated by it.
    expect(timeline('On 4 June the council cited the closure of the border in May.')).toEqual(['2012-06-04 day «4 June»']);
  });
});

describe('the opening phrase of a second main clause', () => {
  it("sets that clause's scene: the first-named opening date dates the sentence, and a main clause's date wins over it", () => {
    const two = 'After the withdrawal from Kyiv in early April 2012, the army regrouped, and after the capture of Izium on 1 April it advanced south.';
    expect(timeline(two)).toEqual(['2012-04 month early «early April 2012»']);
    expect(timeline('The army regrouped, and after the capture of Izium on 1 April it advanced south.')).toEqual(['2012-04-01 day «1 April»']);
    expect(timeline('The army regrouped, and after the capture of Izium on 1 April, it advanced south on 3 April.')).toEqual(['2012-04-03 day «3 April»']);
  });
});

describe("an opening phrase's list of places and their dates", () => {
  it('goes on past a comma, so its first date dates a sentence whose main clause has none, and a main clause date still wins', () => {
    const coups = 'After the coups in Mali in August 2020 and May 2021, in Guinea in September 2021 and twice in Burkina Faso in 2022, donors grew wary.';
    expect(timeline(coups, {})).toEqual(['2020-08 month «August 2020»']);
    const dated = 'After the coups in Mali in August 2020, in Guinea in September 2021, donors cut aid in March 2022.';
    expect(timeline(dated, {})).toEqual(['2022-03 month «March 2022»']);
  });
});

describe('a happening named with its date after "after" inside a clause', () => {
  it('dates the clause, unless a count measures from it', () => {
    expect(timeline('The village was shelled, and it came under army control after the ceasefire agreement of 10 May.')).toEqual(['2012-05-10 day «10 May»']);
    expect(timeline('He commanded operations in the province after the uprising of 2011.', {})).toEqual(['2011 year «2011»']);
    expect(timeline('Commentators noted that the attack came two weeks after the cessation of hostilities of February.')).toEqual([]);
  });

  it('dates the act an opening "Under the agreement signed on …" names it was done under, not a thing described later on', () => {
    const under = 'Under the ceasefire agreement signed on 9 November 2020, Armenia agreed to return the district by 1 December 2020.';
    expect(timeline(under, {})).toEqual(['2020-11-09 day «9 November 2020»']);
    expect(timeline('Fighting resumed under the agreement signed on 9 November 2020.', {})).toEqual([]);
  });

  it('dates what a clause tells done under an agreement named with its date, as an opening "Under the … of <date>," does', () => {
    expect(timeline('Bessarabia passed to Russia under the Treaty of Bucharest of May 1812.', {})).toEqual(['1812-05 month «May 1812»']);
    expect(timeline('Monitors were sent to the valley under the ceasefire statement of 12 May, and they stayed a year.')).toEqual(['2012-05-12 day «12 May»']);
    const relative = 'The army, which kept a dozen posts along the valley and the ridge above it under the agreement of May 2011, attacked in late March.';
    expect(timeline(relative)).toEqual(['2012-03 month late «late March»']);
    // "by" the treaty as "under" it; a participle set off by a comma before "by" describes its noun instead.
    expect(timeline('The village was ceded to Russia, with the rest of the khanate, by the Treaty of Turkmenchay of February 1828.', {})).toEqual([
      '1828-02 month «February 1828»',
    ]);
    const provided = 'The interim authorities, provided for by the Algiers Accord of 2015, took office the following February.';
    expect(timeline(provided, {})).toEqual([]);
  });

  it('lets a main clause’s day win over the accord an opening "Under the … of <date>" names, as over "After the coup of …"', () => {
    const accord = 'Under the accord of 18 June, the rebels let the army return to Kidal, and the election was held on 28 July.';
    expect(timeline(accord)).toEqual(['2012-07-28 day «28 July»']);
    expect(timeline('Under the accord of 18 June, the rebels let the army return to Kidal.')).toEqual(['2012-06-18 day «18 June»']);
  });

  it('lets a main clause’s relative phrase win over the date of the happening an opening phrase names, counted from it', () => {
    const coup = 'After the coup of May 2021, the junta turned to Russia, and by the end of the year instructors had arrived.';
    expect(timeline(coup, {})).toEqual(['2021 year late «the end of the year»']);
    // An opening clause with its own verb is no such phrase: its date dates the sentence.
    const took = 'After Russian forces took the town in February 2024, the front moved west, and by the end of the year it was near the city.';
    expect(timeline(took, {})).toEqual(['2024-02 month «February 2024»']);
    // So does one in the first main clause after an opening clause with its own verb and date.
    const killed = 'After gunmen killed the chief and five others on 31 December 2011, militiamen killed dozens in the area over the next two days.';
    expect(timeline(killed, {})).toEqual(['2012-01-01 day «over the next two days»']);
    // And one after an opening clause dated by a night, the morning after it being the next day.
    const night = 'After the army withdrew on the night of 30 November 2024, fighters entered the village the next morning.';
    expect(timeline(night, {})).toEqual(['2024-12-01 day «the next morning»']);
    // And one after an opening "When" clause; with no relative phrase there, the clause's date still dates the sentence.
    const whenClause = 'When the Islamists captured Konna on 10 January 2013, France launched Operation Serval the next day.';
    expect(timeline(whenClause, {})).toEqual(['2013-01-11 day «the next day»']);
    expect(timeline('When the Islamists captured Konna on 10 January 2013, France sent troops.', {})).toEqual(['2013-01-10 day «10 January 2013»']);
    // So does one after a participle set between commas as the subject's appositive.
    const launched = 'A second offensive, launched from the canton on 6 May, took the mountains and reached the village by the end of the month.';
    expect(timeline(launched)).toEqual(['2012-05 month late «the end of the month»']);
    // A bare noun "of the" something long as the subject, its participle "begun".
    const dredging = 'Dredging of the estuary channel to a depth of 11.2 metres, begun in 2018, was completed in November 2021.';
    expect(timeline(dredging, {})).toEqual(['2021-11 month «November 2021»']);
    // Or when a news post's "yesterday" dates the main clause.
    const reopened = "The town's health centre, closed since gunmen looted it in March last year, reopened yesterday.";
    expect(timeline(reopened, { published: '2025-09-12' })).toEqual(['2025-09-11 day «yesterday»']);
    // And one after the same participle with no commas, the subject's own verb right after its date.
    const when = 'When the offensive launched from Idlib on 27 November 2024 reached Aleppo two days later, the units withdrew.';
    expect(timeline(when, {})).toEqual(['2024-11-29 day «two days later»']);
    // Or after a bare plural "of the" the happening ("fighters of the opposition offensive that began on …").
    const fighters = 'When fighters of the offensive that began on 27 November 2024 entered Aleppo two days later, the units withdrew.';
    expect(timeline(`The brigade was formed on 7 August 2012. ${fighters}`, {})[1]).toBe('2024-11-29 day «two days later»');
    // And a restrictive clause of its beginning, over a date told before it.
    const broke = 'In August 2014 the village was shelled. The fighting that broke out near Movses on 12 July 2020 reached it two days later.';
    expect(timeline(broke, {})).toEqual(['2014-08 month «August 2014»', '2020-07-14 day «two days later»']);
  });

  it('dates a happening told in the passive with a dated happening as its agent', () => {
    const fixed = 'When the border was fixed along the railway by the Franco-Turkish agreement of October 1921, the station was left on the Syrian side.';
    expect(timeline(fixed, {})).toEqual(['1921-10 month «October 1921»']);
    expect(timeline('The border was drawn along the line of the agreement of October 1921.', {})).toEqual([]);
  });

  it('dates one whose agent is named first and dated in an appositive after it', () => {
    expect(timeline('The province was among the areas struck worst by the Great Flood, the disaster of 1927–1928.', {})).toEqual(['1927 year «1927–1928»']);
    expect(timeline('The old town was destroyed by the Blitz, the bombing campaign of 1940.', {})).toEqual(['1940 year «1940»']);
    expect(timeline('A museum in the town tells the story of the Great Flood, the disaster of 1927–1928.', {})).toEqual([]);
  });

  it('lets the main clause’s day win over a war’s year in an opening "During" phrase without its comma', () => {
    const talish =
      'During the Second Nagorno-Karabakh War in 2020 the village was again on the front line, and it came under army control after the ceasefire agreement of 10 November 2020.';
    expect(timeline(talish, {})).toEqual(['2020-11-10 day «10 November 2020»']);
    expect(timeline('During the Second Nagorno-Karabakh War in 2020 the village was shelled.', {})).toEqual(['2020 year «2020»']);
  });

  it('ends an opening "During" a war named without its date at the war’s name, so the first main clause’s date dates the sentence', () => {
    const lead = 'During the Syrian civil war the village came under rebel control in the autumn of 2012, and the army captured it on 24 January 2020.';
    expect(timeline(lead, {})).toEqual(['2012 year autumn «autumn of 2012»']);
    // The subject may be a bare plural or a name.
    const rebels = 'During the Syrian civil war rebel groups took the hills in the summer of 2012, and it remained theirs until January 2016.';
    expect(timeline(rebels, {})).toEqual(['2012 year summer «summer of 2012»']);
    const nasib = 'During the Syrian civil war rebels captured the crossing in April 2015, and it remained closed until July 2018.';
    expect(timeline(nasib, {})).toEqual(['2015-04 month «April 2015»']);
    // Or a pronoun.
    const it = 'During the Georgian Civil War it was held for three weeks in October 1993, and in June 2025 much of it was flooded.';
    expect(timeline(it, {})).toEqual(['1993-10 month «October 1993»']);
    // Closed by a comma, the phrase was already only the war's.
    const comma = 'During the Syrian civil war, the village came under rebel control in 2012, and the army captured it on 24 January 2020.';
    expect(timeline(comma, {})).toEqual(['2012 year «2012»']);
  });

  it('ends an opening "After" or "Following" a war or a period named without its date at its name, as "During"', () => {
    const independence = 'After independence a primary school was opened in 1951, and the village was connected to the grid in 1977.';
    expect(timeline(independence, {})).toEqual(['1951 year «1951»']);
    const war = 'Following the Second World War a new church was built in 1950, and the old one was demolished in 1961.';
    expect(timeline(war, {})).toEqual(['1950 year «1950»']);
  });

  it('does not date a clause by a war named with its bare year that it followed, unlike an opening phrase or its month', () => {
    expect(timeline('Most of the factories closed, and thousands of workers moved abroad after the war of 1999.', {})).toEqual([]);
    expect(timeline('Many of the villagers left after the invasion of 2014.', {})).toEqual([]);
    expect(timeline('After the war of 1999, thousands of workers moved abroad.', {})).toEqual(['1999 year «1999»']);
    expect(timeline('Volunteers returned to the front after the invasion of March 2014.', {})).toEqual(['2014-03 month «March 2014»']);
  });

  it('does not date a sentence by the happening a pluperfect relative clause says its people had followed', () => {
    expect(timeline('The first settlers were joined by Kurds who had fled Turkey after the Sheikh Said rebellion of 1925.', {})).toEqual([]);
    expect(timeline('The Kurds fled Turkey after the Sheikh Said rebellion of 1925.', {})).toEqual(['1925 year «1925»']);
  });

  it('dates a sentence by its main clause over a participle describing a subject named by a noun with no article before "of"', () => {
    const school = 'Reconstruction of the secondary school, damaged by shelling in 2016, began in September 2025.';
    expect(timeline(school, {})).toEqual(['2025-09 month «September 2025»']);
    expect(timeline('Repair of the bridge, destroyed by a drone in May 2024, began on 3 March 2025.', {})).toEqual(['2025-03-03 day «3 March 2025»']);
    // Or a subject after a name's possessive.
    const bridge = "Raqqa's Old Bridge, destroyed in 2017, reopened to traffic on 15 June 2025 after two years of reconstruction.";
    expect(timeline(bridge, {})).toEqual(['2025-06-15 day «15 June 2025»']);
  });

  it('dates it so over the same participle with no commas, the subject’s own verb right after its date', () => {
    const gin = 'A cotton gin built by the village cooperative in 1986 closed in 2004, after the state lowered the price.';
    expect(timeline(gin, {})).toEqual(['2004 year «2004»']);
    expect(timeline('The bridge built in 1968 collapsed in May 2019.', {})).toEqual(['2019-05 month «May 2019»']);
    // Not by a second main clause's date.
    const sochi = 'The ceasefire agreed at Sochi on 24 June 1992 placed the village in the zone, and in July a post was set up above it.';
    expect(timeline(sochi, {})).toEqual(['1992-06-24 day «24 June 1992»']);
    // With no date of its own, the main clause is still the participle's time.
    expect(timeline('The bridge built in 1968 collapsed.', {})).toEqual(['1968 year «1968»']);
  });
});
