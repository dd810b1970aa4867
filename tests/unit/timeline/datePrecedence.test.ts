/** Which of a sentence's dates dates it: a relative phrase of the main clause against a relative clause's date or an explicit one. */
import { describe, expect, it } from 'vitest';
import { timelineWithoutEnds as timeline } from './timelineOf.ts';

describe('a relative phrase of the main clause before a relative clause’s date', () => {
  it('dates the sentence: the relative clause describes what the main clause names', () => {
    const held = 'On 10 March, the rebels withdrew. Over the next two days, the army took the villages, which had been held by the rebels since 2011.';
    expect(timeline(held)).toEqual(['2012-03-10 day «10 March»', '2012-03-11 day «Over the next two days»']);
    // Also when the clause's date lies before the story, which alone would leave the sentence undated.
    const haidai = 'On 7 May the town fell. The governor, whose administration had been moved out of the city in March, said the same week that it held.';
    expect(timeline(haidai, { infoboxDate: '18 April 2012 – 25 June 2012' })).toEqual(['2012-05-07 day «7 May»', '2012-05-07 day around «the same week»']);
    // A restrictive clause with a subject of its own, in the pluperfect, too.
    const stage =
      'On 10 March, the police cleared the square. Officers moved in shortly after 2 a.m., tearing down the stage that protesters had put up there in November 2011.';
    expect(timeline(stage)).toEqual(['2012-03-10 day «10 March»', '2012-03-10 day «after 2 a.m.»']);
    // What a saying dated by the phrase reports in the pluperfect had happened before it.
    const said = 'On 18 March the brigade was reorganised. Its commander said at the time that the change only recognised how it had fought since 2010.';
    expect(timeline(said)).toEqual(['2012-03-18 day «18 March»', '2012-03-18 day «at the time»']);
    const recaptured = 'On 10 March, the rebels withdrew. The next day, the army entered the town, which it had lost on 2 March.';
    expect(timeline(recaptured)).toEqual(['2012-03-10 day «10 March»', '2012-03-11 day «The next day»']);
  });
});

describe('a relative clause’s date before the main clause’s relative phrase', () => {
  it('yields to the phrase, counted from the story, not from the clause’s date', () => {
    const hospital = 'A missile hit the substation on Wednesday. The hospital, which was badly damaged in July 2024, reopened the next day.';
    expect(timeline(hospital, { published: '2025-02-14' })).toEqual(['2025-02-12 day «on Wednesday»', '2025-02-13 day «the next day»']);
    const generators = 'A missile hit the substation on Wednesday. Okhmatdyt, which was hit by a missile last July, switched to generators within minutes.';
    expect(timeline(generators, { published: '2025-02-14' })).toEqual(['2025-02-12 day «on Wednesday»', '2025-02-12 day «within minutes»']);
  });

  it('yields to the main clause’s date when it has a subject of its own, an appositive too, before the subject’s verb', () => {
    const committee = 'The committee that the president, Ahmed al-Sharaa, set up to investigate the killings in March presented its report on Tuesday.';
    expect(timeline(committee, { published: '2025-07-24' })).toEqual(['2025-07-22 day «on Tuesday»']);
    // Its subject may be named in three words, after a day of the same month.
    const findings =
      'On 6 March 2025 gunmen ambushed security forces. The national fact-finding committee that the interim president, Ahmed al-Sharaa, had appointed on 9 March presented its findings in July 2025.';
    expect(timeline(findings, {})).toEqual(['2025-03-06 day «6 March 2025»', '2025-07 month «July 2025»']);
    // A subject named by its own name or "both sides", a longer noun phrase, a post's "last month", an irregular main verb.
    const pause = 'The 30-day pause in strikes on energy infrastructure that Russia and Ukraine accepted last month ran out on Thursday.';
    expect(timeline(pause, { published: '2025-04-18' })).toEqual(['2025-04-17 day «on Thursday»']);
    const truce = 'The truce that both sides accepted in March 2014 collapsed on 5 May 2014.';
    expect(timeline(truce, {})).toEqual(['2014-05-05 day «5 May 2014»']);
  });

  it('yields to the main clause’s date when "that" is its subject, told in the perfect, a "since" clause with its own date in it', () => {
    const delegation =
      'The special delegation that has run the town since the municipal councils were dissolved in 2022 announced yesterday that the site would be cleared.';
    expect(timeline(delegation, { published: '2025-02-12' })).toEqual(['2025-02-11 day «yesterday»']);
  });

  it('yields to a later main clause’s date, a clause opened by a preposition too ("to which", "from whom")', () => {
    const claimed = 'The attack was claimed by the Islamic State, to which Boko Haram had pledged allegiance in March 2015; in August 2016 the group split.';
    expect(timeline(claimed, { infoboxDate: '2016' })).toEqual(['2016-08 month «August 2016»']);
  });
});

