import { describe, expect, it } from 'vitest';
import { recallHappening } from '../../../src/timeline/namedHappening.ts';
import { timeline } from './timelineOf.ts';

describe('"on the same day as" a happening told before', () => {
  const dated = [
    { text: 'On 30 September, Putin signed treaties annexing the oblast.', date: '2022-09-30', precision: 'day' as const },
    { text: 'On 12 October the assembly adopted a resolution.', date: '2022-10-12', precision: 'day' as const },
  ];

  it('finds the latest sentence telling it by the stem of its name', () => {
    expect(recallHappening('signing ceremony', dated)).toEqual({ year: 2022, month: 9, day: 30, precision: 'day' });
    expect(recallHappening('resolution', dated)).toEqual({ year: 2022, month: 10, day: 12, precision: 'day' });
  });

  it('passes over a happening named only as what something came "after"', () => {
    const told = { text: 'On 7 March a guided bomb strike hit the square.', date: '2025-03-07', precision: 'day' as const };
    const after = { text: 'Smoke rises from a farm after an artillery strike.', date: '2025-03-09', precision: 'day' as const };
    expect(recallHappening('strike', [told, after])).toEqual({ year: 2025, month: 3, day: 7, precision: 'day' });
  });

  it('finds nothing for a happening not told, or told only to the month', () => {
    expect(recallHappening('bombing', dated)).toBeUndefined();
    expect(recallHappening('vote', [{ text: 'The vote was held in September.', date: '2022-09', precision: 'month' }])).toBeUndefined();
  });

  it('dates the sentence by that day, not by the day just told', () => {
    const prose =
      'On 30 September, Putin signed treaties. On 12 October the assembly adopted a resolution. On the same day as the signing ceremony, a strike hit a convoy.';
    expect(timeline(prose, { infoboxDate: '2022' })).toEqual([
      '2022-09-30 day «30 September»',
      '2022-10-12 day «12 October»',
      '2022-09-30 day «On the same day as the signing ceremony»',
    ]);
    expect(timeline('On 12 October the assembly met. On the same day as the funeral, a strike hit a convoy.', { infoboxDate: '2022' })).toEqual([
      '2022-10-12 day «12 October»',
    ]);
  });
});

describe('"On the day" a clause tells, told before with its day', () => {
  it('is the day of the sentence holding its verb and its object, whatever was dated since', () => {
    const prose = 'The offensive resumed on 5 March. On 9 March, the army reached the river. The army entered the town on 11 March.';
    expect(timeline(`${prose} On the day the army reached the river, a convoy was struck.`)[3]).toBe('2012-03-09 day «On the day the army reached the river»');
    expect(timeline(`${prose} On the day the army reached the M5 river, a convoy was struck.`)[3]).toBe(
      '2012-03-09 day «On the day the army reached the M5 river»',
    );
    // Its subject alone ("the army") is in many sentences: with no sentence telling the verb and the object, no date.
    expect(timeline('The army entered the town on 11 March. On the day the army reached the river, a convoy was struck.')).toEqual([
      '2012-03-11 day «11 March»',
    ]);
  });

  it('is the day of the sentence naming its subject when the clause has no object ("the dome goes up")', () => {
    const prose = 'Money pays for a new dome, which is lifted into place on 19 March. On 25 March the roof is closed.';
    expect(timeline(`${prose} On the day the dome goes up, the bells ring again.`)[2]).toBe('2012-03-19 day «On the day the dome goes up»');
  });
});

describe('"the same day as the attack" in the article of a one-day attack', () => {
  it('is the attack’s day, not that of a later sentence mentioning it', () => {
    const prose =
      'On the morning of 24 August, gunmen attacked the town. The minister, who visited on 26 August, said the attack had caused many deaths. The group claimed it in a statement released the same day as the attack.';
    expect(timeline(prose, { infoboxDate: '24 August 2024' })).toEqual([
      '2024-08-24 day «24 August»',
      '2024-08-26 day «26 August»',
      '2024-08-24 day «the same day as the attack»',
    ]);
  });

  it('is not when the story spans days, nor for an attack placed elsewhere', () => {
    const prose = 'On 24 August, gunmen stormed the town. On 26 August, the minister spoke about the attack. Rebels struck a post the same day as the attack';
    expect(timeline(`${prose}.`, { infoboxDate: '24–27 August 2024' })[2]).toBe('2024-08-26 day «the same day as the attack»');
    expect(timeline(`${prose} on Kaya.`, { infoboxDate: '24 August 2024' })[2]).toBe('2024-08-26 day «the same day as the attack on Kaya»');
  });
});

