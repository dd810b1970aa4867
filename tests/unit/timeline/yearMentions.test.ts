/** Years written in unusual ways: after an opening "After", with an era, stressed, or a season before what was said then or its clause. */
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/timeline/extractTimeline.ts';
import { timelineWithoutEnds as timeline } from './timelineOf.ts';

describe('a year opening a sentence after "After"', () => {
  it('is hedged as "after 2018" is elsewhere, and stays a count or a heading\'s period otherwise', () => {
    expect(timeline('After 2018, the division expanded its presence in the south.', {})).toEqual(['2018 year after «After 2018»']);
    expect(timeline('After 2018 the division expanded its presence in the south.', {})).toEqual(['2018 year after «After 2018»']);
    expect(timeline('After 2000 soldiers arrived, the town was quiet.', {})).toEqual([]);
    expect(extractTimeline('## After 2020\nThe town was rebuilt.\n', {})).toEqual([]);
  });
});

describe('BC and AD years', () => {
  it('reads a three-digit year hedged after a making, and after "in" before a past verb and its object', () => {
    expect(timeline('The city was founded around 335 by King Khosrov III.', {})).toEqual(['0335 year around «around 335»']);
    expect(timeline('An earthquake in 893 destroyed most of its buildings.', {})).toEqual(['0893 year «893»']);
    // Not a distance or a count.
    expect(timeline('The fort was built about 300 metres from the river. The army had lost about 300 armoured vehicles.', {})).toEqual([]);
    // A birth hedged so, a treaty named by its year, and a sentence opening on "In" and the year before a named subject.
    expect(timeline('Philip was born there around 204, the son of a local chief.', {})).toEqual(['0204 year around «around 204»']);
    expect(timeline('The war was ended by the Fifty-Year Peace of 562, under which Lazica stayed Roman.', {})).toEqual(['0562 year «562»']);
    expect(timeline('In 555 Gubazes was murdered by the Roman generals.', {})).toEqual(['0555 year «555»']);
    expect(timeline('In 300 Russians were killed. In 300 Romans attacked.', {})).toEqual([]);
  });

  it('reads a three-digit year after "in" only where a year closes the phrase, never before a counted noun', () => {
    expect(timeline('It was used as a base by Julian in 363 during his campaign. The city was taken in 637 and was later rebuilt.', {})).toEqual([
      '0363 year «363»',
      '0637 year «637»',
    ]);
    expect(timeline('The army was deployed in 300 tanks. Troops arrived in 150 trucks and buses.', {})).toEqual([]);
    expect(timeline('In 987 the princes founded a kingdom. In 988, they built a church.', {})).toEqual(['0987 year «987»', '0988 year «988»']);
    expect(timeline('The army was deployed in 300 the next day.', {})).toEqual([]);
    // A second verb of the same subject after "and" closes the phrase as "and was" does.
    expect(timeline('It was rebuilt by the emperor in 346 and renamed Constantia.', {})).toEqual(['0346 year «346»']);
    expect(timeline('Troops arrived in 150 trucks and armoured cars.', {})).toEqual([]);
  });

  it('reads one before the clause it opens or the words after the verb it ends, and the first of two the text is unsure of', () => {
    expect(timeline('In 772 the caliph ordered a new city. The town surrendered in 639 or 640 without a fight.', {})).toEqual([
      '0772 year «772»',
      '0639 year «639»',
    ]);
    expect(timeline('The battle was fought in 657 a short distance west. Later, in 542 it was sacked by the king.', {})).toEqual([
      '0657 year «657»',
      '0542 year «542»',
    ]);
    expect(timeline('The rebels came in 150 armoured trucks. The fighters escaped in 120 boats or on foot.', {})).toEqual([]);
    expect(timeline('The city was sacked by the Byzantines in 962 and by the Mongols in 1260.', {})).toEqual(['0962 year «962»']);
    expect(timeline('The rebels came in 150 and in 200 trucks.', {})).toEqual([]);
  });

  it('reads one after a month or a day and month where it closes the phrase, not a count after it nor a year cut short', () => {
    expect(timeline('On 22 June 684, a council met at al-Jabiya. The caliph died there in February 743 and was buried nearby.', {})).toEqual([
      '0684-06-22 day «22 June 684»',
      '0743-02 month «February 743»',
    ]);
    expect(timeline('In 1915 the town was taken. On 28 September 160 soldiers were killed.', {})).toEqual([
      '1915 year «1915»',
      '1915-09-28 day «28 September»',
    ]);
    // A year of this century cut short stays no year; one with its era is read.
    expect(timeline('Since October 201, displaced people have come to the camp.', {})).toEqual([]);
    expect(timeline('In March 203 AD, the legion left.', {})).toEqual(['0203-03 month «March 203 AD»']);
  });

  it('writes 490 BC as the astronomical year -0489 and AD 150 as 0150', () => {
    expect(timeline('The Persians landed in 490 BC. The story was retold in AD 150.', {})).toEqual(['-0489 year «490 BC»', '0150 year «AD 150»']);
  });

  it('counts months across a year before year 0 (the property test’s "1 BC January" … "a month later")', () => {
    const events = extractTimeline('In January 1 BC, the town fell.\n\nA month later, it was retaken.\n', {});
    const [fell, retaken] = events.map((event) => event.date);
    // A month-precise date of a year before 0: the month after it is February of the same year, not a negative month.
    expect(fell).toMatch(/^-?\d{4}-01$/);
    expect(retaken).toBe(`${fell?.slice(0, -3) ?? ''}-02`);
  });
});

