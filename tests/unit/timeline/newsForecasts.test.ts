/** What a news post says lies ahead of its writing is a forecast, no happening of the story (guide: forecasts and deadlines). */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('a forecast in a news post', () => {
  it('reads "will" up to the date past a hyphenated word ("a run-off")', () => {
    const post = { published: '2021-01-05' };
    expect(timeline('He will face former president Mahamane Ousmane in a run-off on 21 February.', post)).toEqual([]);
    expect(timeline('He faced the former president in a run-off on 3 January.', post)).toEqual(['2021-01-03 day «3 January»']);
  });

  it('reads "will" up to the date across a longer object', () => {
    const review = 'Under the deal, the company will also commission an independent review of safety in all its mines by the end of the year.';
    expect(timeline(`The strike ended on Monday. ${review}`, { published: '2023-06-15' })).toEqual(['2023-06-12 day «on Monday»']);
  });
});

describe('who is due or expected at a place with an accented name on a day, in a news post', () => {
  it('is a forecast, as one due in Damascus is', () => {
    expect(timeline('The prime minister is expected in Néma on Friday.', { published: '2025-08-27' })).toEqual([]);
  });

  it('and so is what "would be" done at such a place by a deadline: every word-letter class takes accented letters', () => {
    const koure = 'The prefect told them that a military post would be set up at Kouré before the end of the year.';
    expect(timeline(`Gunmen attacked the village on Monday. ${koure}`, { published: '2025-08-27' })).toEqual(['2025-08-25 day «on Monday»']);
  });
});

describe('what the present says is due in a news post', () => {
  it('lies ahead up to a phrase of the writing time with no preposition of its own', () => {
    const post = { published: '2024-12-09' };
    expect(timeline('The trial of the journalists is due to open later this month.', post)).toEqual([]);
    expect(timeline('The trial of the journalists opened earlier this month.', post)).toHaveLength(1);
  });

  it('and so does what the past said was due then, unless the text asserts it failed on that day', () => {
    const post = { published: '2025-11-19' };
    const tender = 'Work on the section was due to start this spring, but the tender was cancelled in April.';
    expect(timeline(tender, post)).toEqual(['2025-04 month «April»']);
    expect(timeline('The summit was supposed to take place this month, but it never took place.', post)).toHaveLength(1);
  });
});

describe('what is expected within a span, should be done by a day, or is to be done by one', () => {
  it('lies ahead: it dates nothing', () => {
    const post = { published: '2025-10-16' };
    const fire = 'The fire broke out late on Monday.';
    expect(timeline(`${fire} The results are expected within two weeks, and the company could be fined.`, post)).toHaveLength(1);
    expect(timeline(`${fire} She said the work would be paid for from the reserve fund and should be finished by 1 December.`, post)).toHaveLength(1);
    expect(timeline(`${fire} The ministry later said its fighters would join a division based in Hama, to be set up by the end of 2025.`, post)).toHaveLength(
      1,
    );
    // What was finished within the span is a happening.
    expect(timeline(`${fire} The results were published within two weeks.`, post)).toHaveLength(2);
  });
});

describe('what someone now expects or wants, in a report told in the present', () => {
  it('lies ahead in any text: it dates nothing', () => {
    const report = { infoboxDate: '3 - 19 June 2025' };
    const strike = 'On 18 June a glide bomb hit the school.';
    expect(timeline(`${strike} Officials expect the remaining families to leave by the end of the month.`, report)).toHaveLength(1);
    expect(timeline(`${strike} Officers say the Russian command wants to reach the road between the towns before the autumn.`, report)).toHaveLength(1);
    // What was expected, told in the past, is the expecting's own business: the families left.
    expect(timeline(`${strike} The remaining families left by the end of the month.`, report)).toHaveLength(2);
  });

  it('lies ahead in a news post too, someone between "wants" and "to", or what is wanted told by its particle', () => {
    const post = { published: '2025-08-19' };
    const bus = 'The last bus left on Monday.';
    expect(timeline(`${bus} The administration wants the children to leave by the end of the month.`, post)).toHaveLength(1);
    expect(timeline(`${bus} The administration wants the children out by the end of the month.`, post)).toHaveLength(1);
  });
});

describe('what a news post says was awaited for the day it names', () => {
  it('lies ahead of the news as "are expected" does', () => {
    const post = { published: '2025-09-25' };
    expect(timeline('Gunmen attacked the camp on Monday. More families were expected today, a local official said.', post)).toHaveLength(1);
    expect(timeline('Gunmen attacked the camp on Monday. More families arrived today, a local official said.', post)).toHaveLength(2);
  });
});

describe('the next item of a list a forecast’s date opens', () => {
  it('looks ahead with it, joined by "and" and a preposition', () => {
    const post = { published: '2025-07-24' };
    const supply = 'The company said supply would return to the upper districts by Friday evening and to the rest of the town over the weekend.';
    expect(timeline(supply, post)).toEqual([]);
    // Told as what happened, both items are the story's.
    const returned = 'Supply returned to the upper districts on Friday evening and to the rest of the town over the weekend.';
    expect(timeline(returned, { published: '2025-07-28' })).toEqual(['2025-07-25 day «on Friday»']);
  });
});

describe('what a news post says should come about', () => {
  it('lies ahead as what could', () => {
    const post = { published: '2025-06-11' };
    expect(timeline('The river burst its banks on Tuesday. The first payments should be made before the end of the month.', post)).toHaveLength(1);
    expect(timeline('Russian Railways said delays on the route should be cleared by Thursday.', post)).toEqual([]);
    // And what someone can do up to a time: a permission ahead.
    const stay = 'Evacuees can stay in the temporary accommodation free of charge until the end of the year.';
    expect(timeline(`The river burst its banks on Tuesday. ${stay}`, post)).toHaveLength(1);
  });
});
