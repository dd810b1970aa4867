/**
 * The rules that keep a date out of the timeline, or a sentence from being an event: names,
 * baselines, plans, forecasts, comparisons, analysis. One sentence each, on plain prose.
 */
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/timeline/extractTimeline.ts';
import { timeline } from './timelineOf.ts';

describe('what is not the date of an event', () => {
  it('reads "this winter" only from a publication day, as "yesterday"', () => {
    expect(timeline('On 10 February, the siege began. The forest has been the hardest place on the front this winter.')).toEqual([
      '2012-02-10 day «10 February»',
    ]);
    expect(timeline('On 10 February, the siege began. Last summer, the dam was hit.')).toEqual(['2012-02-10 day «10 February»']);
    expect(timeline('On 10 February, the siege began. In the winter, the dam was hit.')).toEqual(['2012-02-10 day «10 February»', '2012 year winter «winter»']);
  });

  it('skips the date of a relative clause outside the story, and keeps one inside it', () => {
    const offensive = { infoboxDate: '29 July – 5 September 2021' };
    expect(timeline('The attackers are former rebel fighters that surrendered to the government in 2018.', offensive)).toEqual([]);
    // A comma inside a parenthesis the clause opens does not end the clause: every date in it is the soldiers' past.
    const coups = 'The towns are run by soldiers who seized power in coups (Mali in August 2020 and May 2021, Burkina Faso twice in 2019).';
    expect(timeline(coups, offensive)).toEqual([]);
    expect(timeline('Units came from the battalions trained by the mission, which had begun its work in the spring of 2013.', offensive)).toEqual([]);
    expect(timeline('Troops regrouped near Handarat, which had been captured from the rebels on 14 December.', { infoboxDate: '2012' })).toEqual([
      '2012-12-14 day «14 December»',
    ]);
  });

  it('keeps a "which" clause in the simple past whose own subject is a named actor: it goes on with the story', () => {
    expect(timeline('Fighting then moved into the town, which the SDF surrounded in April.')).toEqual(['2012-04 month «April»']);
    expect(timeline('Fighting then moved into the town, which the SDF had surrounded in April.')).toEqual([]);
  });

  it('keeps one whose subject is an actor named by a common noun, after an appositive too', () => {
    const village = 'Fighting continued around Kinsabba, the last large village in rebel hands, which the army captured on 17 February.';
    expect(timeline(village)).toEqual(['2012-02-17 day «17 February»']);
    expect(timeline('Fighting then moved into the town, which the rebels surrounded in April.')).toEqual(['2012-04 month «April»']);
    expect(timeline('Fighting then moved into the town, which the rebels had surrounded in April.')).toEqual([]);
  });

  it('ends a restrictive clause where the main clause’s verb comes back, so its date is the main clause’s', () => {
    const battle = { infoboxDate: '24 February – 4 April 2022' };
    expect(timeline('A memorial to the defenders who were killed in the battle was unveiled in 2023.', battle)).toEqual(['2023 year «2023»']);
    expect(timeline('The fighters that were killed in the battle that was fought in 2014 are buried here.', battle)).toEqual([]);
  });

  it('reads a participle phrase dating the subject as a restrictive clause, its date yielding to the main clause’s', () => {
    expect(timeline('The soldiers arrested in July 2012 were charged in August 2012, and were pardoned in January 2013.', {})).toEqual([
      '2012-08 month «August 2012»',
    ]);
    // Its agent may stand between the participle and its date.
    const closed = "A criminal case opened by the military prosecutor's office in the spring of 2012 was closed in May 2013.";
    expect(timeline(closed, {})).toEqual(['2013-05 month «May 2013»']);
    expect(timeline('The rebels attacked on 3 May 2012 and were repelled on 4 May 2012.', {})).toEqual(['2012-05-03 day «3 May 2012»']);
    const claimed = 'The group claimed on 11 January 2012 to have taken the town, and the army confirmed its withdrawal on 25 January.';
    expect(timeline(claimed, {})).toEqual(['2012-01-11 day «11 January 2012»']);
    // A verb of saying before "that" is the subject's own verb, no participle: its date is the saying's.
    const confirmed = 'The Kremlin confirmed in April 2012 that the withdrawal had begun, after the leaders had discussed it in March.';
    expect(timeline(confirmed, {})).toEqual(['2012-04 month «April 2012»']);
  });

  it("reads the day a cited source came out as the source's, no date of what it tells", () => {
    const moura =
      'It was at Moura, where from 27 to 31 March 2012 soldiers killed about 500 people, according to a United Nations report published in May 2013.';
    expect(timeline(moura, {})).toEqual(['2012-03-27 day → 2012-03-31 «27 to 31 March 2012»']);
    expect(timeline('Soldiers executed hundreds of men, according to a report published in May 2013.', {})).toEqual([]);
    const un = 'According to a report by the UN human rights monitoring mission published in December 2014, 120 civilians were killed in July 2014.';
    expect(timeline(un, {})).toEqual(['2014-07 month «July 2014»']);
  });

  it('reads a participle set between commas after the subject as a "which" clause, yielding only to a date of the main verb', () => {
    expect(timeline('The old council, elected in May 2010, was dissolved in March 2012.', {})).toEqual(['2012-03 month «March 2012»']);
    expect(timeline('The town, captured by the rebels in July 2011, was retaken by the army in January 2012.', {})).toEqual(['2012-01 month «January 2012»']);
    expect(timeline('The report, published on 3 May 2012, concluded that the fighting had begun on 8 April 2012.', {})).toEqual([
      '2012-05-03 day «3 May 2012»',
    ]);
    expect(timeline('The group, formed in 2010 and led by France, Spain and Italy from 2011, ran the talks.', {})).toEqual(['2010 year «2010»']);
    // The participle may follow the noun it describes, and a second noun may follow it; the main verb's weekday is its date.
    const men = 'The men, two soldiers captured near the border in 2023 and two civilians who had strayed across it, were flown home on Tuesday.';
    expect(timeline(men, { published: '2025-12-17' })).toEqual(['2025-12-16 day «on Tuesday»']);
    // After an opening "In the east,", and with a place's aside between the verb and its date; a clause of its own still ends it.
    const east = 'In the east, a second offensive, launched in early May 2015, reached the town of Mabrouka, about 60 km away, on 23 May 2015.';
    expect(timeline(east, {})).toEqual(['2015-05-23 day «23 May 2015»']);
    const report = 'The report, published on 3 May 2012, was read aloud, and the fighting began on 8 April 2012.';
    expect(timeline(report, {})).toEqual(['2012-05-03 day «3 May 2012»']);
  });

  it('ends a restrictive clause at the subject’s own verb of beginning or lasting, unless a clause of time holds that verb', () => {
    const mutiny =
      'The mutiny that led to the 2012 coup began in the camp on 21 March 2012, and the soldiers who overthrew the president in August 2020 also set out from it.';
    expect(timeline(mutiny, {})).toEqual(['2012-03-21 day «21 March 2012»']);
    expect(timeline('The unrest that followed the vote lasted until 3 May 2012.', {})).toEqual(['2012-05-03 day «3 May 2012»']);
    expect(timeline('The garrison held out until the night of 3 May 2012.', {})).toEqual(['2012-05-03 day «3 May 2012»']);
    expect(timeline('The garrison held out until 5 p.m. on 3 May 2012.', {})).toEqual(['2012-05-03 day «3 May 2012»']);
    // The place it held out in may be told at some length before the bound.
    expect(timeline('The garrison held out in the police station and the administrative buildings until 3 May 2012.', {})).toEqual([
      '2012-05-03 day «3 May 2012»',
    ]);
    const left = 'The families who left after the shelling began on 3 May 2012 were resettled in June 2012.';
    expect(timeline(left, {})).toEqual(['2012-06 month «June 2012»']);
  });

  it('takes a state a clause between commas held since a date, in the pluperfect, for its holder’s past, with no story too', () => {
    const rebels = 'Boko Haram, which had been fighting the government since 2009, used the border area as a rear base.';
    expect(timeline(rebels, {})).toEqual([]);
    // So is a place's, told by what had held there since the date.
    const garrison = 'The group then fought to relieve the garrison of Deir ez-Zor, where Islamic State forces had besieged the enclave since 2015.';
    expect(timeline(garrison, {})).toEqual([]);
    const summer = 'The command moved the brigade into Selydove, where territorial defence units had held positions since the summer.';
    expect(timeline(`On 9 October 2024 the attack began. ${summer}`, {})).toEqual(['2024-10-09 day «9 October 2024»']);
    // Not the main clause's own pluperfect after a restrictive clause.
    expect(timeline('The brigades that founded the legion had fought separately since 2012.', {})).toEqual(['2012 year «2012»']);
  });

  it('ends a restrictive clause at the subject’s own verb in the simple past right after the clause’s year, or at its verb of telling', () => {
    const forces = 'Russian forces that had broken through the lines in the autumn of 2025 reached the town in early November.';
    expect(timeline(forces, { infoboxDate: '2 November 2025 – present' })).toEqual(['2025-11 month early «early November»']);
    const pensioner = 'A pensioner who fled Stepanakert in 1992 told us on Tuesday that she was tired.';
    expect(timeline(pensioner, { published: '2023-05-24' })).toEqual(['2023-05-23 day «on Tuesday»']);
    // Right after a day and month too.
    const men = 'The armed men who had held a police compound since 17 July surrendered on Sunday, ending the standoff.';
    expect(timeline(men, { published: '2016-08-01' })).toEqual(['2016-07-31 day «on Sunday»']);
    // And at the subject's own verb of telling, after any date: what the volunteer tells dates the sentence.
    const volunteer = 'A volunteer who drove one of the boats in October tells us that on Nov. 17 a drone dropped a grenade on his boat.';
    expect(timeline(volunteer, { infoboxDate: '2023' })).toEqual(['2023-11-17 day «Nov. 17»']);
  });

  it('skips the date of a clause telling how the subject came to their post, and keeps a happening told in a clause', () => {
    const battle = { infoboxDate: '17 – 21 May 2014' };
    expect(timeline('The minister, who replaced his rival in April 2014, announced a visit.', battle)).toEqual([]);
    expect(timeline('The colonel, who had taken command in 2021, led the defence of the town.', battle)).toEqual([]);
    expect(timeline('The colonel, who had taken command in 2021, was killed on 18 May.', battle)).toEqual(['2014-05-18 day «18 May»']);
    expect(timeline('A reporter, who left before 25 February, saw heavy fighting.', { infoboxDate: '2012' })).toEqual([
      '2012-02-25 day before «before 25 February»',
    ]);
    // So does a "whose" clause telling when the person's term ended, a weekday's date too.
    const oath = 'Kavelashvili took the oath on Sunday.';
    expect(
      timeline(`${oath} Zourabichvili, whose six-year term ended on Sunday, had said for weeks that she would stay.`, { published: '2024-12-30' }),
    ).toEqual(['2024-12-29 day «on Sunday»']);
  });

  it("skips the date of a participle phrase describing a noun that is no subject, and keeps a clause's own verb", () => {
    const battle = { infoboxDate: '17 – 21 May 2014' };
    expect(timeline('The agreement called for a return to the positions held before 17 May and new talks.', battle)).toEqual([]);
    expect(timeline('The rebels had pickup trucks with machine guns and a few heavier weapons captured from the army in 2012.', battle)).toEqual([]);
    // Counted things described by the participle: the main clause's relative day dates the sentence.
    const tanks = 'Troops took the village on 14 November 2015. Rebels counter-attacked the next day with two tanks captured from the army in 2012.';
    expect(timeline(tanks, {})).toEqual(['2015-11-14 day «14 November 2015»', '2015-11-15 day «the next day»']);
    expect(timeline('Most of the mosaics survived under sandbags laid in 2012.', battle)).toEqual([]);
    // A building's parts, by when they were added or rebuilt; told as the subject's own happening, still an event.
    expect(timeline('It is a five-storey block with a surgical wing added in 2008.', battle)).toEqual([]);
    expect(timeline('The mosque stands next to a school with a roof rebuilt in 2009.', battle)).toEqual([]);
    expect(timeline('A surgical wing was added in 2008.', battle)).toEqual(['2008 year «2008»']);
    // "and" ends a noun phrase: "held" after it is the subject's second verb, not a participle describing "notice".
    expect(timeline("The conference was called at a week's notice and held on 24 and 25 May 2014.", battle)).toEqual(['2014-05-24 day «24 and 25 May 2014»']);
    // A perfect "been under" owns the "since": the blockade begun then, as "had been besieged since 2022" is.
    const blockade = 'Mansila had been under a blockade imposed by JNIM since 2022, and was supplied by helicopter.';
    expect(timeline(blockade, { infoboxDate: '11 June 2024' })).toEqual(['2022 year «2022»']);
    expect(timeline('A sanatorium of the Armenian trade unions opened in 1940.', battle)).toEqual(['1940 year «1940»']);
    expect(timeline('The final concept was a major change from the initial project considered in late 2014.', battle)).toEqual([]);
    expect(timeline('Under the laws adopted in 2015, parliament renamed the city on 4 February 2016.', battle)).toEqual(['2016-02-04 day «4 February 2016»']);
    expect(timeline('Rebels captured Kidal in 2012.', battle)).toEqual(['2012 year «2012»']);
    // The main clause's verb after the participle's place takes the date back.
    expect(timeline('Talks on a deal of the kind signed in Darayya broke down in mid-May.', battle)).toEqual(['2014-05 month mid «mid-May»']);
    // "despite" inside the clause is such a preposition; opening the sentence it names the happening that sets its scene.
    const despite = 'The vote was put off in the north, which remains under rebel control despite a deal signed in March 2014.';
    expect(timeline(despite, battle)).toEqual([]);
    expect(timeline('Despite the deal signed in March 2014, fighting went on.', battle)).toEqual(['2014-03 month «March 2014»']);
    // Those released are described by when they were taken: the release is the sentence's, counted from the day just told.
    expect(timeline('Talks were held on 14 May. Five days later, the rebels released ten soldiers captured in April.', battle)).toEqual([
      '2014-05-14 day «14 May»',
      '2014-05-19 day «Five days later»',
    ]);
    expect(timeline('The rebels released ten soldiers captured in April.', battle)).toEqual([]);
    expect(timeline('On 18 May the army captured the town.', battle)).toEqual(['2014-05-18 day «18 May»']);
    expect(timeline('Rebels said the army captured the governorate on 18 May.', battle)).toEqual(['2014-05-18 day «18 May»']);
    expect(timeline('Kidal was captured by the MNLA in 2012.', battle)).toEqual(['2012 year «2012»']);
    expect(timeline('Units of the army arrived in Kidal on 18 May.', battle)).toEqual(['2014-05-18 day «18 May»']);
    expect(timeline('Troops shelled the positions held by the rebels on 18 May.', battle)).toEqual(['2014-05-18 day «18 May»']);
    expect(timeline('In May 2006 deserters seized the camps, and the accords signed in July promised aid.', battle)).toEqual(['2006-05 month «May 2006»']);
    expect(timeline('On 18 May the army attacked. The next day, rebels retook part of the ground lost on 18 May.', battle)).toEqual([
      '2014-05-18 day «18 May»',
      '2014-05-19 day «The next day»',
    ]);
    expect(timeline('The army lost on 18 May the hills it had held.', battle)).toEqual(['2014-05-18 day «18 May»']);
  });

  it('keeps a memorial opened on its day, and a commemoration cancelled on it', () => {
    expect(timeline('A memorial to the fighters was opened in the city in 2012.')).toEqual(['2012 year «2012»']);
    expect(timeline('On 31 March, the anniversary commemorations were cancelled after a drone attack.')).toEqual(['2012-03-31 day «31 March»']);
    expect(timeline('On 8 April 2013, the first anniversary of the attack, residents gathered at the station to lay flowers.', {})).toEqual([]);
    expect(timeline('On 8 April 2013, the first anniversary of the attack was marked with a ceremony at the station.', {})).toEqual([]);
    expect(timeline('On 8 April 2013, the first anniversary of the attack, a missile struck the station again.', {})).toEqual([
      '2013-04-08 day «8 April 2013»',
    ]);
  });

  it('keeps a month told in the past, unlike the months of what comes every year', () => {
    expect(timeline('Heavy rain fell in July and flooded the valley.')).toEqual(['2012-07 month «July»']);
  });

  it('keeps what was done by a date after an undertaking, when "and" opens its own clause', () => {
    expect(timeline('The rebels agreed to withdraw from the town, and by 5 May 2012 they had left.', {})).toHaveLength(1);
  });

  it('keeps a date after "of" that is the time itself, or someone’s act of that day', () => {
    expect(timeline('On the night of 20/21 March, the town fell.')).toHaveLength(1);
    expect(timeline('Rebels withdrew at the end of March.')).toEqual(['2012-03 month late «the end of March»']);
    expect(timeline("The government's draft resolution of 1 September 2014 required a new bridge.")).toEqual(['2014-09-01 day «1 September 2014»']);
    expect(timeline('The loss of the town on 5 March forced a retreat.')).toEqual(['2012-03-05 day «5 March»']);
    expect(timeline('After the fall of Homs of March 2012, the rebels withdrew.')).toEqual(['2012-03 month «March 2012»']);
    expect(timeline('After the coups of August 2020 and May 2021, the government turned to Russia.', {})).toEqual(['2020-08 month «August 2020»']);
    expect(timeline('During the military build-up of late 2021, intelligence services warned of an attack.', {})).toEqual(['2021 year late «late 2021»']);
    expect(timeline('During the offensive of the summer of 1992 the front came within 5 km of the town.', {})).toEqual(['1992 year summer «summer of 1992»']);
    expect(timeline('Under the ceasefire agreement of 10 November 2020, about 2,000 peacekeepers were deployed.', {})).toEqual([
      '2020-11-10 day «10 November 2020»',
    ]);
    expect(timeline('Under the terms of the ceasefire agreement of 10 November 2020, the village remained within the zone.', {})).toEqual([
      '2020-11-10 day «10 November 2020»',
    ]);
    expect(timeline('After the accord of 2015 between the government and the rebels, the plan was revived.', {})).toEqual(['2015 year «2015»']);
    expect(timeline('In the drought of 1973 and again in 1984, herders lost their animals.', {})).toEqual(['1973 year «1973»']);
    // Named by whose it was, the happening still opens the sentence: what its main clause counts from it dates it.
    const left = 'On 1 May 2023 the town was quiet. After Azerbaijan’s offensive of 19–20 September 2023, most residents left by the end of the month.';
    expect(timeline(left, {})).toEqual(['2023-05-01 day «1 May 2023»', '2023-09 month late «the end of the month»']);
    expect(timeline('During the Franco-Syrian War of 1920 the hills were a base of the revolt led by Hananu, who fought from the spring of 1919.', {})).toEqual(
      ['1920 year «1920»'],
    );
    expect(timeline('The war of 1920 the hills saw was short.', {})).toEqual([]);
    expect(timeline('After the invasion of 2022 a large part of the population left the city.', {})).toEqual(['2022 year «2022»']);
    expect(timeline('A force of 2000 fighters and a few tanks arrived.', {})).toEqual([]);
    expect(timeline('The region was created by a law of 2012 from the former district.', {})).toEqual(['2012 year «2012»']);
    expect(timeline('The famine of 1932–1933 struck the villages of the district.', {})).toEqual(['1932 year → 1933 «1932–1933»']);
    // Its verb may be one of the common irregular pasts, after a second year joined by "and" (the first dates it).
    expect(timeline('The Minsk agreements of 2014 and 2015 froze the front line, which ran along the river.', {})).toEqual(['2014 year «2014»']);
    expect(timeline('The agreement of 2014 froze the front line.', {})).toEqual(['2014 year «2014»']);
    expect(timeline('The presidential election of November 2011 was won by the opposition candidate.', {})).toEqual(['2011-11 month «November 2011»']);
    expect(timeline('The rebellion of 2012 also began at the town, when rebels attacked the camp on 17 January 2012.', {})).toEqual([
      '2012-01-17 day «17 January 2012»',
    ]);
    expect(timeline('The census of 1989 had counted 90,600 people.', {})).toEqual([]);
    expect(timeline('The force of 1500 armed men attacked the town.', {})).toEqual([]);
    expect(timeline('The battle of 2019 remained the deadliest of the war.', {})).toEqual([]);
    expect(timeline('The area came under Russian rule, and the Treaty of Gulistan of October 1813 confirmed the transfer.', {})).toEqual([
      '1813-10 month «October 1813»',
    ]);
    expect(timeline('The camp was attacked again, and the battle of 2019 remained the deadliest of the war.', {})).toEqual([]);
    // So is the subject of an opening "When" clause; a date of the main clause still wins.
    expect(timeline('When the treaty of October 1921 fixed the border, the station was left on the Syrian side.', {})).toEqual([
      '1921-10 month «October 1921»',
    ]);
    expect(timeline('When the treaty of October 1921 fixed the border, the station was closed on 3 May 1922.', {})).toEqual(['1922-05-03 day «3 May 1922»']);
    // A "which" clause between the dated subject and its verb leaves the verb the subject's; a thousands comma does not end it.
    expect(timeline('The earthquake of 7 December 1988, which killed at least 25,000 people, briefly halted the strikes.', {})).toEqual([
      '1988-12-07 day «7 December 1988»',
    ]);
    expect(timeline('The earthquake of 7 December 1988, which killed at least 25,000 people, is remembered each year.', {})).toEqual([]);
    // So does a participle standing for such a clause.
    expect(timeline('The national dialogue of May 2012, boycotted by most parties, extended the transition.', {})).toEqual(['2012-05 month «May 2012»']);
    expect(timeline('The ninth article of the ceasefire statement of 10 November 2020 provided for the unblocking of transport links.', {})).toEqual([
      '2020-11-10 day «10 November 2020»',
    ]);
    expect(timeline('The first article of the treaty of 2003 was the most disputed.', {})).toEqual([]);
    expect(timeline('The war of 2020 ended with a ceasefire.', {})).toEqual([]);
    expect(timeline('A force of 2000 soldiers arrived in the town.', {})).toEqual([]);
    expect(timeline('The losses of the autumn of 2022 were repeated.', {})).toEqual([]);
    expect(timeline('The army on 5 March was a few kilometres from the town.')).toEqual(['2012-03-05 day «5 March»']);
    expect(timeline('Casualties rose to 40, compared with 12 on 5 March.')).toEqual([]);
    expect(timeline('On 5 March, rebels compared the attack with a massacre.')).toEqual(['2012-03-05 day «5 March»']);
    // The other side of a comparative's "than" is the thing compared with; a figure's "more than" is no comparison of dates.
    expect(timeline('The second siege drew far less notice than the first, in May 2011, and few reporters came.', {})).toEqual([]);
    expect(timeline('The shelling of the town was heavier than in 2011.', {})).toEqual([]);
    expect(timeline('The army lost more men than it had in May 2011.', {})).toEqual([]);
    // A multiple of what a thing was then compares with then too.
    expect(timeline('In the market a sack of rice now costs almost twice what it did in July 2011.', {})).toEqual([]);
    expect(timeline('Families pay up to 50,000 pounds for a tank, more than twice what they paid last summer.', { published: '2024-07-23' })).toEqual([]);
    expect(timeline('More than 300 soldiers were killed in May 2011.', {})).toEqual(['2011-05 month «May 2011»']);
    expect(timeline('As of 14 March, the army held the village.')).toEqual(['2012-03-14 day «14 March»']);
    expect(timeline('As of 2012, the army held the village.')).toEqual(['2012 year «2012»']);
    expect(timeline('The army held the village as of 2012, and the rebels held the hills.')).toEqual(['2012 year «2012»']);
  });

  it('skips a time that is itself weighed ("this week belongs to…"), and keeps a happening of it', () => {
    const post = { published: '2024-12-12' };
    expect(extractTimeline('Whatever happens next, this week belongs to the people who lived to see it.\n', post)).toEqual([]);
    expect(extractTimeline('In the end, 2016 will be remembered as the year the city fell.\n', {})).toEqual([]);
    expect(extractTimeline('This week the rebels reached Damascus.\n', post).map((event) => event.date)).toEqual(['2024-12-12']);
    expect(extractTimeline('The Security Council is expected to discuss the move later this week.\n', post)).toEqual([]);
    expect(extractTimeline('For the crews, the anniversary was marked today with a ceremony in Odesa.\n', post)).toEqual([]);
  });

  it('gives one event per sentence, and the next sentence counts from it', () => {
    expect(timeline('In early February 2014, a study was ordered, to be published in 2015. On 3 March, a decree followed.', {})).toEqual([
      '2014-02 month early «early February 2014»',
      '2014-03-03 day «3 March»',
    ]);
  });
});