describe('"the year" before a year', () => {
  it('is that year, a chronicle\'s "under the year" too', () => {
    expect(timeline('Ostroh is first mentioned in the Hypatian Chronicle under the year 1100.', {})).toEqual(['1100 year «1100»']);
    // Of three digits too, whatever follows it.
    expect(timeline('Vruchiy is first mentioned in the Primary Chronicle under the year 946, when Olga burned it.', {})).toEqual(['0946 year «946»']);
    expect(timeline('In the year 1100 the town was founded.', {})).toEqual(['1100 year «1100»']);
  });
});

describe('a year stressed with "as recently as", "as early as" or "as late as"', () => {
  it('is that year, with no hedge', () => {
    expect(timeline('The State Department had designated him a terrorist as recently as 2013, and a bounty was withdrawn in December 2024.', {})).toEqual([
      '2013 year «2013»',
    ]);
    expect(timeline('The town was shelled as early as 2014.', {})).toEqual(['2014 year «2014»']);
    expect(timeline('As late as 1990 the plant was still working.', {})).toEqual(['1990 year «1990»']);
  });
  it('is no year before a counted noun', () => {
    expect(timeline('The army had as many as 2000 tanks.', {})).toEqual([]);
  });
});

describe('a season without its year before "that" of what was said then', () => {
  it('is the season of the year last stated', () => {
    expect(
      timeline('Further strikes followed on 29 March 2024. The head of the company said in an interview in the autumn that repairs would take years.', {}),
    ).toEqual(['2024-03-29 day «29 March 2024»', '2024 year autumn «autumn»']);
  });
});

describe('a season opening the sentence after "During", before its subject', () => {
  it("is the season of the year last stated, and dates the sentence over a later clause's month", () => {
    const prose = 'In May 2024 the unit moved south. During the summer it defended the approaches, and in August its drones hit tanks.';
    expect(timeline(prose, {})).toEqual(['2024-05 month «May 2024»', '2024 year summer «summer»']);
  });
});

describe('a month named by the day just told', () => {
  it('reads "the following January" as the first January after the month just told', () => {
    expect(timeline('The cableway opened on 16 October 2010. The following January it entered the record books.', {})).toEqual([
      '2010-10-16 day «16 October 2010»',
      '2011-01 month «The following January»',
    ]);
    expect(timeline('The court met in March 2022. It sentenced him in absentia the following May.', {})).toEqual([
      '2022-03 month «March 2022»',
      '2022-05 month «the following May»',
    ]);
    // After a year, the month of the next year.
    expect(timeline('The plant closed in 2014. It reopened the next April.', {})).toEqual(['2014 year «2014»', '2015-04 month «the next April»']);
  });
});

