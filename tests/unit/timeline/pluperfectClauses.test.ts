/**
 * Relative clauses in the pluperfect: a thing's or a person's earlier past, which dates nothing of the story (GUIDE.md),
 * unless the clause goes on with it. One sentence each, on plain prose.
 */
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/timeline/extractTimeline.ts';
import { timelineWithoutEnds as timeline } from './timelineOf.ts';

describe('an appositive whose clause in the pluperfect has a subject of its own', () => {
  it("is the named thing's past: its date yields to the sentence's and dates nothing alone", () => {
    expect(timeline('On 10 March, the siege began. Soldiers raise a flag in Hosn, a town the rebels had held since the spring.')).toEqual([
      '2012-03-10 day «10 March»',
    ]);
    expect(timeline('Soldiers raised a flag in Hosn, a town the Rebels had held since February.')).toEqual([]);
  });

  it('keeps a clause in the simple past, which may go on with the story', () => {
    expect(timeline('Soldiers raised a flag in Hosn, a town the Rebels took on 3 April.')).toEqual(['2012-04-03 day «3 April»']);
  });
});

describe('a "who" clause in the pluperfect describing a person', () => {
  it("is that person's earlier past, in an appositive or not, and dates nothing", () => {
    const joined = 'Troops were joined by the militia of Bislan Gantamirov, a former mayor of the city whom Boris Yeltsin had pardoned in November.';
    expect(timeline(joined)).toEqual([]);
    expect(timeline('Troops were joined by Gantamirov, who had been pardoned in November.')).toEqual([]);
    // However many words name the person before the clause.
    expect(timeline('Its first commander was Sayf Abu Bakr, a former Syrian Army officer from al-Bab who had defected in 2012.')).toEqual([]);
    // And however many words the clause holds before its date ("during" too).
    const corps =
      'Its founding members came from the Black Corps, a group of volunteers who had taken part in the Euromaidan protests and in street clashes with activists in Kharkiv during the spring of 2012.';
    expect(timeline(corps)).toEqual([]);
    // A post's date may stand with no preposition.
    const fined = 'Among them was the politician Elene Khoshtaria, who had already been fined twice this year for blocking the road.';
    expect(extractTimeline(`On Sunday, 63 people were detained. ${fined}\n`, { published: '2025-05-27' }).map((event) => event.date)).toEqual(['2025-05-25']);
  });

  it("is so after the sentence's subject however long the clause, its date yielding to the main clause", () => {
    const invited = 'The foreign minister, who had asked the heads of the three neighbouring states to a meeting in the capital on 16 March, said';
    expect(timeline(`${invited} that it would not take place.`)).toEqual([]);
    expect(timeline(`${invited} on 12 March that it would not take place.`)).toEqual(['2012-03-12 day «12 March»']);
    // In the simple past the clause may go on with the story.
    expect(timeline('The foreign minister, who asked the heads of the three neighbouring states to a meeting on 16 March, fell ill.')).toEqual([
      '2012-03-16 day «16 March»',
    ]);
  });

  it('is so when the clause goes on after its date, a weekday of a news post or a relative date too', () => {
    const post = { published: '2025-09-08' };
    expect(timeline('European leaders, who had met in Paris on Thursday to discuss guarantees, condemned the strike.', post)).toEqual([]);
    expect(timeline('European leaders, who had met in Paris on 4 September to discuss guarantees, condemned the strike.', post)).toEqual([]);
    // The phrase may open the clause: "who by then had been …"; the main clause's "the same month" dates the sentence.
    const kadyrov = 'A school opened on 1 September 2009. Ramzan Kadyrov, who by then had been head of the republic for two years, visited it the same month.';
    expect(timeline(kadyrov, {})).toEqual(['2009-09-01 day «1 September 2009»', '2009-09 month «the same month»']);
    // In the simple past before a main clause that looks ahead, the clause still only says who the subject is.
    const ahead = 'The leader, who led the group until its dissolution was announced the same day, will appoint a council.';
    expect(timeline(`On Thursday the factions met. ${ahead}`, post)).toHaveLength(1);
    expect(timeline('On 5 September the strike came. The leaders, who had met in Paris the day before to talk, condemned it.')).toEqual([
      '2012-09-05 day «5 September»',
    ]);
    expect(timeline('European leaders met in Paris on Thursday to discuss guarantees.', post)).toEqual(['2025-09-04 day «on Thursday»']);
  });

  it('keeps a clause in the simple past, and the main clause’s own date', () => {
    expect(timeline('Troops were joined by Gantamirov, a former mayor whom Yeltsin pardoned on 3 May.')).toEqual(['2012-05-03 day «3 May»']);
    expect(timeline('Gantamirov, who had been pardoned in November, joined the troops on 3 May.')).toEqual(['2012-05-03 day «3 May»']);
  });
});

