/**
 * Dates in clauses that describe rather than tell, or tell the next step: what the main clause's act
 * did next, a relative clause with no pronoun, a "which" clause telling a start or a making, a date in
 * a list after a copula, a distance measured since a date, a named happening told in its own "in
 * which" clause, a restrictive "spread", a subject's past clause before a present main verb, a "where" clause of a place,
 * an intransitive "which" clause telling what befell a thing.
 */
import { describe, expect, it } from 'vitest';
import { timelineWithoutEnds as timeline } from './timelineOf.ts';

describe('a clause telling what the main clause’s act did next', () => {
  const post = { published: '2024-01-29' };
  it('dates the sentence, even before the window of a news post', () => {
    expect(timeline('ECOWAS suspended them and imposed sanctions, which hit Mali particularly hard in the first half of 2022.', post)).toEqual([
      '2022 year early «the first half of 2022»',
    ]);
    // A name set after the main clause's object may stand before "which".
    expect(timeline('The camp later became a base of the UN mission, MINUSMA, which handed it over to the army in October 2023.', post)).toEqual([
      '2023-10 month «October 2023»',
    ]);
    // Its verb may be one of the common irregular pasts.
    expect(timeline('The Pentagon later ordered a review of the strike, which found in May 2022 that no rules had been broken.', post)).toEqual([
      '2022-05 month «May 2022»',
    ]);
  });

  it('is not a past told in the pluperfect, nor a clause with its own subject, nor a clause after a present state', () => {
    expect(timeline('Troops regrouped near the town, which had been captured in 2018.', post)).toEqual([]);
    expect(timeline('The army entered Palmyra, which ISIL seized in May 2015.', post)).toEqual([]);
    expect(timeline('The region is home to the sanctions regime, which hit Mali hard in 2022.', post)).toEqual([]);
  });
});

describe('a "which" clause in which others link the thing to another happening', () => {
  it('dates nothing: its date is the other happening’s, and the linking their commentary', () => {
    const linked = 'The offensive forced Ukraine to divert brigades, which some commentators linked to Russian gains around Pokrovsk in the summer of 2024.';
    expect(timeline(linked, {})).toEqual([]);
    expect(timeline('The offensive forced Ukraine to divert brigades, which reached Pokrovsk in the summer of 2024.', {})).toEqual([
      '2024 year summer «summer of 2024»',
    ]);
  });
});

describe('a relative clause with no pronoun after the object it describes', () => {
  it("yields its date to the main clause's", () => {
    expect(timeline('On 10 February, the siege began. By the end of the month, they have lost much of the ground they gained in March.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02 month late «the end of the month»',
    ]);
  });

  it("yields its date with a named subject after a place preposition's bare plural object", () => {
    expect(timeline('On 10 February, the siege began. Overnight, troops push towards the town, through fields the rebels mined in the summer.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-10 day «Overnight»',
    ]);
    expect(timeline('On 10 February, the siege began. Across the villages the troops advanced in March.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-03 month «March»',
    ]);
  });

  it('is no clause after an opening preposition: "After the battle they retreated" is the main clause', () => {
    expect(timeline('On 10 February, the siege began. After the battle they retreated in March.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-03 month «March»',
    ]);
  });
});

describe('a "which" clause telling the start of what the subject was the starting point of', () => {
  it('dates the sentence, even past the story, while a named thing’s own past dates nothing', () => {
    expect(timeline('The town later served as a starting point for the campaign, which began in September 2013.')).toEqual(['2013-09 month «September 2013»']);
    // So does a base for it.
    expect(timeline('The forces used the city as the base for their offensive, which began in mid-April 2012.')).toEqual([
      '2012-04 month mid «mid-April 2012»',
    ]);
    expect(timeline('The dam became the starting point of the offensive, which began on 31 May 2012 and ended in August.')).toEqual([
      '2012-05-31 day «31 May 2012»',
    ]);
    expect(timeline('The town stayed neutral during the war, which began in March 2011.')).toEqual([]);
    expect(timeline('The killings opened an offensive in the region that lasted into the autumn of 2022.', {})).toEqual([]);
  });
});

