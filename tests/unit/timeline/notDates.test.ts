/**
 * What looks like a date and is not one of the story: numbers and ordinals, chrono-node's false
 * friends, impossible days, dates in quoted speech, dates that are no happening of the story.
 */
import { describe, expect, it } from 'vitest';
import { timelineWithoutEnds as timeline } from './timelineOf.ts';

describe('numbers and ordinals are not dates', () => {
  it('ignores units, counts and durations', () => {
    expect(
      timeline(
        'The 77th Brigade and the 1st Armoured Division fought. The city has 15,000 inhabitants. The army has been there since 5 months. 20 soldiers died. The shelling went on for months.',
      ),
    ).toEqual([]);
  });

  it('ignores a bare year used as a name or a count', () => {
    expect(timeline('It was the fiercest since the Syrian Army 2018 offensive. The 2004 census counted 2255 people. By 2000 soldiers were there.')).toEqual([]);
  });

  it('reads a year opening the sentence after "By" before a subject with no determiner, unless it is a round count', () => {
    expect(timeline('By 2013 rebel groups controlled most of the countryside.', {})).toEqual(['2013 year «2013»']);
    expect(timeline('By 1500 soldiers were there.', {})).toEqual([]);
    expect(timeline('By 2024 fewer than 1,000 residents were reported to remain.', {})).toEqual([]);
    expect(timeline('The army grew by 2013 soldiers.', {})).toEqual([]);
  });

  it('reads "next year\'s elections" and "the following month\'s vote" as labels, not a year or a month counted on', () => {
    expect(timeline("On 13 March, the text was agreed. A referendum could follow next year's elections.")).toEqual(['2012-03-13 day «13 March»']);
    expect(timeline("On 13 March, the text was agreed. It was put off until after the following month's vote.")).toEqual(['2012-03-13 day «13 March»']);
    expect(timeline('On 13 March, the text was agreed. The treaty was signed the following year.')).toEqual([
      '2012-03-13 day «13 March»',
      '2013 year «the following year»',
    ]);
  });

  it('reads a bare "next year" or "next month" as the writer\'s, not one counted on from the anchor', () => {
    const news = { published: '2021-05-10' };
    expect(timeline('On 3 May, the ministers met. New identity cards are due to be issued from next year.', news)).toEqual(['2021-05-03 day «3 May»']);
    expect(timeline('On 3 May, the ministers met. The new law comes into force next month.', news)).toEqual(['2021-05-03 day «3 May»']);
    expect(timeline('On 13 March, the text was agreed. The treaty was signed the next year.')).toEqual([
      '2012-03-13 day «13 March»',
      '2013 year «the next year»',
    ]);
  });

  it('reads "by" a year before a clause opening with its subject as that year, as before a comma', () => {
    expect(timeline('By 2011 the group had signed a contract with the ministry.', {})).toEqual(['2011 year «2011»']);
    expect(timeline('By 2011 they held the town.', {})).toEqual(['2011 year «2011»']);
    expect(timeline('The garrison grew by 2000 men.', {})).toEqual([]);
  });
});

describe('chrono-node false friends are not dates', () => {
  it('ignores "in the day", "the two days of fighting", "morning" alone and a bare "later"', () => {
    expect(
      timeline('Shops open in the day. Many died in the two days of fighting. In the morning, the army came. However, later, troops held the road.'),
    ).toEqual([]);
  });

  it('ignores "may" and month words that are not times', () => {
    expect(timeline('The army may attack. Troops March into town. The 40 March plan failed.')).toEqual([]);
  });
});

describe('impossible dates are rejected', () => {
  it('drops "31 February", "40 March" and 29 February of a common year', () => {
    expect(timeline('On 31 February, nothing. On 40 March, nothing. On 29 February 2013, nothing. On 29 February 2012, a leap day.')).toEqual([
      '2012-02-29 day «29 February 2012»',
    ]);
  });
});

describe('dates in quoted speech are not events', () => {
  it('skips a quotation spanning sentences, straight or curly', () => {
    expect(
      timeline(
        'On 9 May, he said that "tanks move. About a week ago, tanks violated the ceasefire on 2 May." He added: “We stay until 20 May.” Talks resumed on 12 May.',
      ),
    ).toEqual(['2012-05-09 day «9 May»', '2012-05-12 day «12 May»']);
  });
});