describe('"the attack" in the article of a one-day attack, right after the text told a later attack', () => {
  it('is that later attack, as a count from a happening the text named is, while a mere mention of "the attack" leaves the story’s', () => {
    const first = 'On 24 August, gunmen attacked the town. ';
    const count = 'Four days after the attack, the president spoke.';
    expect(timeline(`${first}On 2 September, gunmen attacked a second town. ${count}`, { infoboxDate: '24 August 2024' }).at(-1)).toBe(
      '2024-09-06 day «Four days after the attack»',
    );
    expect(timeline(`${first}On 2 September, the minister said the attack was planned abroad. ${count}`, { infoboxDate: '24 August 2024' }).at(-1)).toBe(
      '2024-08-28 day «Four days after the attack»',
    );
  });
});

describe('"on the day of" a happening named by a noun', () => {
  it('is the day the text told it, not a later day that only mentions it, nor the day just told', () => {
    const prose =
      'A jet crashed near the village on 23 August. On 24 August, Putin spoke about the crash. On 23 June, the mutiny began, and on 21 August a video appeared. On the day of the crash, the general was removed.';
    expect(timeline(prose, { infoboxDate: '2023' })).toEqual([
      '2023-08-23 day «23 August»',
      '2023-08-24 day «24 August»',
      '2023-06-23 day «23 June»',
      '2023-08-23 day «On the day of the crash»',
    ]);
  });

  it('is the day just told when no sentence told the happening', () => {
    expect(timeline('On 5 March, rebels entered the town. Medics counted 20 dead on the day of the explosion.', { infoboxDate: '2012' })).toEqual([
      '2012-03-05 day «5 March»',
      '2012-03-05 day «on the day of the explosion»',
    ]);
  });

  it('reads "on the night of" the happening as its day, an accident or a disaster as well', () => {
    expect(timeline('On 26 April 1986, the reactor exploded. Two workers died on the night of the accident.', { infoboxDate: '1986' })).toEqual([
      '1986-04-26 day «26 April 1986»',
      '1986-04-26 day «on the night of the accident»',
    ]);
    expect(
      timeline('A jet crashed near the village on 23 August. On 24 August, Putin spoke. Looters came on the evening of the crash.', { infoboxDate: '2023' }),
    ).toEqual(['2023-08-23 day «23 August»', '2023-08-24 day «24 August»', '2023-08-23 day «on the evening of the crash»']);
  });

  it('falls back on a mention with "the" when nothing else tells it', () => {
    const dated = [{ text: 'On 24 August, Putin spoke about the crash.', date: '2023-08-24', precision: 'day' as const }];
    expect(recallHappening('crash', dated)).toEqual({ year: 2023, month: 8, day: 24, precision: 'day' });
  });
});

describe('an opening "During the …," naming one move', () => {
  it('places the sentence in the night just told with its two days, undated sentences between', () => {
    const night = 'On the night of 25 to 26 February the fighters left the town. The route was mined. During the breakout, many were killed.';
    expect(timeline(night)[1]).toBe('2012-02-25 day → 2012-02-26 «During the breakout»');
    expect(timeline('On 25 February the town was stormed. During the assault, civilians were killed.')[1]).toBe('2012-02-25 day «During the assault»');
  });

  it('names no one day of a longer span or of a month, and yields to a day of its own', () => {
    expect(timeline('From 5 to 8 March the fighters left the town. During the withdrawal, many were killed.')).toHaveLength(1);
    expect(timeline('In March the fighters left the town. During the withdrawal, many were killed.')).toHaveLength(1);
    expect(timeline('On 25 February the fighters left. During the breakout on 27 February, many were killed.')[1]).toBe('2012-02-27 day «27 February»');
  });

  it('reads "During the fighting," as the day just told only when that sentence told fighting', () => {
    const fighting = 'On 27 August rebels captured the crossing after hours of fighting. During the fighting, stray fire wounded an officer.';
    expect(timeline(fighting)[1]).toBe('2012-08-27 day «During the fighting»');
    expect(timeline('On 27 August the council met. During the fighting, stray fire wounded an officer.')).toHaveLength(1);
  });
});