describe('an appositive whose own clause tells the making of the thing it names', () => {
  it('dates nothing: the thing\'s own beginning, as "which began in March 2011" is, while a clause of taking may go on with the story', () => {
    expect(timeline('The ministers asked the OSCE to wind up the Minsk Group, the mediation format it set up in 1992.')).toEqual([]);
    expect(timeline('They disbanded the council, a body the rebels founded in March 2012.')).toEqual([]);
    expect(timeline('They raised a flag in Kinsabba, a town the army took on 3 May.')).toEqual(['2012-05-03 day «3 May»']);
  });
});

describe('a "which" clause telling the making of a thing the sentence calls new', () => {
  it('dates the sentence: the new thing is made in the story', () => {
    // A story of 2012–2013: a simple past passive inside it is what befell the thing then (see the 'which was captured' rule).
    const story = { infoboxDate: 'March 2012 – June 2013' };
    expect(timeline('The units were placed under a new structure, the Southern Corps, which was announced in late 2012.', story)).toEqual([
      '2012 year late «late 2012»',
    ]);
    expect(timeline('The units were placed under the old corps, which was formed in 1992.', story)).toEqual([]);
  });
});

describe('a "which" clause whose intransitive verb tells what befell the thing', () => {
  it("dates the sentence, as the passive does, while a beginning or an earlier past stays the thing's own", () => {
    const story = { infoboxDate: 'March 2012 – June 2013' };
    expect(timeline('Donors paid to rebuild the clinic, which reopened in May 2013.', story)).toEqual(['2013-05 month «May 2013»']);
    expect(timeline('Traffic was diverted over the old bridge, which collapsed on 3 April 2013.', story)).toEqual(['2013-04-03 day «3 April 2013»']);
    expect(timeline('Volunteers joined the uprising, which began in March 2011.', story)).toEqual([]);
    expect(timeline('Donors paid to rebuild the clinic, which had opened in 1998.', story)).toEqual([]);
  });

  it("dates the sentence by a body's sitting, a happening of its own", () => {
    const story = { infoboxDate: 'January – April 2013' };
    expect(timeline('The national conference, which met from 15 to 19 February 2013, recommended a long transition.', story)).toEqual([
      '2013-02-15 day «15 to 19 February 2013»',
    ]);
    expect(timeline('The council, which convened on 2 March 2013, named a new governor.', story)).toEqual(['2013-03-02 day «2 March 2013»']);
  });
});

describe('a date between commas in a list after a copula', () => {
  it('dates a happening told in the passive, not a noun of what the subject was', () => {
    expect(timeline('The town was shelled and, from 2013, besieged by the army.', {})).toEqual(['2013 year «2013»']);
    expect(timeline('Its members were Kurds and, from 2013, Arabs.', {})).toEqual([]);
  });
});

describe('a clause that only dates the operation a "for the duration of" phrase names', () => {
  it('sets the scene and dates nothing', () => {
    expect(timeline('The brigade stayed on the defensive for the duration of the counteroffensive that began in early June.')).toEqual([]);
    expect(timeline('The army held the line during the offensive that began on 4 June.')).toEqual([]);
    expect(timeline('The counteroffensive began in early June.')).toEqual(['2012-06 month early «early June»']);
  });

  it('and so does one dating the operation a unit took part in, while the day of its own part dates the sentence', () => {
    expect(timeline('Kraken took part in the Kharkiv counteroffensive that began on 6 September.')).toEqual([]);
    expect(timeline('Others were killed in a wave of assassinations that began in late 2012 and continued for years.')).toEqual([]);
    expect(timeline('Kraken took part in the capture of the town on 6 September.')).toEqual(['2012-09-06 day «6 September»']);
  });
});

describe('a distance measured since a date', () => {
  it('is a measure, no happening of that date', () => {
    expect(timeline('Analysts assessed that the front line had moved only a few hundred metres since March.')).toEqual([]);
    expect(timeline('The front line moved a few hundred metres in March.')).toEqual(['2012-03 month «March»']);
  });
});