describe('dates that are not happenings of the story', () => {
  it('skips dates inside noun phrases and baselines', () => {
    expect(
      timeline(
        'Emigration was the greatest since the 1917 October Revolution. Over 70 residents had died since November. Aid has flowed since the start of the invasion on 24 February.',
      ),
    ).toEqual([]);
  });

  it('skips the time a comparative\'s "than" compares with, counted from the anchor, but keeps a hedged count of time', () => {
    const opening = 'On 5 April, a bomber struck.';
    expect(timeline(`${opening} Attacks went on, though they were fewer and less deadly than a year earlier.`)).toHaveLength(1);
    expect(timeline(`${opening} The queues were longer than the day before.`)).toHaveLength(1);
    expect(timeline(`${opening} More than a week later, the police made an arrest.`)).toHaveLength(1);
    expect(timeline(`${opening} Less than an hour later, a second bomb went off.`)).toEqual(['2012-04-05 day «5 April»', '2012-04-05 day «an hour later»']);
  });

  it('skips the time a thing is likened to ("a flood like that of 2002")', () => {
    const warned = 'Engineers have long warned that the levees are too low for a flood like that of 2002.';
    expect(timeline(`On 5 April, the dam released water. ${warned}`)).toHaveLength(1);
  });

  it('skips the span of the whole story ("during late winter and spring of 2012")', () => {
    expect(timeline('The battle was fought during late winter and spring of 2012.')).toEqual([]);
  });

  it('keeps a sentence that opens with "Since November 2011,"', () => {
    expect(timeline('Since November 2011, the town has been besieged.')).toEqual(['2011-11 month «November 2011»']);
  });
});

describe('an anniversary a ceremony marked', () => {
  it('is a commemoration, while a strike that fell on the anniversary is a happening', () => {
    expect(timeline('On 8 November 2012, the units took part in a military parade in the city, which marked the third anniversary of the capture.')).toEqual(
      [],
    );
    expect(timeline('On 8 November 2012, the units struck the city, which marked the third anniversary of the capture.')).toEqual([
      '2012-11-08 day «8 November 2012»',
    ]);
    // Told in the passive with where it was marked between.
    expect(timeline('The anniversary was marked for the first time in Khojaly itself on 26 February 2012.')).toEqual([]);
    expect(timeline('Since 2013, the anniversary of the protest has been marked on 26 March with a gathering.')).toEqual([]);
    // People gathering to mark it are the remembering as well.
    expect(timeline('On 30 December 2012, relatives of the victims gathered in Nouna to mark the first anniversary of the killings.')).toEqual([]);
    // Or for a commemoration; its day still anchors what follows.
    const grave = 'On 21 August, hundreds gathered at the mass grave for the first public commemoration of the chemical attack.';
    const team = 'A team of inspectors visited the site the following week.';
    expect(timeline(`${grave} ${team}`, { published: '2025-10-14' })).toEqual(['2025-08-28 day around «the following week»']);
  });
});

describe('a day of remembrance kept since a year', () => {
  it('is a commemoration, while a happening begun then and the decree told with its day are events', () => {
    const kept = 'Since 2019, 29 August, the day of the breakout, has been marked in Ukraine as the Day of Remembrance of the Defenders of Ukraine.';
    expect(timeline(kept, {})).toEqual([]);
    expect(timeline('The day has been observed as a national holiday since 1991.', {})).toEqual([]);
    expect(timeline('In Ukraine, 29 August has been marked as the Day of Remembrance since 2019.', {})).toEqual([]);
    expect(timeline('Since 2019 the region has been shelled every day.', {})).toEqual(['2019 year «2019»']);
    expect(timeline("Since 2023, the anniversary of the commander's death has been marked by a march in Kyiv.", {})).toEqual([]);
    expect(timeline('Since 2011 the anniversary has been marked every April with a festival of folk music.', {})).toEqual([]);
    expect(timeline('Since 2009 they have gathered in the town every year on 10 August to remember those killed in the fighting.', {})).toEqual([]);
    // Every such day, or every such month on the anniversary.
    expect(timeline('Since 2015 its border guards have gathered every 4 June to remember the defence of the base.', {})).toEqual([]);
    expect(timeline('Since 2015 relatives have gathered at the memorial every March on the anniversary.', {})).toEqual([]);
    expect(timeline('Since 2009 they have gathered in the town every year.', {})).toEqual(['2009 year «2009»']);
    expect(timeline('Families of the disappeared marked the tenth anniversary of the counter-coup in Bamako in April 2022.', {})).toEqual([]);
    // The date first, the subject marking the anniversary after it.
    expect(timeline('In 1997 the town marked the 900th anniversary of its first mention in the chronicles.', {})).toEqual([]);
    expect(timeline('On 5 May 2015, the city celebrated the 70th anniversary of the liberation with a parade.', {})).toEqual([]);
    expect(timeline('In 1997 the town was shelled on the anniversary of its liberation.', {})).toEqual(['1997 year «1997»']);
    expect(timeline('Since 2019, 29 August has been marked as the Day of Remembrance, and on 23 August 2019 the decree was signed.', {})).toEqual([
      '2019-08-23 day «23 August 2019»',
    ]);
    // Kept in the present, the day names every year's.
    const botlikh = 'The volunteers are remembered as its defenders, and 7 August is kept by local veterans as a day of remembrance.';
    expect(timeline(`On 7 August 1999, fighters crossed the border. ${botlikh}`, {})).toHaveLength(1);
  });

  it("is every year's day when it is the weekday nearest to a date, every year", () => {
    const pilgrimage =
      'The church was built in 1870. A pilgrimage to the church is held every year on the Sunday nearest to 15 August, the feast of the Assumption.';
    expect(timeline(pilgrimage, {})).toEqual(['1870 year «1870»']);
  });

  it('is a commemoration when the day without its year is marked since the year, actively or in the passive, whatever it is called', () => {
    expect(timeline('Since 2025 the town has marked 5 August with a march to the graves of the demonstrators killed in 2011.', {})).toEqual([]);
    expect(timeline('Since 2001 the Day of Oil Workers has been marked in Balakhani on 20 September with a wreath-laying.', {})).toEqual([]);
    expect(timeline('Since 2025 the town has marked 13 April, the anniversary of its capture, with prayers at the graves.', {})).toEqual([]);
    // A day with its year is one happening's.
    expect(timeline('Since 2025 the town has marked 5 August 2025 as its worst day.', {})).not.toEqual([]);
  });
});

