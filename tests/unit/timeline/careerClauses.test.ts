/** A "who" clause giving a person's post describes that person (guide): its date is no event's, restrictive or between commas. */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('a person’s post told in a "who" clause', () => {
  it('dates nothing by a restrictive clause naming the post, its owner written with a possessive', () => {
    expect(timeline("The talks were led by the general who had been the army's chief commander in 2010.")).toEqual([]);
  });

  it('dates nothing by a news post’s "last winter" right after the post, the story’s day kept', () => {
    const post = { published: '2023-10-04' };
    expect(timeline("On Monday, the court met. The two men joined the banker who was the province's finance minister last winter.", post)).toEqual([
      '2023-10-02 day «On Monday»',
    ]);
  });

  it('dates nothing by a clause telling how the person was sworn in to the post, at the sentence’s end', () => {
    expect(timeline('The council agreed to a transition led by a retired judge, Sall, who was sworn in as interim president in March.')).toEqual([]);
  });

  it('dates nothing by a clause telling how the person became the post or proclaimed themself it, at the sentence’s end', () => {
    expect(timeline('Control passed to a Cossack formation led by Ishchenko, who proclaimed himself mayor in June.')).toEqual([]);
    expect(timeline('Control passed to a Cossack formation led by Ishchenko, who became mayor in June.')).toEqual([]);
  });

  it('dates nothing by an opening "For" phrase naming people by what befell them, before a main clause in the present', () => {
    const post = { published: '2025-08-11' };
    const displaced = 'For Armenians displaced from Nagorno-Karabakh in September 2023, the declaration has nothing to offer.';
    expect(timeline(displaced, post)).toEqual([]);
    expect(timeline('For Armenians displaced in September 2023, the first winter was the hardest.', post)).toEqual(['2023-09 month «September 2023»']);
    const government = 'For the government that took power after the fall of the regime in December 2024, the fires are a test of its reach.';
    expect(timeline(government, post)).toEqual([]);
  });

  it("dates nothing by a family's or a party's years in power, as by a command held from a date", () => {
    expect(timeline('It is best known as the home town of the Assad family, which ruled Syria from 1970 to 2024.', {})).toEqual([]);
  });

  it('dates nothing by a "who" clause telling when the person last or first did a thing', () => {
    expect(timeline('"It took four hours," said Abu Khaled, a driver who last drove the route in 2012.', {})).toEqual([]);
  });

  it("dates nothing by a party's or a junta's coming to power told as a person's is", () => {
    expect(timeline("Under the Ba'ath Party, which seized power in 1963, Kurdish political activity was suppressed.", {})).toEqual([]);
    expect(timeline('The junta, which came to power in August 2020, expelled the envoy on 31 January 2022.', {})).toEqual(['2022-01-31 day «31 January 2022»']);
    // Nor by its repeat told after it, in a post of 2025.
    const promised = 'The officers who seized power in August 2020, and again in May 2021, had promised to hand over to an elected government in March 2024.';
    expect(timeline(promised, { published: '2025-07-10' })).toEqual([]);
  });

  it("dates nothing by a subject's coming to their post told as an appositive participle, and keeps an object's", () => {
    const keita = 'Keïta, elected in 2013 and re-elected in 2018 in a vote the opposition rejected, governed a country in crisis.';
    expect(timeline(keita, {})).toEqual([]);
    const council = 'The town was then run by a local council, elected in early 2013, which became known for its independence.';
    expect(timeline(council, {})).toEqual(['2013 year early «early 2013»']);
  });

  it('dates nothing by what befell the person a thing is named after, told in a "who" clause', () => {
    const named = 'In the 1990s the airport was named after Bassel al-Assad, the elder son of the president, who died in a car accident in 1994.';
    expect(timeline(named, {})).toEqual([]);
    expect(timeline('The square was renamed in 1995 after a poet who died in 1994.', {})).toEqual(['1995 year «1995»']);
  });

  it('dates nothing by what a person is believed to have done, described up to its date, and leaves an accusation told', () => {
    const raid =
      'On 3 October 2017 the patrol left. Later that day, the team was sent after a commander believed to have taken part in a kidnapping in October 2016.';
    expect(timeline(raid, {})).toEqual(['2017-10-03 day «3 October 2017»', '2017-10-03 day «Later that day»']);
    expect(timeline('The mercenaries were accused of taking part in the killing of civilians in March 2022.', {})).toEqual(['2022-03 month «March 2022»']);
  });

  it('still dates a restrictive clause telling what befell people in the story', () => {
    expect(timeline('The soldiers who were killed on 3 May were buried in the town.')).toEqual(['2012-05-03 day «3 May»']);
  });
});