describe('an explicit date wins over a relative phrase in the same sentence', () => {
  it('dates "A week later on 29 April" and "In the following weeks … on 29 May" by the explicit day', () => {
    expect(
      timeline('On 9 April, it began. A week later on 29 April an officer was killed. In the following weeks, three civilians were killed on 29 May.'),
    ).toEqual(['2012-04-09 day «9 April»', '2012-04-29 day «29 April»', '2012-05-29 day «29 May»']);
  });

  it('dates two clauses of equal weight by the first-named, even when only the second names its day', () => {
    expect(timeline('On 22 March, soldiers mutinied. The town fell eight days later, and independence was declared on 6 April.')).toEqual([
      '2012-03-22 day «22 March»',
      '2012-03-30 day «eight days later»',
    ]);
  });

  it('dates it by the second clause’s day when the first clause’s phrase stands in a relative clause in the pluperfect', () => {
    const prose = 'On 22 March, the road was cut. The army brought in units that had fought north of the city earlier in the month, and attacked on 25 March.';
    expect(timeline(prose)).toEqual(['2012-03-22 day «22 March»', '2012-03-25 day «25 March»']);
  });

  it('dates a subject’s two verbs by the first-named when the second, in the passive, names its day', () => {
    expect(timeline('On 1 April, a team set out. The team tried again over the next two days and was detained on the night of 4 April.')).toEqual([
      '2012-04-01 day «1 April»',
      '2012-04-02 day «over the next two days»',
    ]);
    // Or joined by "but", the second in the simple past.
    expect(timeline('On 13 May, talks ended. The rebels had initialled the deal the previous day but only signed it on 20 June.')[1]).toBe(
      '2012-05-12 day «the previous day»',
    );
    // Or joined by "and", the second taking back the first one's object.
    const lifted = 'On 23 June, gunmen attacked. The committee declared a regime that evening and lifted it at 9 a.m. on 24 June.';
    expect(timeline(lifted)[1]).toBe('2012-06-23 day «that evening»');
    // Its verb irregular: "and held it until September 2022" is the second happening, the first clause's day dates the sentence.
    const held = 'Russian troops drove into the village on the first day of the full-scale invasion and held it until September 2022.';
    expect(timeline(held, { title: 'Kolodiazne 2025' })).toEqual(['2022-02-24 day «on the first day of the full-scale invasion»']);
    // One verb: the explicit day still wins.
    expect(timeline('On 1 April, a team set out. A week later on 9 April the team was detained.')[1]).toBe('2012-04-09 day «9 April»');
  });

  it('dates a clause by its relative date over a "with" phrase hung on it', () => {
    expect(timeline('On 22 March, soldiers mutinied. Raids intensified the next day, with the rebels taking two posts on 30 March.')).toEqual([
      '2012-03-22 day «22 March»',
      '2012-03-23 day «the next day»',
    ]);
  });

  it('dates the first of two clauses by its relative day when the second dates only a participle', () => {
    expect(
      timeline('On 8 May, the town fell. Officials confirmed it the following day, and the war ended with an agreement signed on the night of 9 to 10 May.'),
    ).toEqual(['2012-05-08 day «8 May»', '2012-05-09 day «the following day»']);
  });

  it('gives one event for "began in mid-May 2013 and ended three weeks later"', () => {
    expect(timeline('A counter-offensive began in mid-May 2013 and ended three weeks later.')).toEqual(['2013-05 month mid «mid-May 2013»']);
  });

  it('gives one event per sentence, dated by its first date', () => {
    expect(timeline('The town was captured in June 1919 and the mayor was reinstated in July.', {})).toEqual(['1919-06 month «June 1919»']);
  });
});

