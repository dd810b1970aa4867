/**
 * A "since" that measures a gap, a degree or a total back to a date rather than telling a state begun then: the date dates nothing,
 * or yields to the main clause's verb. Split from `sinceStates.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('"for the first time since" a year, whatever clause tells it', () => {
  it('measures a gap back to that year, which dates nothing: the sentence keeps its own day', () => {
    const prose =
      'On 13 January the last clip was filmed. The next day, the owner announces that the mine has stopped work, for the first time since it opened in 1990.';
    expect(timeline(prose, { infoboxDate: '1 December 2011 – 20 January 2012' })).toEqual(['2012-01-13 day «13 January»', '2012-01-14 day «The next day»']);
    // "the first time the two armies had met there since …", the happening told between.
    const met =
      'On 3 November 2017 Iraqi forces entered al-Qaim. Four days later, the troops linked up, the first time they had met there since ISIL overran the crossing in 2014.';
    expect(timeline(met, {})).toEqual(['2017-11-03 day «3 November 2017»', '2017-11-07 day «Four days later»']);
    // "The first school to reopen … since …": the first thing to do it since.
    const school = 'The first school to reopen in Zamalka since the town was emptied in 2018 welcomed about 600 pupils on Sunday.';
    expect(timeline(school, { published: '2025-10-14' })).toEqual(['2025-10-12 day «on Sunday»']);
  });
});

describe('a change of degree or a superlative measured since a year, whatever clause tells it', () => {
  it('is a comparison with then, no happening', () => {
    expect(timeline('Azerbaijan has grown more confident since its army retook Nagorno-Karabakh in September 2023.', {})).toEqual([]);
    expect(timeline('Pashinyan has been moving away from Moscow since Azerbaijan took back Nagorno-Karabakh in September 2023.', {})).toHaveLength(1);
    expect(timeline('The fires are the worst on the coast since October 2020, when blazes in the mountains killed three people.', {})).toEqual([]);
    expect(timeline('The mayor calls it the worst attack on homes in the city since the full-scale invasion began in February 2022.', {})).toEqual([]);
    const when = 'Attacks on the rangers have grown more frequent since 2022, when fighters began to operate in the park.';
    expect(timeline(when, {})).toEqual(['2022 year «2022»']);
  });
});

describe('a "since" naming a happening, closed by the main clause’s own verb', () => {
  it('leaves the date after that verb to the verb, not to the baseline', () => {
    const prose = 'A ship that had been stuck in the port since the first days of the invasion sailed out on 16 August 2023 through the corridor.';
    expect(timeline(prose, {})).toEqual(['2023-08-16 day «16 August 2023»']);
    expect(timeline('Some 300,000 people have fled since the start of the offensive on 16 August 2023.', {})).toEqual([]);
  });
});

describe('a total told after a "since" clause opened mid-sentence, or had or seen since the start of the year', () => {
  it('reads the date as the count’s baseline, no happening', () => {
    const post = { published: '2024-06-19' };
    const travelled =
      'Most of them live in camps, but since the fighting intensified in May, thousands have travelled on to the town, where many have relatives.';
    expect(timeline(travelled, post)).toEqual([]);
    // A state begun with such a clause still begins then.
    expect(timeline('Most of them live in camps, but since the fighting intensified in May, the road has been closed.', post)).toHaveLength(1);
    const opening = 'On 2 April 2024, a petition was handed to the council.';
    expect(timeline(`${opening} The city has had 96 air-raid alerts since the start of the year.`, post)).toHaveLength(1);
    expect(timeline(`${opening} The town has seen more than 40 attacks since the start of the year.`, post)).toHaveLength(1);
  });
});

describe('a rank or a count of times since a date or a "since" clause', () => {
  it('measures back to the date, which dates nothing', () => {
    const post = { published: '2024-10-09' };
    const opening = 'On 3 October 2024, a drone hit the airfield.';
    expect(timeline(`${opening} It is the ninth attack on the city since the start of the year.`, post)).toHaveLength(1);
    expect(timeline(`${opening} It was the deepest advance in that direction since the start of the year.`, post)).toHaveLength(1);
    expect(timeline(`${opening} The committee has met only twice since it was formed in May, a local official said.`, post)).toHaveLength(1);
    // A happening kept up since the start of the year begins then.
    expect(timeline(`${opening} Protests have continued in the city since the start of the year.`, post)).toHaveLength(2);
  });
});

describe('a news post’s opening "Since Sunday", a total told after it', () => {
  it('reads the weekday as the count’s baseline, and a state begun then as dated by it', () => {
    const post = { published: '2025-03-12' };
    expect(timeline('Since Sunday, more than 600 families have arrived in the town on foot, the mayor said.', post)).toEqual([]);
    expect(timeline('Since Sunday, the road to the town has been closed.', post)).toEqual(['2025-03-09 day «Since Sunday»']);
  });
});

describe('attacks counted since a month of the post’s year', () => {
  const post = { published: '2025-05-14' };

  it('reads a count of places attacked since it, or of attacks a region has seen, as the count’s baseline', () => {
    expect(timeline('At least three other mining sites in Poni have been attacked since January, though none with so many dead.', post)).toEqual([]);
    expect(timeline('More than 40 villages have been attacked since January.', post)).toEqual([]);
    expect(timeline('Since January, the Diffa region has seen at least eleven attacks on army positions, according to a local count.', post)).toEqual([]);
    // The count of times after what was struck; a later clause's date dates the sentence.
    const struck = "Since January, drones have struck the town's substation twice and a depot once, and a school was damaged in March.";
    expect(timeline(struck, post)).toEqual(['2025-03 month «March»']);
  });

  it('still dates attacks begun then, with no count', () => {
    expect(timeline('The mining sites of Poni have been attacked since January.', post)).toEqual(['2025-01 month «January»']);
    expect(timeline('Since January, the Diffa region has seen fighting on the river.', post)).toEqual(['2025-01 month «January»']);
  });
});

describe('a total or a measure since the start of the year in a news post', () => {
  const post = { published: '2025-06-19' };

  it('reads a count of things hit as the total’s baseline, no happening, the count the subject or the object', () => {
    const checkpoints = 'At least nine checkpoints in the Ségou region have been attacked since the start of the year, according to a tally.';
    const june = 'Gunmen attacked the town in mid-June.';
    expect(timeline(`${june} ${checkpoints}`, post)).toEqual(['2025-06 month mid «mid-June»']);
    const refineries = "Since the start of the year, Ukraine has struck at least 17 of Russia's 38 large refineries.";
    expect(timeline(`${june} ${refineries}`, post)).toEqual(['2025-06 month mid «mid-June»']);
    // A count in words, as in figures.
    const arrested = 'Its secretary-general said that nine party members had been arrested since Monday night.';
    expect(timeline(`${june} ${arrested}`, post)).toEqual(['2025-06 month mid «mid-June»']);
    // Not a count: a state begun then.
    expect(timeline(`${june} Since the start of the year, the road has been closed to lorries.`, post)).toHaveLength(2);
  });

  it('reads an amount measured since then as a comparison, no happening', () => {
    const june = 'The river stopped flowing in mid-June.';
    const rainfall = 'Rainfall in the southern districts since the start of the year has been about half the usual amount.';
    expect(timeline(`${june} ${rainfall}`, post)).toEqual(['2025-06 month mid «mid-June»']);
    expect(timeline(`${june} Prices since the start of the year have been 30 per cent higher.`, post)).toEqual(['2025-06 month mid «mid-June»']);
    // A change by an amount since a weekday, as since a year.
    const fish = 'Traders said the price of a sack of dried fish had fallen by a third since Monday, because buyers stayed away.';
    expect(timeline(`${june} ${fish}`, post)).toEqual(['2025-06 month mid «mid-June»']);
    expect(timeline(`${june} Women said their takings had fallen by half since Monday.`, post)).toEqual(['2025-06 month mid «mid-June»']);
  });
});