describe('"the same conference" told after a gathering dated to the day', () => {
  it('is that gathering’s day, whatever was dated since, and no day when none was told', () => {
    const prose =
      'On 29 January 2025, at a conference in Damascus, the factions announced their dissolution. On 30 January the army moved. The same conference named him president.';
    expect(timeline(prose, { infoboxDate: '2025' })).toEqual([
      '2025-01-29 day «29 January 2025»',
      '2025-01-30 day «30 January»',
      '2025-01-29 day «The same conference»',
    ]);
    expect(timeline('In January 2025 the factions met in Damascus. At the same meeting, he was named president.', { infoboxDate: '2025' })).toEqual([
      '2025-01 month «January 2025»',
    ]);
  });
});

describe('what a speaker told a gathering dated to the day', () => {
  it('is that gathering’s day, and no day when none was told to the day', () => {
    const prose = 'On 16 July the decree was adopted at a cabinet meeting. The minister told the meeting that the commission was too costly.';
    expect(timeline(prose)).toEqual(['2012-07-16 day «16 July»', '2012-07-16 day «told the meeting»']);
    expect(timeline('In July the cabinet met. The minister addressed the meeting at length.')).toEqual(['2012-07 month «July»']);
    expect(timeline('The minister told the meeting that the commission was too costly.')).toEqual([]);
  });
});

describe('what was said "Speaking at the ceremony," or "At the funeral,"', () => {
  it('is said on the gathering’s day, the day just told when no sentence names it', () => {
    const opened = 'The bridge was opened on 15 October, and the governor cut the ribbon.';
    expect(timeline(`${opened} Speaking at the ceremony, the minister said a second bridge would open.`)[1]).toBe('2012-10-15 day «Speaking at the ceremony»');
    const buried = 'The soldiers were buried on 19 December at a ceremony attended by the president.';
    expect(timeline(`${buried} At the funeral, the president promised that the attack would not go unpunished.`)[1]).toBe('2012-12-19 day «At the funeral»');
    // A place a gathering was held in is no such phrase.
    expect(timeline(`${buried} At the funeral home, relatives waited.`)).toHaveLength(1);
  });
});

describe('an opening "By" a decree named with its issuer and its date', () => {
  it('dates the main clause, as "Under the agreement of" does', () => {
    const decree = 'By a decree of the Ukrainian SSR of 14 July 1927, the island was included in the Black Sea reserve.';
    expect(timeline(`The island was mapped in 1900. ${decree}`, {})).toEqual(['1900 year «1900»', '1927-07-14 day «14 July 1927»']);
  });
});

describe('a subject named with its date and a restrictive clause naming what it ended', () => {
  it('is told by the verb after the clause', () => {
    const post = { published: '2025-10-14' };
    const statement = 'The ceasefire statement of 10 November 2020 that ended the Second Nagorno-Karabakh War committed Armenia to guarantee transport links.';
    expect(timeline(statement, post)).toEqual(['2020-11-10 day «10 November 2020»']);
  });
});

describe('an opening "With" an act named with its date', () => {
  it('dates the main clause the act settled, as an opening "Under" it does', () => {
    expect(timeline('With the Treaty of Gulistan of October 1813, the village passed to the Russian Empire.', {})).toEqual(['1813-10 month «October 1813»']);
    expect(timeline('With the administrative reform of 4 December 1995, the village became part of Syunik Province.', {})).toEqual([
      '1995-12-04 day «4 December 1995»',
    ]);
  });
});

describe('a decision named by its year as the subject of what it settled', () => {
  it('dates the sentence by its year, its verb "broke up" or after a participle of when it passed', () => {
    expect(timeline('The land reform of 1958 broke up the large estates of the Aleppo notables.', {})).toEqual(['1958 year «1958»']);
    const passed = "The agrarian reform law of 1958, passed during the union with Egypt, broke up the notables' estate.";
    expect(timeline(passed, {})).toEqual(['1958 year «1958»']);
    // A count of that year is no decision's: "of 1958 soldiers" stays a number.
    expect(timeline('A unit of 1958 soldiers broke up the protest.', {})).toEqual([]);
  });
});