describe('a relative clause in the pluperfect with words between its verb and its date', () => {
  it('is a thing’s earlier past, what it had done or which things are meant, and dates nothing', () => {
    expect(timeline('On 12 February, the town was cut off. The battalion, which had lost most of its trucks on 10 February, could move only on foot.')).toEqual(
      ['2012-02-12 day «12 February»'],
    );
    expect(timeline('The police kept a post there, one of several in the valley that had been raided by smugglers, most recently in 2008.', {})).toEqual([]);
    // An irregular participle ("set up", "brought") is the same clause.
    expect(timeline('The pass was held by the Ninth Brigade, a unit that had been set up with foreign help in May 2011, and by militias.', {})).toEqual([]);
    expect(timeline('The hills were held by the militia, which had brought its own guns from the coast in 2011.', {})).toEqual([]);
    // A figure with a thousands separator among the clause's words is one word of it.
    const sent = 'The militia, which had sent about 2,000 fighters to the area in early March, began to withdraw them on 7 March.';
    expect(timeline(sent)).toEqual(['2012-03-07 day «7 March»']);
    // So is what a thing had been through up to a bound: "before January", "until 2011".
    const declined = 'On 11 March, the last attack failed. Fighting afterwards declined to the shelling that had marked the siege before January.';
    expect(timeline(declined, { infoboxDate: '5 January – 11 March 2012' })).toEqual(['2012-03-11 day «11 March»']);
  });

  it.each([
    'The battalion fell back to the bridge, which had been taken from the rebels on 11 February.',
    'The mayor said that the rebels had cut the water supply on 11 February.',
  ])('is still the story in the passive, what befell a thing the main clause names, and in a report’s "that": %s', (sentence) => {
    expect(timeline(`On 12 February, the town was cut off. ${sentence}`)).toEqual(['2012-02-12 day «12 February»', '2012-02-11 day «11 February»']);
  });
});

describe('a restrictive relative clause in the pluperfect', () => {
  it('tells the named thing’s earlier past, active with its own subject or passive, and dates nothing', () => {
    expect(timeline('The rebels renamed the valley after the town that the army had lost in 2011.', {})).toEqual([]);
    expect(timeline('Engineers rebuilt the bridge which had been blown up in March 2011.', {})).toEqual([]);
    expect(timeline('The aim was the independence of Azawad, a goal the CMA had given up in 2015.', {})).toEqual([]);
    expect(timeline('The council met in the hall that its founders had built in 1911, and it chose a mayor on 3 May 2012.', {})).toEqual([
      '2012-05-03 day «3 May 2012»',
    ]);
  });

  it('leaves a reported clause with its object or an intransitive verb to the story', () => {
    expect(timeline('Officials told the press that the army had captured the town on 3 May 2012.', {})).toEqual(['2012-05-03 day «3 May 2012»']);
    expect(timeline('Officials said that the army had withdrawn on 3 May 2012.', {})).toEqual(['2012-05-03 day «3 May 2012»']);
  });

  it('ends at the subject’s own verb of moving away after it, and the date after that verb dates the sentence', () => {
    const troops = 'Russian troops who had passed through the district in the first weeks of the war withdrew from the oblast in early April 2022.';
    expect(timeline(troops, { published: '2025-08-19' })).toEqual(['2022-04 month early «early April 2022»']);
    // A second verb of the clause, after "and", is still the clause's.
    const served = 'Many of its fighters were Tuareg who had served in the army of Libya and returned to Mali after the fall of its leader in 2011.';
    expect(timeline(served)).toEqual([]);
  });
});

describe('a relative phrase in a "which" clause in the pluperfect', () => {
  it("is the named thing's earlier past, but one on the story's own day still tells the story", () => {
    const tanks = 'On 7 June a president was elected. The army used tanks of the former Soviet 4th Army, which had been handed over earlier that year.';
    expect(timeline(tanks)).toEqual(['2012-06-07 day «7 June»']);
    const ceremony = 'On 6 April a drone struck a wedding. The guests had gathered after the ceremony, which had taken place that afternoon.';
    expect(timeline(ceremony)).toEqual(['2012-04-06 day «6 April»', '2012-04-06 day «that afternoon»']);
  });
});

