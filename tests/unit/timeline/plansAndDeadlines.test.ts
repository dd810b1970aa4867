/**
 * Dates a sentence looks ahead to rather than tells: threats, plans, deadlines, measures announced for a day, and the dates
 * in names, a named thing's past and commemorations. One sentence each, on plain prose.
 */
import { describe, expect, it } from 'vitest';
import { isPlannedFor } from '../../../src/timeline/plansAndDeadlines.ts';
import { timeline } from './timelineOf.ts';

describe('what a sentence looks ahead to, or names, is not the date of an event', () => {
  it('reads a day someone threatened to act on as lying ahead: it dates nothing and moves no anchor', () => {
    const threat = 'In a video released on 5 May, he threatened to withdraw his forces from the city on 10 May if they got no ammunition.';
    expect(timeline(`${threat} Two days later he reversed course.`)).toEqual(['2012-05-05 day «5 May»', '2012-05-07 day «Two days later»']);
    const clause = 'The bloc threatened to intervene but never did, and in January 2012 three states announced that they would leave it.';
    expect(timeline(clause)).toEqual(['2012-01 month «January 2012»']);
  });

  it('reads each day of a list a plan was set for as planned', () => {
    expect(timeline('The two rounds had been set for 4 and 18 February.')).toEqual([]);
    expect(timeline('The two rounds were held on 4 and 18 February.')).toEqual(['2012-02-04 day «4 and 18 February»']);
    // So is a sitting called for a day (read on the words before the date, as the sentence's other rules are).
    expect(isPlannedFor('and its first session has been called for ')).toBe(true);
    expect(isPlannedFor('the opposition called for ')).toBe(false);
  });

  it('reads what should have happened at a date as not having happened then: it dates nothing', () => {
    expect(timeline('Under the constitution, a presidential election should have been held in March 2012.')).toEqual([]);
    expect(timeline('The talks ought to have resumed on 4 May. They resumed on 9 May.')).toEqual(['2012-05-09 day «9 May»']);
    expect(timeline('The election was held in March 2012.')).toEqual(['2012-03 month «March 2012»']);
  });

  it('keeps a period of years opening a sentence that tells no name', () => {
    expect(timeline('From 1934 to 1961 the town grew quickly.', {})).toEqual(['1934 year → 1961 «1934 to 1961»']);
  });

  it('reads a date after "would later" or "would go on to" as what came to pass', () => {
    expect(timeline('The brigade would later return to the town in March 2013. Its commander would go on to lead the army in 2015.')).toEqual([
      '2013-03 month «March 2013»',
      '2015 year «2015»',
    ]);
    // "would go back" is no "would go on to": what someone said they would do lies ahead.
    expect(timeline('Residents said they would go back to the highway on Friday if the water was not restored.', { published: '2025-07-22' })).toEqual([]);
  });

  it('reads a date in an opening clause in the present before a main clause in the future as lying ahead', () => {
    expect(timeline('Whoever is elected in March will inherit an empty treasury.')).toEqual([]);
    expect(timeline('If the dam holds until April, the harvest will be saved.')).toEqual([]);
    // Told in the past, or with no future after it, the clause tells a happening.
    expect(timeline('If the army took the town in March, it was never reported.')).toEqual(['2012-03 month «March»']);
    expect(timeline('Whoever fired the shell in March has never been found.')).toEqual(['2012-03 month «March»']);
  });

  it('reads a month an announcement said something would happen in as lying ahead, the clause after it dating the sentence', () => {
    expect(timeline('The union announced that it would call a new strike in April, and its members marched on 12 March.')).toEqual([
      '2012-03-12 day «12 March»',
    ]);
    expect(timeline('The governor told reporters that the road would reopen in late March.')).toEqual([]);
  });

  it('reads what someone said would or should come by a day as lying ahead, told without "that" too', () => {
    const post = { published: '2025-03-19' };
    expect(timeline('On 17 March traffic was halted. Russian Railways said delays should be cleared by Thursday.', post)).toEqual([
      '2025-03-17 day «17 March»',
    ]);
    expect(timeline('On 17 March traffic was halted. Officials said the road would reopen by Friday.', post)).toHaveLength(1);
    expect(timeline('On 17 March traffic was halted. Officials said the road reopened on Tuesday.', post)).toHaveLength(2);
    // What was said to be expected at the weekend lies ahead; the telling is the day's.
    const tanker = 'A harbour official told reporters on Thursday that a tanker with diesel was expected at the weekend.';
    expect(timeline(tanker, { published: '2025-04-17' })).toEqual(['2025-04-17 day «on Thursday»']);
    // A phrase holding its own preposition, after a longer object.
    const water = 'He said the government would allow another 25 million cubic metres to be released over the next ten days.';
    expect(timeline(`On 17 March traffic was halted. ${water}`, post)).toHaveLength(1);
    // What "would have to be" done by a date is a deadline, no anchor for the days counted after it, however long the saying.
    const told = 'On 5 August 2022, the head told a meeting of residents that Aghavno, Sus and Berdzor would have to be vacated by 25 August.';
    expect(timeline(`${told} Two days later, villagers blocked the road.`, {})).toEqual(['2022-08-05 day «5 August 2022»', '2022-08-07 day «Two days later»']);
  });

  it('reads a date opening the sentence whose clause then looks ahead as the day of what is planned', () => {
    const post = { published: '2025-02-06' };
    expect(timeline('In March the ministry is due to review the licences of all foreign NGOs.', post)).toEqual([]);
    expect(timeline('On Sunday the delegation will travel to Damascus.', post)).toEqual([]);
    // A "will" in what is said that day is the saying's: the announcing happens on it.
    const announces = 'On 9 November Russia announces that its troops will leave the right bank of the Dnipro.';
    expect(timeline(announces, post)).toEqual(['2024-11-09 day «9 November»']);
    expect(timeline('In March the ministry reviewed the licences.', post)).toEqual(['2024-03 month «March»']);
    expect(timeline('A delegation from Sweida is due in Damascus on Sunday to discuss the details.', post)).toEqual([]);
    expect(timeline('Forecasters expect the temperature to fall to minus 12 degrees over the weekend.', post)).toEqual([]);
    expect(timeline('Forecasters expect more rain in the mountains on Thursday and Friday.', post)).toEqual([]);
    // What a weather service forecasts, or has forecast, lies ahead as what forecasters expect.
    expect(timeline('The weather service forecasts more rain in the valleys on Thursday and Friday.', post)).toEqual([]);
    expect(timeline('The agency has forecast more rain in the hills from Friday.', post)).toEqual([]);
    // A rule laid down for what lies ahead ("is to close"), unlike a happening ("closed at 4 p.m.").
    const rule = 'The governor announced the decision on Thursday. The market is to close at 4 p.m., the statement said.';
    expect(timeline(rule, post)).toEqual(['2025-02-06 day «on Thursday»']);
    expect(timeline('The governor announced the decision on Thursday. The market closed at 4 p.m.', post)).toHaveLength(2);
    // A possessive among the words between "would" and the date.
    const promised =
      "The minister arrived last night. He promised that 40 tanker lorries would leave the refinery for the city's stations by the end of the week.";
    expect(timeline(promised, post)).toEqual(['2025-02-05 day «last night»']);
    // A figure expected, dated by when it was said.
    expect(timeline('The city expects about 500,000 visitors this year, its tourism department said on Thursday.', post)[0]).toMatch(/«on Thursday»$/);
    expect(timeline('The curfew may be over, but few people expect to go out after dark any time soon.', post)).toEqual([]);
    // In any article, what someone now expects to come lies ahead, as what "is expected" does.
    expect(timeline('The government expects the first turbine to be commissioned in 2027.', {})).toEqual([]);
    expect(timeline('The government expected the first turbine to be commissioned in 2011.', {})).toEqual(['2011 year «2011»']);
    expect(timeline('Aides say he wants to take away the pretext for a new offensive after the fighting of September last year.', post)).toEqual([]);
    // A figure's thousands comma is no clause break.
    expect(timeline('The administration hopes to return another 15,000 hectares to farmers this year.', post)).toEqual([]);
    // What a warning still in force is of lies ahead; a warning given on a day is dated by it.
    expect(timeline('The agency has warned of more heavy rain in the hills from Thursday.', post)).toEqual([]);
    expect(timeline('The agency warned of more heavy rain on Thursday.', post)).toEqual(['2025-02-06 day «on Thursday»']);
    // What befell a thing the forecast names, told by a past participle, was done before the forecast: "will be adopted" lies ahead.
    expect(timeline('The junta will stay in power under a new charter adopted on Saturday.', post)).toEqual(['2025-02-01 day «on Saturday»']);
    expect(timeline('The new charter will be adopted on Saturday.', post)).toEqual([]);
  });

  it('reads a date in a "who" clause in the present, the subject of a future right after it, as lying ahead', () => {
    expect(timeline('Under the plan, Syrians who register to leave before the end of September will be spared the fines.')).toEqual([]);
    expect(timeline('Those who fled the town in March will be allowed back.')).toEqual(['2012-03 month «March»']);
    expect(timeline('Soldiers who refuse to go in March face prison.')).toEqual(['2012-03 month «March»']);
  });

  it('keeps a measure imposed from a day, which is in force from it, unlike one announced for it', () => {
    expect(timeline('The authorities imposed a curfew from 26 February to 28 February.')).toEqual(['2012-02-26 day → 2012-02-28 «26 February to 28 February»']);
  });

  it.each([
    'Less than a month later, the town fell.',
    'Days later, talks began.',
    'The loss of the town left the army in an untenable position, and it was the immediate reason for the ceasefire two days later.',
    'In the following weeks, 30 civilians died.',
    'The army waited for three days before attacking.',
    'The defence of the airport, counting from 8 February, had lasted 242 days.',
  ])('vague relatives and durations date nothing: "%s"', (sentence) => {
    expect(timeline(`On 10 February, the siege began. ${sentence}`)).toHaveLength(1);
  });

  it('reads what a rule told in the present requires someone to do within a span as its term, no happening', () => {
    const opening = 'On 10 February, the law was passed.';
    expect(timeline(`${opening} It requires men to update their details with the military within 60 days.`)).toHaveLength(1);
    expect(timeline(`${opening} The men updated their details within two days.`)).toHaveLength(2);
  });

  it('reads what was to be done at a place on a date as planned for it, with the place between verb and date', () => {
    expect(timeline('A first version of the deal was to be signed at the White House on 28 February, but the meeting ended in a row.')).toEqual([]);
    expect(timeline('The work was meant to be finished by the end of April but ran several weeks late.')).toEqual([]);
    expect(timeline('The agreement was to be the last of the war, and it was signed on 3 May.')).toEqual(['2012-05-03 day «3 May»']);
  });

  it('reads what is due at a place whose name has an apostrophe, and what plotters had planned to do, as planned for the date', () => {
    expect(timeline("The funerals of the soldiers are due to be held in Fada N'Gourma on 14 March.")).toEqual([]);
    expect(timeline('According to the minister, the plotters had planned to attack the presidency on 16 April.')).toEqual([]);
    expect(timeline('The conference that was meant to prepare it was called at short notice and held on 24 February.')).toHaveLength(1);
  });

  it('reads a named place between "are due to leave" and its weekday, and a thing promised "before" a time, as planned for it', () => {
    const post = { published: '2024-11-14' };
    expect(timeline('The eleven boats are due to leave for Ségou on Saturday, carrying rice from the harvest.', post)).toEqual([]);
    const arrived = 'On Monday the boats arrived.';
    const promised = 'The army has promised another convoy from Mopti before the end of the month.';
    expect(timeline(`${arrived} ${promised}`, post)).toEqual(['2024-11-11 day «On Monday»']);
    // The day of the promise itself, told with "on", is the promise's.
    expect(timeline('The army promised another convoy on Tuesday.', post)).toEqual(['2024-11-12 day «on Tuesday»']);
  });

  it('reads a plan the text says failed on its day as a happening of that day, as a delegation that never turned up is', () => {
    expect(timeline('The summit was supposed to be held in Bamako in February, but it never took place.')).toEqual(['2012-02 month «February»']);
    expect(timeline('The talks were scheduled for 3 March, but they did not take place.')).toEqual(['2012-03-03 day «3 March»']);
  });

  it('reads the end of a term told in the present in a news post as a deadline ahead, and one told in the past as a happening', () => {
    const post = { published: '2025-01-21' };
    expect(timeline("The council is due to discuss the observers' mandate, which runs out at the end of June.", post)).toEqual([]);
    expect(timeline('The deal expires on 30 June.', post)).toEqual([]);
    // So is what runs until a day, a weekday that would otherwise be the last one before the post.
    expect(timeline('The festival, which runs until Tuesday, has brought together folk ensembles from Turkey.', post)).toEqual([]);
    expect(timeline('His party must first get through parliamentary elections due in June next year.', post)).toEqual([]);
    expect(timeline('The last deal expired on 30 June.', post)).toEqual(['2024-06-30 day «30 June»']);
    expect(timeline('The deadline set in March runs out in less than three months.', post)).toEqual([]);
    expect(timeline('The charter extends the transition from 2 July, when the current timetable expires.', post)).toEqual([]);
    expect(timeline('Her term ends in December, and the party has said it will not nominate her again.', post)).toEqual([]);
    expect(timeline('Her term ended in December.', post)).toEqual(['2024-12 month «December»']);
    expect(timeline('For Pashinyan, whose party faces the voters in June, the vote is a gamble.', post)).toEqual([]);
    expect(timeline('His party faced the voters in June.', post)).toEqual(['2024-06 month «June»']);
  });

  it('reads what a news post says may come about as lying ahead, but not what could be perceived, a past modal or a name', () => {
    const post = { published: '2025-09-18' };
    expect(timeline('Officials say the crossing could open to foreigners before the end of the year.', post)).toEqual([]);
    expect(timeline('Legislative elections are promised for later this year.', post)).toEqual([]);
    expect(timeline('Turkey has threatened an offensive if the militia does not disarm by the end of the year.', post)).toEqual([]);
    expect(timeline('Explosions could be heard across the city on Tuesday night.', post)).toEqual(['2025-09-16 day «on Tuesday»']);
    expect(timeline('Theresa May is defending the strikes in the House of Commons tonight.', post)).toEqual(['2025-09-18 day «tonight»']);
  });

  it('reads a relative phrase a plan or an undertaking looks ahead to as a deadline, not a bare "until" after what happened', () => {
    const opening = 'On 10 February, the siege began.';
    expect(timeline(`${opening} The new councils are due to take over the schools by the end of the year.`)).toHaveLength(1);
    expect(timeline(`${opening} Both sides agreed to free their prisoners by the end of the month.`)).toHaveLength(1);
    expect(timeline(`${opening} Shots were heard in the old town until the next morning.`)).toHaveLength(2);
  });

  it('reads a weekday a news post says something is due to happen on as planned for it, with a place between verb and weekday', () => {
    const post = { published: '2025-07-08' };
    expect(timeline('The next convoy is due to leave Masnaa on Thursday.', post)).toEqual([]);
    expect(timeline('The last convoy left Masnaa on Thursday.', post)).toEqual(['2025-07-03 day «on Thursday»']);
    // And a weekday someone was given until: a deadline; what lasted until one is dated by it.
    expect(timeline('The deputies have been given until Friday to hand back their cars.', post)).toEqual([]);
    // In the present too: what an order gives people until is their deadline.
    const order = 'The governor signed the order on Monday. It covers four villages and gives residents until';
    expect(timeline(`${order} the end of the month to leave.`, post)).toEqual(['2025-07-07 day «on Monday»']);
    expect(timeline(`${order} Friday to leave.`, post)).toEqual(['2025-07-07 day «on Monday»']);
    expect(timeline('The shelling went on until Friday.', post)).toEqual(['2025-07-04 day «until Friday»']);
  });

  it.each([
    'Stock exchanges closed until at least 18 March.',
    'The opening for freight trains was postponed until 2020.',
    'The president gave the government until the end of February to withdraw its forces.',
    'The rebels gave the mayor until the evening of 14 March to come to the bridge.',
    'The rebels gave the mayor until 17:00 on 14 March to come to the bridge.',
    'The commander was given until midnight on 14 March to surrender.',
    'The village lay behind the front until the summer.',
    'The ceasefire was due to begin on 12 April.',
    'Under the protocol, a corridor was to be set up along the highway, and joint patrols were to begin on 15 March.',
    'Lawmakers feared it could be used to postpone the presidential election set for 31 March 2013.',
    'A second round of talks has been proposed for early April.',
    'Opposition parties say they will campaign against the government in the parliamentary election in October.',
    'The new bridge is scheduled to open in 2026.',
    'Regional elections are due on 26 March, and the opposition hopes to win.',
    'A verdict is expected in April.',
    'The first camps are to be handed over to the army in August.',
    'All the troops must be gone by 31 December.',
    'The agreement, under which the force was to merge into the institutions of the state by the end of the year, stalled.',
    'Under its terms, Armenia agreed to return the districts of Aghdam, Kalbajar and Lachin by 1 December.',
    'Under its terms, Armenia was to return the Agdam, Kalbajar and Lachin districts to Azerbaijan by 1 December, and troops were to leave.',
    'Under the agreement, Armenia is to return Kalbajar by 15 November, Agdam by 20 November and Lachin by 1 December.',
    'The rebels were ordered to hand over their heavy weapons by 15 March.',
    'The commander said that Russia aimed to take the town by 9 May.',
    'The restorers hope to finish the tower by 30 October, when snow usually closes the path up from the village.',
    'Rosneft had planned to ship about 1.1 million tonnes of products from Tuapse in November, according to shipping data.',
    'He said he still hoped to resume building by the end of the summer.',
    'The two sides aim to sign the agreement by 31 March.',
    'The rebels agreed to hold talks in March.',
    'They agreed to begin work on the next section, a stretch of 40 kilometres, and to hold their next meeting in Baku in January.',
    'The president signed a decree dissolving all state institutions of the republic by 1 January 2013.',
    'The government plans a population of 35,000 by 2040.',
    'The mayor announced a 35-hour curfew from the evening of 15 March.',
    'Others argued that the battle drew in reserves while the army was preparing for a counteroffensive in the spring.',
    'Analysts say that the supply of interceptors will decide how much of it survives the winter.',
    'The Security Council is expected to discuss the move on 20 February.',
    'Herds graze in the reserve, founded in 1898 by a landowner, where the steppe was never ploughed.',
    'The city was home to the museum and the cathedral, consecrated in 2009.',
    'The siege brought the militia close to the United States, which later armed the Syrian Democratic Forces, founded on 10 October 2015.',
    'Veterans gathered at the 9 May Victory Day parade.',
    'Russia expected the December 2013 deals to be honored.',
    'The town stayed neutral during the Syrian Civil War, which began in March 2011.',
    'Its recruits were mostly former soldiers and, from 2011, convicts, and it paid more than the army.',
    'It grew out of the Slavonic Corps, a company registered in Hong Kong whose contractors were sent to Syria in 2011 and were routed in October of that year.',
    'Many residents fear the new authorities, whose forces were accused of killing civilians on the coast in March.',
    'The town stayed neutral during the Syrian Civil War, which began in March 2011 and spread to the north in July.',
    'The units were placed under a new corps, which was announced in late 2011 and began sending troops to the south in early 2012.',
    'Analysts said the army could still attack despite its losses at Bakhmut, which its forces captured in May after a long battle.',
    'Officials said the raid added to the pressure on the supply road, which enemy drones had been hitting daily since January.',
    'The inspector is due in the capital next week and hopes to travel on to the plant itself, which he last visited in March.',
    'Every year on 9 May, veterans march.',
    'The victory is remembered on 12 May each year.',
    'Every year since, residents have laid flowers at the sign on 3 March.',
    'The date of the recapture, 26 January, is marked every year in the region.',
    'The day of the liberation, 12 May, is still celebrated as a holiday.',
    'The capture of the town is celebrated each year, while the other side marks 26 February as a day of mourning.',
    'A memorial was built in the town, and the anniversary of the massacre was marked in June 2012 by a ceremony.',
    'Commentators noted that the timing, after the cessation of hostilities of February 2016, helped the government.',
    'The army repeated the same attacks despite the losses of the autumn of 2022.',
    'The battle of February 2023 has been described as one of the worst defeats of the war.',
    'The loss of the city in December 2016 showed how thinly the army was spread.',
    'The group depended on one leader, which made it vulnerable to splits, as the founding of a rival movement in 2013 showed.',
    "The fall of the town in April 2018 was the government's greatest victory of the year.",
    'Others compared the assault with the failed attack on the town in February, in which hundreds died.',
    'Several commentators drew parallels between the conflict and the annexation of Crimea in 2014.',
    'Analysts compared the battle with earlier defeats of the army, such as the loss of the town in 2014.',
    'Analysts compared the battle with the fighting for Robotyne, which Ukrainian forces entered on 28 August.',
    'An official claimed that the army had retaken the village, but this had not been confirmed by the army or outside observers as of 14 March.',
    'The siege of the city in 2016 was one of the longest of the war.',
    'Bakhmut, known from 1924 to 2016 as Artemivsk, is a city in Ukraine.',
    'The army and its auxiliaries, reorganised as the Africa Corps in 2024, have held the town.',
    'The 3rd Brigade, formed by its founder in January 2023 from the units of the city, is a separate unit.',
    'Rain falls only between July and September, and the pastures are green for a few weeks.',
    'The rainy season lasts from June to October.',
    'The oblast became the base of the party and of its leader, who was governor of the oblast from 1997 to 2002 and was elected president in 2010.',
    'The city became the base of the mayor, who was elected in 2010.',
    'The town was held by volunteers under Melkonian, an Armenian-American who commanded the front from late 2011 until his death near Merzuli on 12 June 2012.',
    'The climate is continental; the average temperature is around −5 °C (23 °F) in January and around 21 °C (70 °F) in July.',
    'The city, known as Artemivsk until 2016, lies on the river.',
    'From 1934 to 1961 it was known as Staliniri, after Joseph Stalin.',
    'The town grew up around a river landing, and was called Hola Prystan ("bare landing") from 1786.',
    'The mission succeeded Operation Serval, the French intervention in Mali launched in January 2011, and the garrison of Chad.',
  ])('deadlines, dates in names, in a named thing’s past and in commemorations date nothing: "%s"', (sentence) => {
    expect(timeline(sentence)).toEqual([]);
  });
});