describe('an opening "Under the …" phrase with no comma after it', () => {
  it('ends before the main clause’s finite verb, whose date dates the sentence', () => {
    const mandate = 'Under the French Mandate Saraqib became the seat of a nahiya in 1925, and the first school opened in 1946.';
    expect(timeline(mandate, {})).toEqual(['1925 year «1925»']);
  });
});

describe('an opening "After the fall of …" a named one, then its date', () => {
  it('is no clause: a relative phrase of the first main clause counts from it and dates the sentence', () => {
    const dissolved =
      "After the fall of Assad on 8 December 2024, the group's leadership announced its dissolution in a statement issued the next day, and its chief was reported to have fled.";
    expect(timeline(dissolved, {})).toEqual(['2024-12-09 day «the next day»']);
  });

  it('dates the sentence itself when the relative phrase stands in a second clause', () => {
    const entered = 'Following the fall of the Assad government on 8 December 2024, the SDF entered the city, but it withdrew three days later.';
    expect(timeline(entered, {})).toEqual(['2024-12-08 day «8 December 2024»']);
  });
});

describe('an opening operation with its start set off as an aside', () => {
  it('is no clause: a date of the main clause dates the sentence, and alone the aside dates it', () => {
    const advanced =
      'In the final government offensive, launched on 15 November, the brigade advanced from the north, taking part in the capture of the district on 26 November.';
    expect(timeline(advanced)).toEqual(['2012-11-26 day «26 November»']);
    expect(timeline('In the final offensive, launched on 15 November, the brigade advanced into the districts.')).toEqual(['2012-11-15 day «15 November»']);
  });
});

describe('an opening war named by its years', () => {
  it('sets the scene: a date of the main clause dates the sentence, and alone the war’s years date it', () => {
    const akhalkalaki = 'In the Russo-Turkish War of 1828–1829, Russian troops took Akhalkalaki on 24 July 1828, and the town was annexed.';
    expect(timeline(akhalkalaki, {})).toEqual(['1828-07-24 day «24 July 1828»']);
    expect(timeline('In the war of 2008, Russian troops occupied the town.', {})).toEqual(['2008 year «2008»']);
  });
});

describe('a year counted on after the dated happening of a sentence', () => {
  it('is the last date the sentence states: a month after it is in that year', () => {
    const quiet = '## Background\nIn July 2017, the powers agreed on a zone, and the front stayed quiet for most of the following year. ';
    const moved = 'The Tiger Forces were moved to Daraa in late May.';
    expect(timeline(quiet + moved, { infoboxDate: '19–26 June 2018' })).toEqual(['2017-07 month «July 2017»', '2018-05 month late «late May»']);
    // Without it, the month is the one nearest July 2017.
    expect(timeline(`## Background\nIn July 2017, the powers agreed on a zone. ${moved}`, { infoboxDate: '19–26 June 2018' }).at(-1)).toBe(
      '2017-05 month late «late May»',
    );
  });
});

describe('a participle with its year describing people who then acted', () => {
  it('yields to the main clause’s date, or to an opening phrase’s', () => {
    const opening = 'After the fall of the Assad government in December 2024, some of the families evacuated in 2018 returned to Arbeen.';
    expect(timeline(opening, { infoboxDate: '2012 – 2018' })).toEqual(['2024-12 month «December 2024»']);
    expect(timeline('The families evacuated in 2018 returned to the town in December 2024.', {})).toEqual(['2024-12 month «December 2024»']);
  });
});