describe('a named happening told in its own "in which" clause', () => {
  const story = { infoboxDate: 'February 2022 – 2024' };
  it('is dated by the date that names it: the clause tells the happening itself', () => {
    expect(timeline('The attack was one of the causes of the coup of 30 September, in which Captain Ibrahim Traoré overthrew Damiba.', story)).toEqual([
      '2022-09-30 day «30 September»',
    ]);
    // Without the clause, "the coup of 30 September" only names the coup.
    expect(timeline('The attack was one of the causes of the coup of 30 September.', story)).toEqual([]);
  });

  it('and so is an election named with its date, told as won or lost in a "which" clause', () => {
    expect(timeline('The protests follow the parliamentary election of 26 October, which the ruling party won.', story)).toEqual([
      '2022-10-26 day «26 October»',
    ]);
  });
});

describe('a restrictive clause with "spread"', () => {
  it("is the past of what it describes: the insurgency's spread before the story dates nothing", () => {
    const story = { infoboxDate: 'February 2022 – 2024' };
    expect(timeline('Djibo was one of the first towns to be affected by the insurgency that spread from Mali after 2015.', story)).toEqual([]);
  });
});

describe("a subject's past-tense clause before a main verb in the present", () => {
  it('names the subject, as an aside on its past does, and dates nothing', () => {
    expect(timeline('The column that came down the road on 24 February leaves behind dozens of wrecks.')).toEqual([]);
    expect(timeline('The convoy that rolled in on 5 March is still parked by the station.')).toEqual([]);
    // Set between commas, in the present perfect too.
    expect(timeline("Mali's rulers, who postponed their own elections last September, have gone further still.", { published: '2024-05-27' })).toEqual([]);
  });

  it("dates a witness's telling or showing the reporters by the clause, the one happening the sentence tells", () => {
    const report = { infoboxDate: '2 January 2025 – 10 April 2025' };
    expect(timeline('A teacher who came back at the end of January shows us her building.', report)).toEqual(['2025-01 month late «the end of January»']);
    expect(timeline('A woman who returned on 28 January tells us the roof had gone.', report)).toEqual(['2025-01-28 day «28 January»']);
  });

  it('still dates a main clause in the past, and a clause whose verb is in the present too', () => {
    expect(timeline('The soldiers who entered the town on 5 March found the bodies.')).toEqual(['2012-03-05 day «5 March»']);
    expect(timeline('The soldiers who enter the town on 5 March find it empty.')).toEqual(['2012-03-05 day «5 March»']);
  });
});

describe('a "where" clause telling what happened at a place the main clause names', () => {
  const post = { published: '2020-11-14' };
  it("yields its date to the main clause's, a news post's 'this week' too", () => {
    expect(timeline('In Stepanakert, where most people fled in October under shelling, a few hundred came back this week.', post)).toEqual([
      '2020-11-14 day around «this week»',
    ]);
  });

  it('dates the sentence alone, even before the window of a news post', () => {
    expect(timeline('Both groups were active in the province, where they fought each other from early 2020.', post)).toEqual(['2020 year early «early 2020»']);
    const thinned = 'Its fighters then entered the town from the east, where the defences had been thinned after troops were sent away in May.';
    expect(timeline(thinned, { infoboxDate: '4–6 August 2015' })).toEqual([]);
  });
});