describe('a season named by the day just told', () => {
  it('reads "the following summer" as the first summer that begins after the day just told', () => {
    expect(timeline('On 13 September 2012 the town was shelled. The sanatoria stayed closed until the following summer.', {})).toEqual([
      '2012-09-13 day «13 September 2012»',
      '2013 year summer «the following summer»',
    ]);
    expect(timeline('On 13 March 2012 the town was shelled. The sanatoria reopened the following summer.', {})).toEqual([
      '2012-03-13 day «13 March 2012»',
      '2012 year summer «the following summer»',
    ]);
  });
  it('counts "the following winter" from the season just told, the winter it begins being of its first year', () => {
    expect(timeline('In the summer of 1918 refugees crossed the mountains. Hundreds died in the following winter.', {})).toEqual([
      '1918 year summer «summer of 1918»',
      '1918 year winter «the following winter»',
    ]);
    expect(timeline('In the winter of 1918 refugees came. Many left the following winter.', {})).toEqual([
      '1918 year winter «winter of 1918»',
      '1919 year winter «the following winter»',
    ]);
  });
});

describe('a month named as the one of the year just told', () => {
  it('reads "that May" as May of the last year stated, as "In May of the same year" is', () => {
    const prose = 'Armenia agreed in the spring of 2024 to hand back four villages. The first stretch of the border was marked that May with pillars.';
    expect(timeline(prose, { published: '2025-11-14' })).toEqual(['2024 year spring «spring of 2024»', '2024-05 month «May»']);
  });

  it('reads "April of the following year" as April of the year after it, a year stated that later months keep in a news post', () => {
    const prose =
      'In December 2022 activists blocked the road, and in April of the following year Azerbaijan set up a checkpoint. On 15 June it closed the road.';
    expect(timeline(prose, { published: '2025-10-31' })).toEqual(['2022-12 month «December 2022»', '2023-06-15 day «15 June»']);
    expect(timeline('In December 2022 activists blocked the road. In April the following year a checkpoint was set up.', {})).toEqual([
      '2022-12 month «December 2022»',
      '2023-04 month «April»',
    ]);
  });
});

describe('a season told in the pluperfect after a date', () => {
  it('is the last such season before that date, or that season itself', () => {
    const brigade = 'By the spring of 2025, the front ran through the villages. The sector went to a brigade, which had withdrawn from the town in the winter.';
    expect(timeline(`${brigade} On 8 June, the ministry claimed a crossing.`, {})).toEqual([
      '2025 year spring «spring of 2025»',
      '2024 year winter «winter»',
      '2025-06-08 day «8 June»',
    ]);
    const trained = 'Through the winter of 2022–2023 engineers built defences. Several brigades had been trained abroad over the winter.';
    expect(timeline(trained, {})).toEqual(['2022 year winter «winter of 2022–2023»', '2022 year winter «winter»']);
  });
});

describe('"early" or "late" in the year or the month just told', () => {
  it('is that year or month, hedged', () => {
    expect(timeline('In June 2024 the attack began. Late in the year the army set up a new post.', {})).toEqual([
      '2024-06 month «June 2024»',
      '2024 year late «Late in the year»',
    ]);
    expect(timeline('In June 2024 the attack began. Early in the month the army set up a post.', {})).toEqual([
      '2024-06 month «June 2024»',
      '2024-06 month early «Early in the month»',
    ]);
  });

  it('is that year or month, hedged, told with "that" too, and so is a month named with "that"', () => {
    expect(timeline('In June 2024 the attack began. Late that year the army set up a new post.', {})).toEqual([
      '2024-06 month «June 2024»',
      '2024 year late «Late that year»',
    ]);
    expect(timeline('In June 2024 the attack began. Early that month the army set up a post.', {})).toEqual([
      '2024-06 month «June 2024»',
      '2024-06 month early «Early that month»',
    ]);
    expect(timeline('In the spring of 2023 shells hit several villages. Late that March, bullets struck the school.', {})).toEqual([
      '2023 year spring «spring of 2023»',
      '2023-03 month late «March»',
    ]);
  });
});

describe('a winter told without its year right after a January or a February', () => {
  it('is the winter that month is in, of its first year', () => {
    const camp = 'In February parliament tightened the law. The crowds have since thinned, but people kept the camp going through the winter.';
    expect(timeline(camp, { published: '2025-05-27' })).toEqual(['2025-02 month «February»', '2024 year winter «winter»']);
    expect(timeline('In October 2012 the army dug in. Through the winter, the front held.', {})).toEqual([
      '2012-10 month «October 2012»',
      '2012 year winter «winter»',
    ]);
  });
});