describe('a noun in apposition whose participle dates the thing the main clause names', () => {
  it('yields to the relative phrase that opens the main clause, a main clause telling its verb keeping its date', () => {
    const law = 'The next day, the Assembly passed the law creating the VDP, a force first proposed by Kaboré in November 2019.';
    expect(timeline(`On 20 January 2020, gunmen killed 36 civilians. ${law}`, {}).at(-1)).toBe('2020-01-21 day «The next day»');
    const entered = 'After the fighters slipped out during the night, the Tiger Forces entered the town on the morning of 26 February.';
    expect(timeline(`On 25 February 2017, the army attacked. ${entered}`, {}).at(-1)).toBe('2017-02-26 day «26 February»');
  });
});

describe('a participle between commas after a name, giving the post the person was elected or appointed to', () => {
  it('describes the person: no event when the main clause has no date', () => {
    const maskhadov = 'Its president, Aslan Maskhadov, elected in January 1997, had little control over the field commanders.';
    expect(timeline(maskhadov, { infoboxDate: '7 August – 14 September 1999' })).toEqual([]);
  });
});

describe('an opening "When" clause with its day, then a relative phrase in a relative clause of the main one', () => {
  it('dates the sentence by the "When" clause: the relative clause describes', () => {
    const district = 'When the district was established on 1 December 2010, the brigade was moved to it, whose staff moved to Ulan-Ude the same year.';
    expect(timeline(district, {})).toEqual(['2010-12-01 day «1 December 2010»']);
  });
});

describe('a bare plural subject with where it goes, then a participle dating its past between commas', () => {
  it('dates the sentence by the main clause', () => {
    const trains = 'Passenger trains to Baku, suspended in 2013 during the reconstruction of the line, resumed on 30 September 2018.';
    expect(timeline(trains, {})).toEqual(['2018-09-30 day «30 September 2018»']);
  });
});

describe('a relative clause told in the simple past before a main verb in the present, as a report tells its story', () => {
  it('is an earlier past: its month is the last one before the day told, not the next one', () => {
    const clip = "On Aug. 20, 2024 a shell hits the school. It's the morning of Sept. 1 when the next clip is filmed.";
    const report = `${clip} Three children who left Zybyne in March sing the anthem. In the autumn the fighting moves into the village.`;
    expect(timeline(report, {})).toEqual(['2024-08-20 day «Aug. 20, 2024»', '2024-09-01 day «»', '2024 year autumn «autumn»']);
    // A witness telling, in the present or the past, is dated by what the clause tells (guide).
    expect(timeline('On Sept. 1, 2024 the school year starts. A woman who left the village in early July tells us the shop has closed.', {})).toEqual([
      '2024-09-01 day «Sept. 1, 2024»',
      '2024-07 month early «early July»',
    ]);
  });
});

describe('a dated happening as the subject of the first of two main clauses, the second dated', () => {
  it('dates the sentence: the first named of two clauses of equal weight, unless the second only tells its time more closely', () => {
    const commune = 'The decentralisation of 2002 made Toumour a rural commune, and its first municipal council was elected in July 2004.';
    expect(timeline(commune, {})).toEqual(['2002 year «2002»']);
    expect(timeline('The Sochi agreement of 17 September 2018 placed the sector inside the zone, and the brigade withdrew in October.', {})).toEqual([
      '2018-09-17 day «17 September 2018»',
    ]);
    // An opening phrase's happening sets the scene for both clauses: the later clause's date dates the sentence.
    expect(timeline('After the coup of May 2021, the junta expelled the French troops, and the last of them left in August 2022.', {})).toEqual([
      '2022-08 month «August 2022»',
    ]);
    const losses = 'The losses of January 2017 weakened the garrison, and the next offensive, launched on 14 January 2017, took the hill.';
    expect(timeline(losses, {})).toEqual(['2017-01-14 day «14 January 2017»']);
  });
});

describe('a thing named by its bare year, a day of it told after without its year', () => {
  it('gives that day its year, though the year itself dates nothing', () => {
    const convention = 'The town grew in 1900. The Anglo-French Convention of 1904, signed in London on 8 April, drew the colonial boundary.';
    expect(timeline(convention, {})).toEqual(['1900 year «1900»', '1904-04-08 day «8 April»']);
  });
});