describe('a restrictive clause telling how a witness has been living since a date', () => {
  it('yields its date to the happening the witness tells, as a clause in the simple past does', () => {
    expect(
      timeline('On 10 February, the siege began. A woman who had been living there since 9 February told us her neighbour was killed on 12 February.'),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-12 day «12 February»']);
  });
});

describe("a restrictive clause before a report's present main verb", () => {
  it("ends where the subject's own verb comes back, so the main clause's date dates the sentence", () => {
    expect(timeline('On 10 February, the siege began. Civilians who fled on 11 February are evacuated on 14 February.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-14 day «14 February»',
    ]);
  });
  it('ends after a news post\'s "last year" too, where the subject\'s own verb follows', () => {
    const keys = 'Six families who fled Nagorno-Karabakh last year received the keys to new houses on Tuesday, at a small ceremony.';
    expect(timeline(keys, { published: '2024-11-14' })).toEqual(['2024-11-12 day «on Tuesday»']);
  });
});

describe('an appositive "where" clause telling what once happened at a place the main clause locates', () => {
  it('describes the place and dates nothing, while a happening at the place in the main clause is dated', () => {
    expect(timeline('The tower stands at the edge of Babyn Yar, the ravine where troops shot almost 34,000 people in September 1941.', {})).toEqual([]);
    expect(timeline('A missile hits the edge of Babyn Yar, the ravine where troops shot people in March 2012.', {})).toEqual(['2012-03 month «March 2012»']);
  });
});

describe('a relative clause about a part of what the sentence names ("most of which", "some of whom")', () => {
  it('is background to the main clause, whose opening phrase dates the sentence', () => {
    expect(
      timeline(
        'After the start of the invasion in February 2022, the army spent a year attacking the town, which it claimed on 25 December 2023, and then the village, most of which it held by September 2024.',
        {},
      ),
    ).toEqual(['2022-02 month «February 2022»']);
    expect(timeline('On 2 March 2012 the army shelled the camps, some of whom fled on 5 March.', {})).toEqual(['2012-03-02 day «2 March 2012»']);
  });
  it('still dates a sentence that has no other date', () => {
    expect(timeline('The rebels took several villages, most of which they lost in March 2012.', {})).toEqual(['2012-03 month «March 2012»']);
  });
});

describe('an opening "As" clause of time with a date', () => {
  it('frames the main clause, whose own date dates the sentence; alone it dates it', () => {
    expect(timeline('As German troops approached the city in August 1941, units of the NKVD blew up part of the dam on 18 August.', {})).toEqual([
      '1941-08-18 day «18 August»',
    ]);
    expect(timeline('As the fighting spread in May 2012, thousands fled on 20 June.', {})).toEqual(['2012-06-20 day «20 June»']);
    expect(timeline('As German troops approached the city in August 1941, the NKVD blew up the dam.', {})).toEqual(['1941-08 month «August 1941»']);
  });
  it('leaves "As of" a date, which is one', () => {
    expect(timeline('As of 2024, the plant was closed.', {})).toEqual(['2024 year «2024»']);
  });
});

describe('a participle aside describing the subject', () => {
  it('yields its date to the main clause, as a relative clause does, unless it tells a document coming out', () => {
    const story = { infoboxDate: '6 August 2011 – 13 March 2012' };
    const aside = 'On 15 August the town fell. Russian troops, reinforced from November by volunteers, pushed the rebels back through the winter.';
    expect(timeline(aside, story)).toEqual(['2011-08-15 day «15 August»', '2011 year winter «winter»']);
    expect(timeline('The garrison, reinforced from November by volunteers, held the town.', story)).toEqual(['2011-11 month «November»']);
    expect(timeline('Its report, published on 30 September 2012, concluded that the war had been started on 7 August.', {})).toEqual([
      '2012-09-30 day «30 September 2012»',
    ]);
  });
  it('yields to the date of a clause of time whose subject it describes', () => {
    const pulled = 'When the disengagement of forces at the town, agreed in Minsk on 1 October 2019, began on 29 October, its units pulled back.';
    expect(timeline(pulled, {})).toEqual(['2019-10-29 day «29 October»']);
  });
  it('yields after a subject opening a main clause after a semicolon too', () => {
    const reservists =
      'Russia sent reservists to the area; the first of them, called up under the mobilisation announced on 21 September, were reported there in mid-October.';
    expect(timeline(reservists)).toEqual(['2012-10 month mid «mid-October»']);
  });
  it('ends at the subject’s own verb of telling, what is told opening with its subject', () => {
    const told = 'Residents who stayed tell us the village has had no running water since the end of May, when a strike hit the pumps.';
    const report = { infoboxDate: '1 - 30 June 2025' };
    expect(timeline(`On 2 June a bomb hits the school. ${told}`, report)).toEqual(['2025-06-02 day «2 June»', '2025-05 month late «the end of May»']);
  });
  it("yields after a long subject, and a news post's year of its own in it too", () => {
    const opened = "The national dialogue that was meant to prepare those elections, put off twice this year, finally opened in N'Djamena in August.";
    expect(timeline(opened, { published: '2022-10-24' })).toEqual(['2022-08 month «August»']);
  });
});