describe('"most", "much" or "all" before "of" a date, after a noun phrase', () => {
  it('is a share of the date itself, not a thing named by it', () => {
    expect(timeline('The army held the bridge for much of 2024.', {})).toEqual(['2024 year «2024»']);
    expect(timeline('The rebels kept the road open for most of March 2023.', {})).toEqual(['2023-03 month «March 2023»']);
    expect(timeline('The losses of the autumn of 2022 were heavy.', {})).toEqual([]);
    // After an opening phrase too, whose own date yields to the subject's.
    const adrianople = 'After the Russo-Turkish War of 1828–1829, the Treaty of Adrianople of September 1829 confirmed the border.';
    expect(timeline(adrianople, {})).toEqual(['1829-09 month «September 1829»']);
    expect(timeline('After the Polish–Soviet War, the Peace of Riga of March 1921 left the town in Poland.', {})).toEqual(['1921-03 month «March 1921»']);
  });
});

describe('a happening named with its year as the subject, its verb after an appositive ranking it', () => {
  it('dates the sentence, and "that year" later in it is that year', () => {
    const floods = 'In 2023 the dykes were repaired. The floods of 2024, the worst on the Logone in decades, broke the dykes in September of that year.';
    expect(timeline(floods, {})).toEqual(['2023 year «2023»', '2024-09 month «September»']);
    expect(timeline('The floods of 2024 broke the dykes.', {})).toEqual(['2024 year «2024»']);
    const winter = 'The counter-offensive of the winter of 1993–1994 recovered several villages.';
    expect(timeline(winter, {})).toEqual(['1993 year winter «winter of 1993–1994»']);
    expect(timeline('The losses of the autumn of 2022 were heavy.', {})).toEqual([]);
    // After an opening phrase too, whose own date yields to the subject's.
    const adrianople = 'After the Russo-Turkish War of 1828–1829, the Treaty of Adrianople of September 1829 confirmed the border.';
    expect(timeline(adrianople, {})).toEqual(['1829-09 month «September 1829»']);
    expect(timeline('After the Polish–Soviet War, the Peace of Riga of March 1921 left the town in Poland.', {})).toEqual(['1921-03 month «March 1921»']);
  });
});

describe('a happening named with its date as the subject, its verb after a "whose" or a "when" clause', () => {
  it('dates the sentence, as after a "which" clause', () => {
    const quake = 'The Spitak earthquake of 7 December 1988, whose epicentre lay 30 kilometres to the south, killed 28 people in the town.';
    expect(timeline(quake, {})).toEqual(['1988-12-07 day «7 December 1988»']);
    const famine = 'The famine of 1942, when drought coincided with wartime requisitions of grain, drove many herders to the river villages.';
    expect(timeline(famine, {})).toEqual(['1942 year «1942»']);
  });
});

describe('a truce named after a ceasefire told with its day', () => {
  it('is that ceasefire: a count from it counts from its day', () => {
    const ceasefire =
      'The two sides agreed to a ceasefire that took effect at 6 p.m. on 22 April. Two days after the truce, the two sides exchanged prisoners.';
    expect(timeline(ceasefire)).toEqual(['2012-04-22 day «22 April»', '2012-04-24 day «Two days after the truce»']);
  });
});

describe('a happening named with what it struck', () => {
  it('is found by either noun, so a count from it counts from the day it was told', () => {
    const convoy =
      'Gunmen stopped a convoy of lorries on 12 November. A security source said on 13 November that the search of the site of the attack went on. Three days before the attack on the convoy, the governor had met the growers.';
    expect(timeline(convoy)).toEqual([
      '2012-11-12 day «12 November»',
      '2012-11-13 day «13 November»',
      '2012-11-09 day «Three days before the attack on the convoy»',
    ]);
  });
});

describe('a thing harmed in a flood or a drought named with its date', () => {
  it('is harmed then, as in a war or an earthquake of that date', () => {
    expect(timeline('It was badly damaged in the floods of November 1998 and rebuilt later.', {})).toEqual(['1998-11 month «November 1998»']);
    expect(timeline('The lake dried out completely during the drought of 1984.', {})).toEqual(['1984 year «1984»']);
  });
});