describe('the new date of a postponed or prolonged thing', () => {
  it('is a deadline, as "postponed until 2020" is, while the postponing told with its own day is dated by it', () => {
    expect(timeline('The minister said that the talks would be postponed to early March.')).toEqual([]);
    expect(timeline('The vote was pushed back to the end of June.')).toEqual([]);
    expect(timeline('The state of emergency was extended to May.')).toEqual([]);
    expect(timeline('On 3 March the vote was postponed to June.')).toEqual(['2012-03-03 day «3 March»']);
  });

  it('reads a spring a supply comes from, or a flag is raised over, as the water source, not the season', () => {
    const cut = 'Residents noticed a smell on 5 July 2025. Two days later the directorate cut off the supply from the spring and sent samples away.';
    expect(timeline(cut, {})).toEqual(['2025-07-05 day «5 July 2025»', '2025-07-07 day «Two days later»']);
    const flag = 'The rebels left on 5 July 2025. Troops entered the village the next day and raised the flag over the spring.';
    expect(timeline(flag, {})).toEqual(['2025-07-05 day «5 July 2025»', '2025-07-06 day «the next day»']);
    expect(timeline('The rebels left on 5 July 2025. The shelling of the station went on from the spring.', {})[1]).toBe('2025 year spring «spring»');
    // One a place is at or near, or told as a thing in the present tense; "By the spring" stays the season.
    const mine = 'In 2019 the army left. A mine left in an orchard near the spring killed a shepherd on 17 March 2020.';
    expect(timeline(mine, {})).toEqual(['2019 year «2019»', '2020-03-17 day «17 March 2020»']);
    expect(timeline('In 2019 the army left. The spring that gives the village its name rises below the old quarter.', {})).toEqual(['2019 year «2019»']);
    expect(timeline('The army left in 2019. By the spring, most residents had returned.', {})[1]).toBe('2019 year spring «spring»');
  });

  it('reads a spring used, tapped or piped, or whose water is told, as the water source too', () => {
    const camp = 'A church was built beside it in 1213. By the early 19th century the spring was used as a winter camp by herders.';
    expect(timeline(camp, {})).toEqual(['1213 year «1213»']);
    expect(timeline('A church was built in 1213. The spring water was piped to the houses.', {})).toEqual(['1213 year «1213»']);
    expect(timeline('The town fell in 2019. The spring was quiet, and most residents returned.', {})[1]).toBe('2019 year spring «spring»');
  });
});

describe('ordinals of centuries', () => {
  it('name no day of the month', () => {
    const told = 'On 16 February 2021 the village was handed over.';
    expect(timeline(`${told} Tombstones in the old cemetery date from the 16th and 17th centuries.`, {})).toEqual(['2021-02-16 day «16 February 2021»']);
    expect(timeline(`${told} The frescoes date from the 13th century.`, {})).toEqual(['2021-02-16 day «16 February 2021»']);
    expect(timeline(`${told} On the 18th the army entered.`, {})).toEqual(['2021-02-16 day «16 February 2021»', '2021-02-18 day «On the 18th»']);
  });
});

describe('a noun ending in "-ed" before "by"', () => {
  it('is no participle describing a thing, so the date after it is the clause’s own', () => {
    const post = { published: '2025-06-11' };
    expect(timeline('The water had gone back into the riverbed by this morning.', post)).toEqual(['2025-06-11 day «this morning»']);
    expect(timeline('The army pulled back to the positions captured by the rebels in 2019.', {})).toEqual([]);
  });
});