describe('the first or last months of the year just told', () => {
  it('is the anchor’s year, early or late, as "the first months of 2015" is', () => {
    const opening = 'In January 2012, the army withdrew, and on 16 March the junta revoked the accord.';
    expect(timeline(`${opening} Patrols had been ambushed repeatedly in the first months of the year.`, {}).at(-1)).toBe(
      '2012 year early «the first months of the year»',
    );
    expect(timeline(`${opening} Raids grew in the last few months of that year.`, {}).at(-1)).toBe('2012 year late «the last few months of that year»');
    // Its last weeks or first days, written with its year, as its months are.
    expect(timeline('In the last weeks of 2021 the posts reported Russian troops. In the first days of 2022 they left.', {})).toEqual([
      '2021 year late «the last weeks of 2021»',
      '2022 year early «the first days of 2022»',
    ]);
  });
});

describe('a season joined to a second one with its year', () => {
  it('is of that year, a winter before a later season of it too, as "the winter of 1830" alone is', () => {
    expect(timeline('In the spring and summer of 1829 about seventy families settled in the village.', {})).toEqual(['1829 year spring «spring»']);
    expect(timeline('In the winter and spring of 1830 many of them died.', {})).toEqual(['1830 year winter «winter»']);
    expect(timeline('In the winter of 1830 many of them died.', {})).toEqual(['1830 year winter «winter of 1830»']);
  });
});

describe('a season told with its year after a describing word', () => {
  it('is a time, as "the summer of 1962" is', () => {
    const dry = 'When the level of the reservoir fell sharply in the dry summer of 1962, a team excavated the mounds.';
    expect(timeline(dry, {})).toEqual(['1962 year summer «summer of 1962»']);
    expect(timeline('The plants were damaged in a hard winter.', {})).toEqual([]);
  });
});

describe('seasons of several years', () => {
  it('are dated by the first, a winter spanning two years by its first year', () => {
    expect(timeline('Excavations in the summers of 2018 and 2019 uncovered a church.', {})).toEqual(['2018 year summer «summers of 2018»']);
    const winters = 'In the winters of 1992–1993 and 1993–1994 the terminal had no heating.';
    expect(timeline(winters, {})).toEqual(['1992 year winter «winters of 1992–1993»']);
  });
});

describe('a year after "of" before a past verb and its share, count or name', () => {
  it('dates the happening it names, unless the verb counts', () => {
    expect(timeline("The drought of 1984 killed much of the valley's cattle, and many young men left.", {})).toEqual(['1984 year «1984»']);
    expect(timeline('The famine of 1932–1933 killed several hundred people in the town.', {})).toEqual(['1932 year «1932–1933»']);
    expect(timeline('A Russian survey of 1886 counted 2,610 inhabitants in the village.', {})).toEqual([]);
    // Or whose object is a name.
    const rebellion = 'In 1724 the town grew. The Koliivshchyna rebellion of 1768 reached Rzhyshchiv in June, when a band of haidamaks came.';
    expect(timeline(rebellion, {})).toEqual(['1724 year «1724»', '1768-06 month «June»']);
    expect(timeline('The force of 1500 armed men attacked the town.', {})).toEqual([]);
    // Or an opening phrase without its comma before a quantified subject, which no count is followed by.
    expect(timeline('During the famine of 1915–1918 dozens of villagers died of hunger.', {})).toEqual(['1915 year «1915–1918»']);
    expect(timeline('During the Holodomor of 1932–1933 more than 400 inhabitants died.', {})).toEqual(['1932 year «1932–1933»']);
    expect(timeline('After the war of 1992 most of the men left for Russia.', {})).toEqual(['1992 year «1992»']);
    // After "season of" a year never counts the noun that follows.
    expect(timeline('In the rainy season of 2019 fighters twice crossed the river to steal cattle.', {})).toEqual(['2019 year «2019»']);
  });
});

describe('a year hedged by "Around" opening the sentence', () => {
  it('is that year before a subject with "a", and no year before a count', () => {
    expect(timeline('Around 1674 a Tuareg prince from Aïr, Agabba, made himself sultan.', {})).toEqual(['1674 year around «Around 1674»']);
    // Or a named subject and its past verb; a plural stays a count.
    expect(timeline('Around 1700 Mazepa built a three-storey brick palace in the town.', {})).toEqual(['1700 year around «Around 1700»']);
    expect(timeline('Around 1700 Russians were killed. Around 2000 soldiers died.', {})).toEqual([]);
    expect(timeline('Around 1674 the prince made himself sultan.', {})).toEqual(['1674 year around «Around 1674»']);
    expect(timeline('They counted around 1500 armed men.', {})).toEqual([]);
  });
});
