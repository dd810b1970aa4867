/**
 * The rules that keep a date out of the timeline, or a sentence from being an event: names,
 * baselines, plans, forecasts, comparisons, analysis. One sentence each, on plain prose.
 */
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
  });
  it('keeps a sentence that tells its happening before ranking it', () => {
    expect(timeline('The bombing of the market on 5 March killed 50 people and was the deadliest of the siege.')).toEqual(['2012-03-05 day «5 March»']);
  });
  it('keeps a past state bounded by the date that opens it, which ranks nothing', () => {
    expect(timeline('Until 2012 it was the only road crossing of the river.')).toEqual(['2012 year «2012»']);
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
});

describe('a judgement made in hindsight is analysis, whatever it dates', () => {
  it('leaves it out and keeps the anchor on the day told before it', () => {
    expect(
      timeline(
        'On 10 February, the siege began. In hindsight, the 10 February assault was the moment the plan depended on, and it failed within hours. Looking back, the siege ended on 3 March. The next day, rebels withdrew.',
      ),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-11 day «The next day»']);
  });
  it('keeps a sentence that only mentions looking back in passing', () => {
    expect(timeline('On 12 February, officials looking back at the siege counted 40 dead.')).toEqual(['2012-02-12 day «12 February»']);
  });
});

describe("the reporters' own work is no happening of the story", () => {
  it('leaves out what they checked, whatever it dates, and keeps what they hear happen', () => {
    expect(
      timeline(
        'On 10 February, the siege began. We went through hours of radio intercepts from the first weeks of March. We also geolocated footage filmed on 2 March. Two days later, we hear a commander ask for fuel.',
      ),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-12 day «Two days later»']);
  });

  it('leaves out their own visit and what they found there', () => {
    expect(timeline('On 10 February, the siege began. We visited the town on 28 February and found the school in ruins.')).toEqual([
      '2012-02-10 day «10 February»',
    ]);
  });

  it('leaves out a date of their work in a clause ("the debris we filmed that morning"), not one past the clause', () => {
    expect(
      timeline(
        'On 10 February, the siege began. The debris we filmed in Homs that morning matches a cruise missile. The video we geolocated on 12 February shows a tank. Footage we geolocated to Homs shows tanks on 14 February.',
      ),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-14 day «14 February»']);
  });
});

describe('what is not the date of an event', () => {
  it('keeps the main clause\'s date after a "since 2016" that its verb has closed', () => {
    expect(timeline('Many residents who had fled the town since 2009 began to return in early 2012.')).toEqual(['2012 year early «early 2012»']);
    expect(timeline('More than 200 had been killed since 2011 and 40 since February.')).toEqual([]);
  });

  it('skips a trailing "since 2014" but keeps the event date', () => {
    expect(timeline('Also on 2 March, Ukrainian forces attacked Horlivka, controlled by the DPR since 2014.')).toEqual(['2012-03-02 day «2 March»']);
  });

  it('skips the year of a population figure, and keeps a happening of the population', () => {
    expect(timeline('The census counted 1,004,000 inhabitants, and the population was estimated at 1,239,000 in 2011.', {})).toEqual([]);
    expect(timeline('The town had a population of about 32,000 in 2001.', {})).toEqual([]);
    expect(timeline('Its population of 20,000 fled in March 2012.', {})).toEqual(['2012-03 month «March 2012»']);
  });

  it('skips an estimate of the population told after its date', () => {
    expect(timeline('By the middle of 2011 the council estimated that the population had exceeded 200,000, including displaced people.', {})).toEqual([]);
    expect(timeline('In 2011 the city was estimated to have close to 120,000 inhabitants.', {})).toEqual([]);
    expect(timeline('In 2011 the population fled the city.', {})).toEqual(['2011 year «2011»']);
  });

  it('skips the date of a relative clause outside the story, and keeps one inside it', () => {
    const offensive = { infoboxDate: '29 July – 5 September 2021' };
    expect(timeline('The attackers are former rebel fighters that surrendered to the government in 2018.', offensive)).toEqual([]);
    expect(timeline('Units came from the battalions trained by the mission, which had begun its work in the spring of 2013.', offensive)).toEqual([]);
    expect(timeline('Troops regrouped near Handarat, which had been captured from the rebels on 14 December.', { infoboxDate: '2012' })).toEqual([
      '2012-12-14 day «14 December»',
    ]);
  });

  it('ends a restrictive clause where the main clause’s verb comes back, so its date is the main clause’s', () => {
    const battle = { infoboxDate: '24 February – 4 April 2022' };
    expect(timeline('A memorial to the defenders who were killed in the battle was unveiled in 2023.', battle)).toEqual(['2023 year «2023»']);
    expect(timeline('The fighters that were killed in the battle that was fought in 2014 are buried here.', battle)).toEqual([]);
  });

  it('skips the date of a clause telling how the subject came to their post, and keeps a happening told in a clause', () => {
    const battle = { infoboxDate: '17 – 21 May 2014' };
    expect(timeline('The minister, who replaced his rival in April 2014, announced a visit.', battle)).toEqual([]);
    expect(timeline('The colonel, who had taken command in 2021, led the defence of the town.', battle)).toEqual([]);
    expect(timeline('The colonel, who had taken command in 2021, was killed on 18 May.', battle)).toEqual(['2014-05-18 day «18 May»']);
    expect(timeline('A reporter, who left before 25 February, saw heavy fighting.', { infoboxDate: '2012' })).toEqual([
      '2012-02-25 day before «before 25 February»',
    ]);
  });

  it("skips the date of a participle phrase describing a noun that is no subject, and keeps a clause's own verb", () => {
    const battle = { infoboxDate: '17 – 21 May 2014' };
    expect(timeline('The agreement called for a return to the positions held before 17 May and new talks.', battle)).toEqual([]);
    expect(timeline('The rebels had pickup trucks with machine guns and a few heavier weapons captured from the army in 2012.', battle)).toEqual([]);
    expect(timeline('The final concept was a major change from the initial project considered in late 2014.', battle)).toEqual([]);
    expect(timeline('Under the laws adopted in 2015, parliament renamed the city on 4 February 2016.', battle)).toEqual(['2016-02-04 day «4 February 2016»']);
    expect(timeline('Rebels captured Kidal in 2012.', battle)).toEqual(['2012 year «2012»']);
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

  it('keeps "since the bridge opened in May 2018": a clause with its own verb is a happening', () => {
    expect(timeline('Inspections of ships had risen sharply since the bridge opened in May 2018.')).toEqual(['2018-05 month «May 2018»']);
    expect(timeline('The front had barely moved since a Russian–Turkish agreement signed in Moscow on 5 March 2020 ended the offensive.')).toEqual([
      '2020-03-05 day «5 March 2020»',
    ]);
    expect(timeline('Since the war began in March 2011, the town has changed hands twice.')).toEqual(['2011-03 month «March 2011»']);
    expect(timeline('The town has had no power since the start of the siege on 10 February.')).toEqual([]);
  });

  it('keeps a sentence opening with "Since" whose opening phrase holds the date: the day things stood, as "Since November 2011, …"', () => {
    expect(timeline('Since the summer of 2023, the army has been on the defensive.')).toEqual(['2023 year summer «summer of 2023»']);
    expect(timeline('Since the failure of its offensive in June 2023, the army has held its lines.')).toEqual(['2023-06 month «June 2023»']);
    expect(timeline('The army has held its lines since the failure of its offensive in June 2023.')).toEqual([]);
  });

  it('keeps "since February 2022, when …": the date of the happening the clause tells', () => {
    expect(timeline('The town has been under a blockade since February 2022, when rebels blew up the bridges.')).toEqual(['2022-02 month «February 2022»']);
    expect(timeline('The deaths of 70 residents since February 2022 were reported.')).toEqual([]);
  });

  it('reads a date after "would later" or "would go on to" as what came to pass', () => {
    expect(timeline('The brigade would later return to the town in March 2013. Its commander would go on to lead the army in 2015.')).toEqual([
      '2013-03 month «March 2013»',
      '2015 year «2015»',
    ]);
  });

  it.each([
    'Less than a month later, the town fell.',
    'Days later, talks began.',
    'The loss of the town left the army in an untenable position, and it was the immediate reason for the ceasefire two days later.',
    'In the following weeks, 30 civilians died.',
    'The army waited for three days before attacking.',
  ])('vague relatives and durations date nothing: "%s"', (sentence) => {
    expect(timeline(`On 10 February, the siege began. ${sentence}`)).toHaveLength(1);
  });

  it.each([
    'Stock exchanges closed until at least 18 March.',
    'The opening for freight trains was postponed until 2020.',
    'The village lay behind the front until the summer.',
    'The ceasefire was due to begin on 12 April.',
    'Lawmakers feared it could be used to postpone the presidential election set for 31 March 2013.',
    'The new bridge is scheduled to open in 2026.',
    'The first camps are to be handed over to the army in August.',
    'All the troops must be gone by 31 December.',
    'Under its terms, Armenia agreed to return the districts of Aghdam, Kalbajar and Lachin by 1 December.',
    'The rebels were ordered to hand over their heavy weapons by 15 March.',
    'The president signed a decree dissolving all state institutions of the republic by 1 January 2013.',
    'The government plans a population of 35,000 by 2040.',
    'Others argued that the battle drew in reserves while the army was preparing for a counteroffensive in the spring.',
    'Analysts say that the supply of interceptors will decide how much of it survives the winter.',
    'The Security Council is expected to discuss the move on 20 February.',
    'Herds graze in the reserve, founded in 1898 by a landowner, where the steppe was never ploughed.',
    'The city was home to the museum and the cathedral, consecrated in 2009.',
    'The siege brought the militia close to the United States, which later armed the Syrian Democratic Forces, founded on 10 October 2015.',
    'Veterans gathered at the 9 May Victory Day parade.',
    'Russia expected the December 2013 deals to be honored.',
    'The town stayed neutral during the Syrian Civil War, which began in March 2011.',
    'Analysts said the army could still attack despite its losses at Bakhmut, which its forces captured in May after a long battle.',
    'Every year on 9 May, veterans march.',
    'The victory is remembered on 12 May each year.',
    'Every year since, residents have laid flowers at the sign on 3 March.',
    'The date of the recapture, 26 January, is marked every year in the region.',
    'The day of the liberation, 12 May, is still celebrated as a holiday.',
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
    'An official claimed that the army had retaken the village, but this had not been confirmed by the army or outside observers as of 14 March.',
    'The siege of the city in 2016 was one of the longest of the war.',
    'Bakhmut, known from 1924 to 2016 as Artemivsk, is a city in Ukraine.',
    'The army and its auxiliaries, reorganised as the Africa Corps in 2024, have held the town.',
    'The 3rd Brigade, formed by its founder in January 2023 from the units of the city, is a separate unit.',
    'Rain falls only between July and September, and the pastures are green for a few weeks.',
    'The rainy season lasts from June to October.',
    'The city, known as Artemivsk until 2016, lies on the river.',
    'The mission succeeded Operation Serval, the French intervention in Mali launched in January 2011, and the garrison of Chad.',
  ])('deadlines, dates in names, in a named thing’s past and in commemorations date nothing: "%s"', (sentence) => {
    expect(timeline(sentence)).toEqual([]);
  });

  it('dates nothing in a clause telling what did not happen, but keeps the day of a report of it', () => {
    expect(timeline('On 4 March, the town fell. Survivors said that no soldiers came during the night, although a unit was near.')).toHaveLength(1);
    expect(timeline('No trial had been held by early 2013.', {})).toEqual([]);
    expect(timeline('Officials confirmed in July that no troops remained.')).toEqual(['2012-07 month «July»']);
    expect(timeline('No one was hurt when the plant was shelled on 5 March.')).toEqual(['2012-03-05 day «5 March»']);
  });

  it('keeps a memorial opened on its day, and a commemoration cancelled on it', () => {
    expect(timeline('A memorial to the fighters was opened in the city in 2012.')).toEqual(['2012 year «2012»']);
    expect(timeline('On 31 March, the anniversary commemorations were cancelled after a drone attack.')).toEqual(['2012-03-31 day «31 March»']);
  });

  it('keeps a month told in the past, unlike the months of what comes every year', () => {
    expect(timeline('Heavy rain fell in July and flooded the valley.')).toEqual(['2012-07 month «July»']);
  });

  it('keeps what was done by a date after an undertaking, when "and" opens its own clause', () => {
    expect(timeline('The rebels agreed to withdraw from the town, and by 5 May 2012 they had left.', {})).toHaveLength(1);
  });

  it('dates a sentence by its main clause over an appositive telling a named thing’s making', () => {
    expect(timeline('On 13 July 2012, the minister announced a force for the G5 Sahel, a framework founded in February 2012.', {})).toEqual([
      '2012-07-13 day «13 July 2012»',
    ]);
  });

  it('dates a clause by the statement it was made in, unlike a thing the sentence only describes', () => {
    expect(timeline('The army acknowledged 77 deaths in a statement issued in July 2013.', {})).toEqual(['2013-07 month «July 2013»']);
    expect(timeline('The rebels fought with the rifles issued in 2011.')).toEqual([]);
  });

  it('reads a participle with its agent as describing its noun: before the story it dates nothing, within it the sentence', () => {
    expect(timeline('It was the last phase of the campaign launched by the rebels in November 2011.')).toEqual([]);
    expect(timeline('The town fell to the offensive launched by the rebels on 12 March.')).toEqual(['2012-03-12 day «12 March»']);
  });

  it('dates nothing by an aside telling when a thing was formed, before the story or within it (the past of a named thing)', () => {
    const aside = 'The council, formed by the rebels in April 2017, took over the administration of the city after the battle.';
    expect(timeline(aside, { infoboxDate: '6 June – 17 October 2017' })).toEqual([]);
    expect(timeline(aside, { infoboxDate: '6 March – 17 October 2017' })).toEqual([]);
  });

  it('keeps a founding told by the main clause, and a plan that was carried out on its day', () => {
    expect(timeline('The reserve was founded in 1898 by a landowner.', {})).toHaveLength(1);
    expect(timeline('Founded on 20 July 2015, the brigade fought at Avdiivka.', {})).toHaveLength(1);
    expect(timeline('The attack, planned for weeks, began on 12 April 2012.', {})).toHaveLength(1);
  });

  it('keeps a date after "of" that is the time itself, or someone’s act of that day', () => {
    expect(timeline('On the night of 20/21 March, the town fell.')).toHaveLength(1);
    expect(timeline('Rebels withdrew at the end of March.')).toEqual(['2012-03 month late «the end of March»']);
    expect(timeline("The government's draft resolution of 1 September 2014 required a new bridge.")).toEqual(['2014-09-01 day «1 September 2014»']);
    expect(timeline('The loss of the town on 5 March forced a retreat.')).toEqual(['2012-03-05 day «5 March»']);
    expect(timeline('After the fall of Homs of March 2012, the rebels withdrew.')).toEqual(['2012-03 month «March 2012»']);
    expect(timeline('After the coups of August 2020 and May 2021, the government turned to Russia.', {})).toEqual(['2020-08 month «August 2020»']);
    expect(timeline('During the military build-up of late 2021, intelligence services warned of an attack.', {})).toEqual(['2021 year late «late 2021»']);
    expect(timeline('After the accord of 2015 between the government and the rebels, the plan was revived.', {})).toEqual(['2015 year «2015»']);
    expect(timeline('In the drought of 1973 and again in 1984, herders lost their animals.', {})).toEqual(['1973 year «1973»']);
    expect(timeline('The region was created by a law of 2012 from the former district.', {})).toEqual(['2012 year «2012»']);
    expect(timeline('The famine of 1932–1933 struck the villages of the district.', {})).toEqual(['1932 year → 1933 «1932–1933»']);
    expect(timeline('The rebellion of 2012 also began at the town, when rebels attacked the camp on 17 January 2012.', {})).toEqual([
      '2012-01-17 day «17 January 2012»',
    ]);
    expect(timeline('The census of 1989 had counted 90,600 people.', {})).toEqual([]);
    expect(timeline('The force of 1500 armed men attacked the town.', {})).toEqual([]);
    expect(timeline('The battle of 2019 remained the deadliest of the war.', {})).toEqual([]);
    expect(timeline('The war of 2020 ended with a ceasefire.', {})).toEqual([]);
    expect(timeline('A force of 2000 soldiers arrived in the town.', {})).toEqual([]);
    expect(timeline('The losses of the autumn of 2022 were repeated.', {})).toEqual([]);
    expect(timeline('The army on 5 March was a few kilometres from the town.')).toEqual(['2012-03-05 day «5 March»']);
    expect(timeline('Casualties rose to 40, compared with 12 on 5 March.')).toEqual([]);
    expect(timeline('On 5 March, rebels compared the attack with a massacre.')).toEqual(['2012-03-05 day «5 March»']);
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

  it('skips the lead sentence that defines the subject over the story’s span', () => {
    const lead = 'The Battle of Markada was a military confrontation in March 2014. On 27 March, the town fell.';
    expect(extractTimeline(`${lead}\n`, { infoboxDate: '2014' }).map((event) => event.date)).toEqual(['2014-03-27']);
  });

  it('skips a lead sentence that says when the battle was fought or took place, and keeps what follows', () => {
    for (const lead of [
      'The Battle of Shusha was fought between 4 and 8 November 2020 for the city. On 9 November, the loss was confirmed.',
      'The Battle of Hosn took place on 20 March 2014 in the town. On 9 November, the loss was confirmed.',
    ]) {
      expect(extractTimeline(`${lead}\n`, { infoboxDate: '2014' }).map((event) => event.text)).toEqual(['On 9 November, the loss was confirmed.']);
    }
    const named = 'The Palmyra offensive (March 2016) was a military offensive against ISIL. On 27 March, the city fell.';
    const aside = 'The Tiger Forces, known from 2019 as the 25th Division, was an elite unit of the army. It was created in 2013.';
    expect(extractTimeline(`${aside}\n`, { infoboxDate: '2013 – 2024' }).map((event) => event.date)).toEqual(['2013']);
    // An aside telling a happening is no name: the founding is an event.
    const founded = 'The brigade, formed on 20 July 2015, is a marine brigade.';
    expect(extractTimeline(`${founded}\n`, { infoboxDate: '2015' }).map((event) => event.date)).toEqual(['2015-07-20']);
    const foundedBy = 'The brigade, founded by the navy on 20 July 2015 from two battalions, is a marine brigade.';
    expect(extractTimeline(`${foundedBy}\n`, { infoboxDate: '2015' }).map((event) => event.date)).toEqual(['2015-07-20']);
    expect(extractTimeline(`${named}\n`, { infoboxDate: '7–27 March 2016' }).map((event) => event.date)).toEqual(['2016-03-27']);
    // A blog post's own question heading above the copied encyclopaedia lead changes nothing.
    const copied = '### Who was Idriss Déby?\nIdriss Déby (18 June 1952 – 20 April 2021) was a Chadian officer. He fled to Sudan in 1989.\n';
    expect(extractTimeline(copied, { published: '2021-04-30' }).map((event) => event.date)).toEqual(['1989']);
    // Not the article's first sentence: an event like any other.
    expect(extractTimeline('Fighting began.\n\nA second battle was fought on 3 May 2015.\n', {}).map((event) => event.date)).toEqual(['2015-05-03']);
  });

  it('skips a first sentence that states exactly the infobox span, however it is worded', () => {
    const lead = 'On 12–14 September 2022, fighting broke out along the border. On 13 September, a town was shelled.';
    expect(extractTimeline(`${lead}\n`, { infoboxDate: '12–14 September 2022 (2 days)' }).map((event) => event.date)).toEqual(['2022-09-13']);
    // A part of the span is a happening, and so is the span stated later in the lead.
    const part = 'On 12–13 September 2022, fighting broke out along the border. On 14 September, fighting broke out again on 12–14 September 2022.';
    expect(extractTimeline(`${part}\n`, { infoboxDate: '12–14 September 2022' }).map((event) => event.date)).toEqual(['2022-09-12', '2022-09-14']);
  });

  it('skips a lead sentence that states the infobox span at its own precision, wherever it stands in the lead', () => {
    const lead = 'The siege was a blockade of two towns. The siege lasted from July 2012 until February 2016, when the army broke through.';
    expect(extractTimeline(`${lead}\n`, { infoboxDate: 'July 2012 – 3 February 2016' }).map((event) => event.date)).toEqual([]);
    // A part of the span, or a span stated more precisely than the infobox, is told, not summed up.
    const part = 'The siege was a blockade. It lasted from July 2012 until January 2016. It lasted from 1 July 2012 until 3 February 2016.';
    expect(extractTimeline(`${part}\n`, { infoboxDate: 'July 2012 – 3 February 2016' }).map((event) => event.date)).toEqual(['2012-07', '2012-07-01']);
  });

  it('keeps a defining lead sentence whose only date is the day its subject began', () => {
    const lead = 'The 2024 offensives were a series of offensives launched on 27 November 2024 by rebel groups. On 30 November, Aleppo fell.';
    expect(extractTimeline(`${lead}\n`, { infoboxDate: '27 November – 8 December 2024' }).map((event) => event.date)).toEqual(['2024-11-27', '2024-11-30']);
    // With its end as well, the definition names the span.
    const span = 'The offensive was an operation launched on 27 November and ended on 8 December 2024. On 30 November, Aleppo fell.';
    expect(extractTimeline(`${span}\n`, { infoboxDate: '27 November – 8 December 2024' }).map((event) => event.date)).toEqual(['2024-11-30']);
  });

  it('skips a lead sentence whose only date is the story’s end, reached by a state that lasted until it, and keeps the end told as a happening', () => {
    const sumy = { infoboxDate: '24 February – 4 April 2022' };
    const lead = 'The city was a target. For five weeks it was encircled and shelled until the withdrawal from the region in early April 2022.';
    expect(extractTimeline(`${lead}\n`, sumy)).toEqual([]);
    const told = 'The city was a target. The last Russian troops left the region in early April 2022.';
    expect(extractTimeline(`${told}\n`, sumy).map((event) => event.date)).toEqual(['2022-04']);
    expect(extractTimeline(`## Siege\n${lead}\n`, sumy).map((event) => event.date)).toEqual(['2022-04']);
  });

  it('keeps a defining lead sentence whose only date is the month a longer span starts in, given as the launch', () => {
    const lead = 'The 2017 Hama offensive was a military operation launched by rebel factions in the northern countryside in March 2017.';
    expect(extractTimeline(`${lead}\n`, { infoboxDate: '21 March – 22 April 2017' }).map((event) => event.date)).toEqual(['2017-03']);
    // A month that is the whole span sums it up (the al-Qaryatayn lead), and so does a month the span does not start in.
    expect(extractTimeline(`${lead}\n`, { infoboxDate: '5 – 28 March 2017' }).map((event) => event.date)).toEqual([]);
    expect(extractTimeline(`${lead}\n`, { infoboxDate: '21 February – 22 April 2017' }).map((event) => event.date)).toEqual([]);
  });

  it('reads "at noon on 5 April" as that one day, so a lead sentence running until it still sums up the span', () => {
    const lead = 'The village was shelled. The fighting continued until a ceasefire came into force at noon on 5 April.';
    expect(extractTimeline(`${lead}\n`, { infoboxDate: '2–5 April 2016' })).toEqual([]);
    expect(
      extractTimeline(`## Battle\nOn 4 April the village was shelled. A ceasefire came into force at noon on 5 April.\n`, {
        infoboxDate: '2–5 April 2016',
      }).map((event) => event.date),
    ).toEqual(['2016-04-04', '2016-04-05']);
  });

  it('skips a lead sentence that runs from one time to another ("from late 2024 …, and by March 2025 …"), and keeps one naming a single time', () => {
    const lead = 'Russia, joined by allies from late 2024, counter-attacked, and by March 2025 the raiders had been driven out. By 2025, the town was empty.';
    expect(extractTimeline(`${lead}\n`, {}).map((event) => event.date)).toEqual(['2025']);
  });

  it('skips a lead sentence that sums up periods ("from 2014 …, and since 2022 …"), and keeps a lead sentence naming one', () => {
    const lead = 'The unit was formed in 2000. It fought in Donbas from 2014, and since 2022 it has fought in the south. Since 2023, it has held Kupiansk.';
    expect(extractTimeline(`${lead}\n`, {}).map((event) => event.date)).toEqual(['2000', '2023']);
    // Below a heading, the same sentence tells what was done in those years.
    expect(extractTimeline(`## Donbas\nIt fought in Donbas from 2014, and since 2022 it has fought in the south.\n`, {}).map((event) => event.date)).toEqual([
      '2014',
    ]);
    // Closed periods are statuses held between two dates (guide): the first is the sentence's range.
    const closed = 'Stepanakert is a city. From 1923 to 1991 it was the centre of the oblast, and from 1991 to 2023 the capital of the republic.';
    expect(extractTimeline(`${closed}\n`, {}).map((event) => `${event.date}–${event.end ?? ''}`)).toEqual(['1923–1991']);
  });

  it('gives one event per sentence, and the next sentence counts from it', () => {
    expect(timeline('In early February 2014, a study was ordered, to be published in 2015. On 3 March, a decree followed.', {})).toEqual([
      '2014-02 month early «early February 2014»',
      '2014-03-03 day «3 March»',
    ]);
  });
});

describe('a state told in the perfect "since" a date happened on that date; a count since a date did not', () => {
  it.each([
    ['The town has been under blockade by rebels since early 2011, and convoys supply it.', ['2011 year early «early 2011»']],
    ['The town had been held by rebels since early 2011, after months of fighting.', ['2011 year early «early 2011»']],
    ['Shelling had continued on and off since 12 February, residents said.', ['2012-02-12 day «12 February»']],
    ['Aircraft had been striking oil installations around the town since the autumn of 2011.', ['2011 year autumn «autumn of 2011»']],
    ['More than 300 people have been killed since 12 February.', []],
    // The state may be counted from a happening named with its date, as "After the war of 1992" dates its sentence.
    ['The region had been outside the control of the government since the war of 1991–1992, and peacekeepers patrolled it.', ['1991 year → 1992 «1991–1992»']],
    ['The valley had been out of the control of the army since 12 February.', ['2012-02-12 day «12 February»']],
    ['More than 300 people have been killed since the uprising of 12 February.', []],
    // A build-up of forces since a date began then; people fleeing since a date are a count.
    [
      'Russia, for its part, has moved troops and armour towards the border with Ukraine and into Crimea since the middle of March.',
      ['2012-03 month mid «the middle of March»'],
    ],
    ['More than 350,000 people have moved out of the province since the middle of March.', []],
  ])('%s', (sentence, expected) => {
    expect(timeline(sentence)).toEqual(expected);
  });
});
