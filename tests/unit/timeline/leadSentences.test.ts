/** The lead's sentences that sum up the story's span, and those that tell one happening of it (`leadSummary.ts`). */
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/timeline/extractTimeline.ts';

describe('lead sentences that sum up the story', () => {
  it('skips a lead sentence telling what held throughout the siege, and keeps a dated happening of it', () => {
    const held = 'Thousands of civilians lived in the enclave throughout the siege, depending from 2016 on airdrops. In May 2017, the army attacked.';
    expect(extractTimeline(`${held}\n`, { infoboxDate: '2014 – 2017' }).map((event) => event.date)).toEqual(['2017-05']);
    const day = 'The city was shelled throughout the siege, and on 3 May 2015 a market was hit.';
    expect(extractTimeline(`${day}\n`, { infoboxDate: '2014 – 2017' }).map((event) => event.date)).toEqual(['2015-05-03']);
    const body = '## Siege\nCivilians lived in the enclave throughout the siege, depending from 2016 on airdrops.\n';
    expect(extractTimeline(body, { infoboxDate: '2014 – 2017' }).map((event) => event.date)).toEqual(['2016']);
  });

  it('skips the lead sentence that defines the subject over the story’s span', () => {
    const lead = 'The Battle of Markada was a military confrontation in March 2014. On 27 March, the town fell.';
    expect(extractTimeline(`${lead}\n`, { infoboxDate: '2014' }).map((event) => event.date)).toEqual(['2014-03-27']);
  });

  it('skips a lead sentence that says when the battle was fought or took place, or what its name refers to, and keeps what follows', () => {
    for (const lead of [
      'The Battle of Shusha was fought between 4 and 8 November 2020 for the city. On 9 November, the loss was confirmed.',
      'The Battle of Hosn took place on 20 March 2014 in the town. On 9 November, the loss was confirmed.',
      'The depot explosion occurred on the evening of 20 March 2014 at the depot. On 9 November, the loss was confirmed.',
      'The Battle of Hosn refers to the seizure of the town in March 2014, and to its recapture in May. On 9 November, the loss was confirmed.',
    ]) {
      expect(extractTimeline(`${lead}\n`, { infoboxDate: '2014' }).map((event) => event.text)).toEqual(['On 9 November, the loss was confirmed.']);
    }
    const named = 'The Palmyra offensive (March 2016) was a military offensive against ISIL. On 27 March, the city fell.';
    const aside = 'The Tiger Forces, known from 2019 as the 25th Division, was an elite unit of the army. It was created in 2013.';
    expect(extractTimeline(`${aside}\n`, { infoboxDate: '2013 – 2024' }).map((event) => event.date)).toEqual(['2013']);
    // An aside telling a happening is no name: the founding is an event.
    const founded = 'The brigade, formed on 20 July 2015, is a marine brigade.';
    expect(extractTimeline(`${founded}\n`, { infoboxDate: '2015' }).map((event) => event.date)).toEqual(['2015-07-20']);
    const launchedBy = 'The 2023 offensive was a military offensive launched by Azerbaijan on 19 September 2023 against the republic.';
    expect(extractTimeline(`${launchedBy}\n`, { infoboxDate: '19–20 September 2023' }).map((event) => event.date)).toEqual(['2023-09-19']);
    const abbreviated = 'The offensive was a military operation launched by the Syrian Democratic Forces (SDF) on 31 May 2016 to take the city.';
    expect(extractTimeline(`${abbreviated}\n`, { infoboxDate: '31 May – 12 August 2016' }).map((event) => event.date)).toEqual(['2016-05-31']);
    // A definition's only day, the first of a longer span, is the day it began; both days named are the whole span.
    const raid = 'The 2005 Nalchik raid was an attack by militants on police buildings in Nalchik on 13 October 2005.';
    expect(extractTimeline(`${raid}\n`, { infoboxDate: '13–14 October 2005' }).map((event) => event.date)).toEqual(['2005-10-13']);
    const both = 'The Battle of Gao took place on 26 and 27 June 2012 in the city of Gao.';
    expect(extractTimeline(`${both}\n`, { infoboxDate: '26–27 June 2012' })).toEqual([]);
    const foundedBy = 'The brigade, founded by the navy on 20 July 2015 from two battalions, is a marine brigade.';
    expect(extractTimeline(`${foundedBy}\n`, { infoboxDate: '2015' }).map((event) => event.date)).toEqual(['2015-07-20']);
    expect(extractTimeline(`${named}\n`, { infoboxDate: '7–27 March 2016' }).map((event) => event.date)).toEqual(['2016-03-27']);
    // The name's year is a label: the launch's month, the first of a longer span, is told; a month that is the whole span is not.
    const namedLaunch =
      'The Battle of Zabadani (2015) was a military operation launched by the Syrian Army and Hezbollah to capture the rebel-held town of Zabadani, in the Rif Dimashq Governorate near the Lebanese border, in July 2015 during the war.';
    expect(extractTimeline(`${namedLaunch}\n`, { infoboxDate: '3 July – 24 September 2015' }).map((event) => event.date)).toEqual(['2015-07']);
    // A date opening the subject's name is a label as well: the beginning's day is told.
    const datedName = 'The July 2020 border clashes were a series of armed clashes between the two armies, which began on 12 July 2020.';
    expect(extractTimeline(`${datedName}\n`, { infoboxDate: '12–16 July 2020' }).map((event) => event.date)).toEqual(['2020-07-12']);
    const datedNameSpan = 'The 2016 border clashes were a series of armed clashes along the line in April 2016.';
    expect(extractTimeline(`${datedNameSpan}\n`, { infoboxDate: '1–5 April 2016' }).map((event) => event.date)).toEqual([]);
    const namedSpan = 'The Battle of al-Qaryatayn (2015) was a military operation launched by ISIL to capture the town, in August 2015, during the war.';
    expect(extractTimeline(`${namedSpan}\n`, { infoboxDate: '5 August 2015' }).map((event) => event.date)).toEqual([]);
    // A blog post's own question heading above the copied encyclopaedia lead changes nothing.
    const copied = '### Who was Idriss Déby?\nIdriss Déby (18 June 1952 – 20 April 2021) was a Chadian officer. He fled to Sudan in 1989.\n';
    expect(extractTimeline(copied, { published: '2021-04-30' }).map((event) => event.date)).toEqual(['1989']);
    // Not the article's first sentence: an event like any other.
    expect(extractTimeline('Fighting began.\n\nA second battle was fought on 3 May 2015.\n', {}).map((event) => event.date)).toEqual(['2015-05-03']);
  });

  it('skips a first sentence that states exactly the infobox span, however it is worded', () => {
    const ends = 'The siege began on 24 February 2022 and lasted until 20 May 2022, in the war. On 2 March, the city was encircled.';
    expect(extractTimeline(`${ends}\n`, { infoboxDate: '24 February – 20 May 2022' }).map((event) => event.date)).toEqual(['2022-03-02']);
    // One end of the span and another day: the start is told.
    const other = 'The siege began on 24 February 2022 and the city fell on 18 May 2022.';
    expect(extractTimeline(`${other}\n`, { infoboxDate: '24 February – 20 May 2022' }).map((event) => event.date)).toEqual(['2022-02-24']);
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

  it('keeps it when the subject’s other names stand between commas before the definition', () => {
    const days = { infoboxDate: '3–9 May 2015' };
    for (const aside of ['also called the Battle of Tal Hamis or the depot raid', 'also known as the depot raid', 'or the depot raid']) {
      const lead = `The depot attack, ${aside}, was an attack by the group on the army depot in the town, which began on 3 May 2015.`;
      expect(extractTimeline(`${lead}\n`, days).map((event) => event.date)).toEqual(['2015-05-03']);
    }
    // A clause of the subject's own between commas is no other name: the "which" clause stays a named thing's past.
    const clause = 'The depot attack, which the army repelled, was an attack by the group on the old depot, which began on 3 May 2015.';
    expect(extractTimeline(`${clause}\n`, days)).toEqual([]);
  });

  it('skips a lead sentence telling where things stood at the end of the story, whatever its year, and keeps one under a heading', () => {
    const war = { infoboxDate: '20 February 1988 – 12 May 1994' };
    const lead = 'The war was a conflict in the enclave. By the end of the war in 1994, the Armenians were in full control of the enclave.';
    expect(extractTimeline(`${lead}\n`, war)).toEqual([]);
    expect(extractTimeline(`## Ceasefire\nBy the end of the war in 1994, the Armenians held the enclave.\n`, war).map((event) => event.date)).toEqual(['1994']);
  });

  it('keeps a defining first sentence whose only date starts a state, in an aside with no verb', () => {
    const lead = 'Krasnohorivka is a small town on the western edge of Donetsk, on the front line since 2014.';
    expect(extractTimeline(`${lead}\n`, {}).map((event) => event.date)).toEqual(['2014']);
    expect(extractTimeline('The Battle of Markada was a military confrontation in March 2014.\n', {})).toEqual([]);
  });

  it('skips a report’s lead naming the stretch it covers, or how often its subject changed in it or what befell it for how long, and keeps one naming its one happening', () => {
    const dates = (lead: string) => extractTimeline(`${lead}\n`, {}).map((event) => event.date);
    expect(dates('The front barely moved. This report follows four weeks in the autumn of 2025 when it did.')).toEqual([]);
    expect(dates('This report is about one building, which changed hands at least four times in the summer of 2024.')).toEqual([]);
    expect(dates('This report is about Chernihiv, which troops tried to take in February 2022 and then besieged for more than a month.')).toEqual([]);
    expect(dates('On 3 March 2025 the fighting moved. This report follows the villages along the border over the spring.')).toEqual(['2025-03-03']);
    expect(dates('On 3 March 2025 the fighting moved. This report follows the market over three weeks in June.')).toEqual(['2025-03-03']);
    expect(dates('On 3 March 2025 the fighting moved. This report follows the town and its depot through 2025.')).toEqual(['2025-03-03']);
    expect(dates('On 3 March 2025 the fighting moved. This report follows the town from the counteroffensive in the autumn of 2025 to the shelling.')).toEqual([
      '2025-03-03',
    ]);
    expect(dates('On 3 March 2025 the fighting moved. This report follows the town from the summer of 2025 into the winter.')).toEqual(['2025-03-03']);
    expect(
      dates('On 3 March 2025 the fighting moved. This report follows the village through the occupation, the crossing in September and the weeks after.'),
    ).toEqual(['2025-03-03']);
    expect(dates('This report is about the morning of Sept. 30, 2022 in Zaporizhzhia, where a line of cars is hit by missiles.')).toEqual(['2022-09-30']);
    expect(extractTimeline('## Later\nThis report follows four weeks in the autumn of 2025.\n', {}).map((event) => event.date)).toEqual(['2025']);
  });

  it('skips a lead sentence whose only date is the story’s end, reached by a state that lasted until it, and keeps the end told as a happening', () => {
    const sumy = { infoboxDate: '24 February – 4 April 2022' };
    const lead = 'The city was a target. For five weeks it was encircled and shelled until the withdrawal from the region in early April 2022.';
    expect(extractTimeline(`${lead}\n`, sumy)).toEqual([]);
    const told = 'The city was a target. The last Russian troops left the region in early April 2022.';
    expect(extractTimeline(`${told}\n`, sumy).map((event) => event.date)).toEqual(['2022-04']);
    expect(extractTimeline(`## Siege\n${lead}\n`, sumy).map((event) => event.date)).toEqual(['2022-04']);
  });

  it('reads the end so also when the infobox gives the start only to the month and ends a few days into the next month', () => {
    const held = 'The village was a target. Its defenders held it for nearly three months, until it was taken at the end of June.';
    expect(extractTimeline(`${held}\n`, { infoboxDate: 'April – 1 July 2024' })).toEqual([]);
    // Ended later in the next month, the infobox's end is no longer that end of June.
    expect(extractTimeline(`${held}\n`, { infoboxDate: 'April – 20 July 2024' }).map((event) => event.date)).toEqual(['2024-06']);
  });

  it('keeps such a state in a report with no headings once the text has told a day of that month: it is the next step', () => {
    const span = { infoboxDate: '24 January – 28 February 2023' };
    const report = 'On Feb. 12, the tally lists 58 tanks. Russian attacks go on until the end of February, but none gets as far as the first.';
    expect(extractTimeline(`${report}\n`, span).map((event) => event.date)).toEqual(['2023-02-12', '2023-02']);
    // Under a heading the lead above still sums up.
    const lead = 'On 12 February, the town was shelled. The attacks went on until the end of February.\n\n## Battle\nOn 13 February, it fell.';
    expect(extractTimeline(`${lead}\n`, span).map((event) => event.date)).toEqual(['2023-02-12', '2023-02-13']);
  });

  it('keeps a defining lead sentence whose only date is the month a longer span starts in, given as the launch', () => {
    const lead = 'The 2017 Hama offensive was a military operation launched by rebel factions in the northern countryside in March 2017.';
    expect(extractTimeline(`${lead}\n`, { infoboxDate: '21 March – 22 April 2017' }).map((event) => event.date)).toEqual(['2017-03']);
    // A month that is the whole span sums it up (the al-Qaryatayn lead), and so does a month the span does not start in.
    expect(extractTimeline(`${lead}\n`, { infoboxDate: '5 – 28 March 2017' }).map((event) => event.date)).toEqual([]);
    expect(extractTimeline(`${lead}\n`, { infoboxDate: '21 February – 22 April 2017' }).map((event) => event.date)).toEqual([]);
  });

  it('reads a siege "imposed" or "laid" in the month a longer span starts in as its beginning', () => {
    const blockade = 'The siege of Kamar was a blockade of the mountain town, imposed by government troops in June 2013.';
    expect(extractTimeline(`${blockade}\n`, { infoboxDate: '10 June 2013 – 4 May 2015' }).map((event) => event.date)).toEqual(['2013-06']);
    const laid = 'The siege of Kamar was a siege of the mountain town laid by government troops in June 2013.';
    expect(extractTimeline(`${laid}\n`, { infoboxDate: '10 June 2013 – 4 May 2015' }).map((event) => event.date)).toEqual(['2013-06']);
    // A month that is the whole span still sums it up.
    expect(extractTimeline(`${blockade}\n`, { infoboxDate: '10 – 28 June 2013' }).map((event) => event.date)).toEqual([]);
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

  it("skips a lead sentence telling the story's course by a count of weeks, above the first heading only", () => {
    const lead = 'The incursion began on 6 August 2024. It took the army by surprise, and within two weeks the troops held the town.\n';
    expect(extractTimeline(`${lead}## Course\nOn 7 August the column crossed.\n`, {}).map((event) => event.date)).toEqual(['2024-08-06', '2024-08-07']);
    expect(extractTimeline(lead, {}).map((event) => event.date)).toEqual(['2024-08-06', '2024-08-07']);
  });

  it('skips a lead sentence telling the story\'s course by its length, "for most of the year", with no date of its own', () => {
    const lead = 'The battle was fought in 2025. Russian troops first approached from the south, and the fighting lasted for most of the year.\n';
    expect(extractTimeline(`${lead}## Course\nOn 7 August 2025 the column crossed.\n`, {}).map((event) => event.date)).toEqual(['2025-08-07']);
    const dated = 'Russian forces reached its outskirts in February 2025 and fought for it for most of the year.\n';
    expect(extractTimeline(`${dated}## Course\nOn 7 August 2025 the column crossed.\n`, {}).map((event) => event.date)).toEqual(['2025-02', '2025-08-07']);
    // Its length told by the year itself.
    const year = 'The Battle of X was fought for the village. It lasted for most of 2025 and was dominated by drone warfare.\n';
    expect(extractTimeline(`${year}## Course\nOn 7 August 2025 the column crossed.\n`, {}).map((event) => event.date)).toEqual(['2025-08-07']);
  });

  it('keeps such a count in a news post above its first heading, which is its news, not a lead', () => {
    const news = 'Rebels swept through the town on 3 December. Over the next ten days, engineers cleared mines from the highway.\n';
    const post = extractTimeline(`${news}## A decade on the front line\nThe town fell in 2014.\n`, { published: '2024-12-18' });
    expect(post.map((event) => event.date)).toEqual(['2024-12-03', '2024-12-04', '2014']);
  });

  it('skips a lead sentence that sums up periods ("from 2014 …, and since 2022 …"), and keeps a lead sentence naming one', () => {
    const lead = 'The unit was formed in 2000. It fought in Donbas from 2014, and since 2022 it has fought in the south. Since 2023, it has held Kupiansk.';
    expect(extractTimeline(`${lead}\n`, {}).map((event) => event.date)).toEqual(['2000', '2023']);
    expect(extractTimeline('Mopti is a region of Mali. Since 2015 it has been the centre of the jihadist insurgency in Mali.\n', {})).toEqual([]);
    const hospital = 'The hospital stands on a hill. Since the fall of Bakhmut in May 2023 it has been the largest working hospital near the front.';
    expect(extractTimeline(`${hospital}\n`, {})).toEqual([]);
    // A campaign named with its date, or a season joined after an opening year, is a period too.
    const village = 'The village was attacked by Russian forces from April 2022, and the fighting spread into the pine forests during the summer.';
    expect(extractTimeline(`${village}\n`, {})).toEqual([]);
    const town = 'The town came under attack during the Turkish offensive of October 2019 and again in the winter of 2020–2021.';
    expect(extractTimeline(`${town}\n`, {})).toEqual([]);
    // A lead sentence opening on when its subject was fought sums up its span; a date after that phrase tells how it ended.
    const fought = 'The Battle of Berdychi was an engagement in Donetsk Oblast. Fought in the spring of 2024, it was part of the Russian advance.';
    expect(extractTimeline(`${fought}\n`, {})).toEqual([]);
    const ended = 'Fought in the first week of the war, it ended with the capture of the village on 3 October 2020.';
    expect(extractTimeline(`The battle was an engagement. ${ended}\n`, {}).map((event) => event.date)).toEqual(['2020-10-03']);
    // A month says when things changed: what the subject has been since then began with a happening of that month.
    const hub = 'Khmeimim is an air base near Latakia. Since September 2015 the base has been the main hub of the Russian intervention in Syria.';
    expect(extractTimeline(`${hub}\n`, {}).map((event) => event.date)).toEqual(['2015-09']);
    expect(extractTimeline('Since November 2011, Al-Qusayr has been besieged.\n', {}).map((event) => event.date)).toEqual(['2011-11']);
    const claimed = 'Since July 2014 it has been held by the LPR, and Russia has claimed it since the annexation of the oblast in September 2022.';
    expect(extractTimeline(`${claimed}\n`, {})).toEqual([]);
    // Below a heading, the same sentence tells what was done in those years.
    expect(extractTimeline(`## Donbas\nIt fought in Donbas from 2014, and since 2022 it has fought in the south.\n`, {}).map((event) => event.date)).toEqual([
      '2014',
    ]);
    // Closed periods are statuses held between two dates (guide): the first is the sentence's range.
    const closed = 'Stepanakert is a city. From 1923 to 1991 it was the centre of the oblast, and from 1991 to 2023 the capital of the republic.';
    expect(extractTimeline(`${closed}\n`, {}).map((event) => `${event.date}–${event.end ?? ''}`)).toEqual(['1923–1991']);
    // A closed period after an open one is the lead's next period.
    const held = 'The village was held by rebel factions from 2012, and from 2020 until the end of 2024 it stood on the front line.';
    expect(extractTimeline(`Kafr Nouran is a village in Syria. ${held}\n`, {})).toEqual([]);
    // "since the summer of 2024" opens a period as "since 2024" does.
    const served = 'It fought in Kharkiv in 2022 and in Bakhmut during the winter of 2022–2023, and since the summer of 2024 it has served in Kursk.';
    expect(extractTimeline(`The brigade is a unit. ${served}\n`, {})).toEqual([]);
  });

  it("keeps a news post's opening sentence naming two open years, which tells its news, not a lead's periods", () => {
    const said = 'In August the agency said that damage was the lowest since 2016, thanks to a wasp released in the region since 2021.';
    expect(extractTimeline(`Growers blocked the highway on Tuesday. ${said}\n`, { published: '2025-09-10' }).map((event) => event.date)).toEqual([
      '2025-09-09',
      '2025-08',
    ]);
  });

  it('skips a lead sentence telling its subject\'s service in clauses that run to the present ("and has since served"), and keeps one naming a day', () => {
    const lead =
      'The brigade defended Kyiv in the first weeks of the invasion, fought at Sievierodonetsk in the spring of 2022, and has since served on the Belarusian border.';
    const marine = 'The brigade fought in the Vremivka salient in the summer of 2023 and has since held positions on the southern front.';
    const history = '## History\nThe brigade was formed in 2018.\n';
    expect(extractTimeline(`${lead} ${marine}\n\n${history}`, {}).map((event) => event.date)).toEqual(['2018']);
    // With its subject again: "and it has since fought", "and since 2022 it has fought".
    const again = 'The brigade fought at Debaltseve in the winter of 2015, and since 2022 it has fought again in the Donbas.';
    const held = 'In 2022 it held Chernihiv through a five-week siege, and it has since fought at Vuhledar and Avdiivka.';
    expect(extractTimeline(`${again} ${held}\n\n${history}`, {}).map((event) => event.date)).toEqual(['2018']);
    const invasion = 'The brigade held the line near Zolote until 2022, and since the Russian invasion it has fought in Luhansk Oblast.';
    expect(extractTimeline(`${invasion}\n\n${history}`, {}).map((event) => event.date)).toEqual(['2018']);
    // A day is a happening of its own; below a heading the same sentence tells what was done.
    const entered = 'The brigade entered Kherson on 11 November 2022 and has since held the right bank.';
    expect(extractTimeline(`${entered}\n\n${history}`, {}).map((event) => event.date)).toEqual(['2022-11-11', '2018']);
    expect(extractTimeline(`${history}${marine}\n`, {}).map((event) => event.date)).toEqual(['2018', '2023']);
  });

  it('skips a lead sentence naming the wars its subject fought in by their years, and keeps it below a heading', () => {
    const wars = 'During the Second Nagorno-Karabakh War in 2020 it led the advance on Talish, and in September 2023 its units took part in the offensive.';
    expect(extractTimeline(`The corps is a unit of the army. ${wars}\n`, {})).toEqual([]);
    expect(extractTimeline(`## History\n${wars}\n`, {}).map((event) => event.date)).toEqual(['2023-09']);
    // So do the wars named together by their years.
    const both = 'The corps sent battalions to Karabakh during the wars of 2016 and 2020, and in July 2020 it fought the heaviest clashes on the border.';
    expect(extractTimeline(`The corps is a unit of the army. ${both}\n`, {})).toEqual([]);
  });
});