describe('a date in a "when" or "after" clause inside a relative clause in the pluperfect', () => {
  it('is the circumstance of the thing’s earlier past, two steps from the main clause, and dates nothing', () => {
    const reinforced =
      'Russia reinforced the sector with paratroopers of the 76th Division, which had been withdrawn from the right bank after the retreat from Kherson in November.';
    expect(timeline(reinforced)).toEqual([]);
    expect(timeline('It numbered a few hundred men, most of them refugees from Handarat, whose residents had fled when rebels took the camp in 2013.')).toEqual(
      [],
    );
  });

  it('keeps the main clause’s own date, and the pluperfect clause’s own date that the guide gives the sentence', () => {
    const dated = 'On 30 December Russia reinforced the sector with paratroopers, which had been withdrawn after the retreat from Kherson in November.';
    expect(timeline(dated)).toEqual(['2012-12-30 day «30 December»']);
    expect(timeline('The troops regrouped near Handarat, which had been captured from the rebels on 14 December.')).toEqual(['2012-12-14 day «14 December»']);
  });
});

describe('a "which" clause in the pluperfect with a pronoun subject of its own', () => {
  it("is the place's earlier past, dating nothing alone, and the simple past goes on with the story", () => {
    const entered = 'In the north, the Tiger Forces pushed south from the Raqqa countryside, which they had entered in the spring, towards Kawm.';
    expect(timeline(`On 10 March, the siege began. ${entered}`)).toEqual(['2012-03-10 day «10 March»']);
    // Its subject may be a name, with its initials in brackets.
    const taken = 'The advance continued towards the Tabqa area, which the Syrian Democratic Forces (SDF) had taken from ISIL in May.';
    expect(timeline(`On 10 June, the town fell. ${taken}`)).toEqual(['2012-06-10 day «10 June»']);
    expect(timeline('On 10 March, the siege began. The army advanced towards the town, which they recaptured on 3 April.')).toEqual([
      '2012-03-10 day «10 March»',
      '2012-04-03 day «3 April»',
    ]);
  });
});

describe('a noun with a contact clause in the pluperfect, its subject a name', () => {
  it("is the thing's earlier past: it dates nothing and leaves the anchor on the story's day", () => {
    const prose =
      'On 27 June 2014 the army took the village. The loss erased the last of the gains Ukraine had made on this front in the summer of 2012. In July, troops took Novopil.';
    expect(timeline(prose, {})).toEqual(['2014-06-27 day «27 June 2014»', '2014-07 month «July»']);
  });
});

describe('a part of the month or year "earlier" than the day just told', () => {
  it('is a look back: an event of that month that leaves the anchor on the day', () => {
    const prose =
      'Russian troops left the village on 18 October 2010. The withdrawal had been agreed at the talks earlier in the month. The next day the monitors confirmed it.';
    expect(timeline(prose, {})).toEqual(['2010-10-18 day «18 October 2010»', '2010-10 month «earlier in the month»', '2010-10-19 day «The next day»']);
    // "Later that month" moves on from the day as before.
    const later = 'Russian troops left the village on 18 October 2010. Later that month the monitors arrived. The next day they reported.';
    expect(timeline(later, {})).toEqual(['2010-10-18 day «18 October 2010»', '2010-10 month «Later that month»', '2010-10 month «The next day»']);
  });
});

describe('a state in the pluperfect since a day a "when" clause tells', () => {
  it('is the step back to that day, so a relative day after it counts from it, unlike a bare look back', () => {
    const told =
      'The road reopened on 22 September 2025. The village had been cut off since 4 June, when the river burst its banks. The families were moved the same night.';
    expect(timeline(told, {})).toEqual(['2025-09-22 day «22 September 2025»', '2025-06-04 day «4 June»', '2025-06-04 day «the same night»']);
    // With the "when" clause in the pluperfect too, it stays a look back, and the story stays on its day.
    const back =
      'The road reopened on 22 September 2025. The river had burst its banks on 4 June, when the rain had gone on for days. The families were moved the same night.';
    expect(timeline(back, {})).toEqual(['2025-09-22 day «22 September 2025»', '2025-06-04 day «4 June»', '2025-09-22 day «the same night»']);
  });
});

describe('a look back in the pluperfect after a story told to its season or year', () => {
  it('moves no anchor: a day without its year after it is in the story’s year, and one in the simple past still moves it', () => {
    const season = 'In the spring of 2025 the brigade was moved west.';
    const on = 'On 12 July Russian groups broke in.';
    expect(timeline(`${season} The dam had been destroyed on 6 June 2023. ${on}`, {})).toEqual([
      '2025 year spring «spring of 2025»',
      '2023-06-06 day «6 June 2023»',
      '2025-07-12 day «12 July»',
    ]);
    expect(timeline(`${season} The dam was destroyed on 6 June 2023. ${on}`, {})).toEqual([
      '2025 year spring «spring of 2025»',
      '2023-06-06 day «6 June 2023»',
      '2023-07-12 day «12 July»',
    ]);
  });
});
