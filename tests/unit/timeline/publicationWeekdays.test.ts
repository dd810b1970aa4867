import { describe, expect, it } from 'vitest';
import { findPublicationDates } from '../../../src/timeline/publicationDates.ts';
import { timeline } from './timelineOf.ts';

// 12 March 2023 was a Sunday.
const SUNDAY = { year: 2023, month: 3, day: 12 };
const dates = (sentence: string) => findPublicationDates(sentence, SUNDAY).map(({ text, year, month, day }) => [text, year, month, day]);

describe('findPublicationDates: a weekday owning the happening a sentence opens with', () => {
  it('takes "Friday\'s vote" as the day of the vote, the last such day on or before the post', () => {
    expect(dates("Friday's vote was boycotted by the opposition.")).toEqual([["Friday's", 2023, 3, 10]]);
    expect(dates('In Tuesday’s shelling, several houses were destroyed.')).toEqual([['Tuesday’s', 2023, 3, 7]]);
  });

  it('leaves a weekday that only names a happening further in, or one inside a name', () => {
    expect(dates("The path from the first talks to Friday's signing took two years.")).toEqual([]);
    expect(dates("Bloody Sunday's dead were remembered.")).toEqual([]);
  });
});

describe('findPublicationDates: a weekday a happening lasted through', () => {
  it('takes "throughout Wednesday" as that day', () => {
    expect(dates('Rescuers worked throughout Wednesday with cranes.')).toEqual([['throughout Wednesday', 2023, 3, 8]]);
  });

  it('takes the weekday spent at something ("spent Monday laying booms", "spent most of Friday") as that day', () => {
    expect(dates('Workers spent Monday laying booms in the ditch.')).toEqual([['Monday', 2023, 3, 6]]);
    expect(dates('Families spent most of Friday in the metro.')).toEqual([['Friday', 2023, 3, 10]]);
    // A lasting reached into a weekday is on it.
    expect(dates('The shooting continued into Sunday, when soldiers arrived.')).toEqual([['Sunday', 2023, 3, 12]]);
  });

  it('takes the weekday a happening lasted "for most of" or "during all of" as that day, counted back from the post', () => {
    expect(dates('The attack also closed the road for most of Monday, leaving lorries stranded.')).toEqual([['Monday', 2023, 3, 6]]);
    expect(dates('Power was cut during much of Friday.')).toEqual([['Friday', 2023, 3, 10]]);
    expect(dates('The vote is scheduled for Monday.')).toEqual([]);
    const closed = 'The army said on Wednesday that it had struck the bush. The attack also closed the road for most of Monday, leaving lorries stranded.';
    expect(timeline(closed, { published: '2025-06-19' })).toEqual(['2025-06-18 day «on Wednesday»', '2025-06-16 day «Monday»']);
  });

  it('takes the weekend spent at something ("spent the weekend at an army post") as its two days, as "over the weekend" is', () => {
    const spent = findPublicationDates('The convoy spent the weekend at an army post.', SUNDAY);
    expect(spent.map(({ text, day, end }) => [text, day, end?.day])).toEqual([['the weekend', 11, 12]]);
    expect(findPublicationDates('The weekend market was closed.', SUNDAY)).toEqual([]);
  });
});

describe('a weekday in the "whose" clause describing a quote’s speaker', () => {
  const post = { published: '2025-08-27' };
  const said = '"We have never seen the water come so far," said Kaka Boulama, a date seller whose house collapsed on Sunday night.';

  it('dates the sentence by what befell the speaker, counted back from the post’s day as every weekday of a post is', () => {
    expect(timeline(`Water stood a metre deep in the town yesterday. ${said}`, post)).toEqual(['2025-08-26 day «yesterday»', '2025-08-24 day «on Sunday»']);
    expect(timeline(said, post)).toEqual(['2025-08-24 day «on Sunday»']);
  });

  it('leaves a thing’s appositive past as it was', () => {
    const slavonic = 'It grew out of the Slavonic Corps, a company registered in Hong Kong whose contractors were sent to Syria on Sunday.';
    expect(timeline(slavonic, post)).toEqual([]);
  });
});

describe('a weekday declared a day of mourning in a news post', () => {
  const post = { published: '2025-10-23' };

  it('is of the post’s own week when the last date told names no day', () => {
    const august = 'A drone set fire to a depot in August. The mayor declared Thursday a day of mourning in the town.';
    expect(timeline(august, post)).toEqual(['2025-08 month «August»', '2025-10-23 day «Thursday»']);
  });

  it('counts from the day just told when there is one', () => {
    const monday = 'Drones hit the town on Monday. The mayor declared Tuesday a day of mourning in the town.';
    expect(timeline(monday, post)).toEqual(['2025-10-20 day «on Monday»', '2025-10-21 day «Tuesday»']);
  });
});
