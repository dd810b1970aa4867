import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('a happening told placed a count after an earlier one told as a clause', () => {
  it('tells the earlier one, counted back from the day of the happening a weekday owns', () => {
    // 14 February 2025 was a Friday.
    const post =
      'A missile hit the substation on Wednesday. Power was cut again on Thursday. Wednesday’s strike came two days after President Volodymyr Zelenskyy asked Western ministers for more batteries.';
    expect(timeline(post, { published: '2025-02-14' })).toEqual([
      '2025-02-12 day «on Wednesday»',
      '2025-02-13 day «on Thursday»',
      '2025-02-10 day «two days after»',
    ]);
  });

  it("dates by the earlier happening written out when the weekday's one came years after it", () => {
    const post = 'Gunmen attacked a mosque on Friday. Friday’s attack came four years almost to the day after gunmen killed 141 people, on 21 March 2021.';
    expect(timeline(post, { published: '2025-03-24' })).toEqual(['2025-03-21 day «on Friday»', '2021-03-21 day «21 March 2021»']);
  });

  it('dates nothing by a weekday whose happening is only ranked among its like', () => {
    const post = 'A missile hit the institute on Tuesday. Tuesday’s strike was not the first of its kind.';
    expect(timeline(post, { published: '2024-09-06' })).toEqual(['2024-09-03 day «on Tuesday»']);
  });

  it('counts back from the happening a clause after a colon names, as from one opening the sentence', () => {
    const post =
      'On Friday a drone hit a train at Shostka station. The timing may not be an accident: the attack came two days after Ukraine said its drones had hit a refinery.';
    expect(timeline(post, { published: '2025-10-06' })).toEqual(['2025-10-03 day «On Friday»', '2025-10-01 day «two days after»']);
    // A name may hold any letter.
    const named = 'On Friday a drone hit a train. The attack came two days after President Erdoğan warned of escalation.';
    expect(timeline(named, { published: '2025-10-06' })).toEqual(['2025-10-03 day «On Friday»', '2025-10-01 day «two days after»']);
  });

  it('counts back from the day the text told the happening with its verb, an irregular past too ("a drone struck")', () => {
    const post =
      'On Sunday evening a drone struck a wedding near Diafarabé. On Monday the army denied it. The strike came three weeks after the army announced a new offensive.';
    expect(timeline(post, { published: '2025-04-09' })).toEqual([
      '2025-04-06 day «On Sunday»',
      '2025-04-07 day «On Monday»',
      '2025-03-16 day «three weeks after»',
    ]);
  });

  it('counts back from a release told as an act, in the past or in a post’s present', () => {
    const told = 'Five ministers were released on Wednesday evening. In January the junta let his son leave.';
    expect(timeline(`${told} The releases came a week after a visit to Niamey by the foreign minister.`, { published: '2024-03-14' })).toEqual([
      '2024-03-13 day «on Wednesday»',
      '2024-01 month «January»',
      '2024-03-06 day «a week after»',
    ]);
    expect(timeline(`${told} The release comes a week after a visit to Niamey by the foreign minister.`, { published: '2024-03-14' })[2]).toBe(
      '2024-03-06 day «a week after»',
    );
  });

  it('counts back to what a named person did, past a "who" clause of theirs and its date', () => {
    const told = 'The politicians were freed on Monday.';
    const speech = 'The releases come a week after General Assimi Goïta, who promoted himself in October, said in a speech that the transition would last.';
    expect(timeline(`${told} ${speech}`, { published: '2024-12-10' })).toEqual(['2024-12-09 day «on Monday»', '2024-12-02 day «a week after»']);
  });

  it('counts from the day the text told a capture by "had taken" the place, not from guns "captured" earlier', () => {
    const told = 'On 10 August the attack began, with guns captured at the depot. On 24 August the fighters had taken the base.';
    expect(timeline(`${told} Two days after the capture, the prisoners were shot.`)).toEqual([
      '2012-08-10 day «10 August»',
      '2012-08-24 day «24 August»',
      '2012-08-26 day «Two days after the capture»',
    ]);
  });

  it('leaves a weekday’s happening set beside a day, no clause telling what anyone did', () => {
    const post = "On Tuesday, gunmen attacked the school. Tuesday's attack came a day after the first anniversary of the alliance.";
    expect(timeline(post, { published: '2024-09-20' })).toEqual(['2024-09-17 day «On Tuesday»']);
  });
});

describe('a count of weeks back from the day just told', () => {
  it('is a look back on that day less the weeks, which keeps the story on its day', () => {
    const asked = 'On 22 June the towns were encircled. Their commanders had asked to withdraw a week earlier, but it was refused. The next day they left.';
    expect(timeline(asked)).toEqual(['2012-06-22 day «22 June»', '2012-06-15 day «a week earlier»', '2012-06-23 day «The next day»']);
  });

  it("dates nothing in what a speaker reported, nor in a named thing's earlier past", () => {
    expect(timeline('On 22 June the town fell. A spokesman stated that it had provided air cover a week earlier.')).toEqual(['2012-06-22 day «22 June»']);
    const rivalry = 'On 22 June the hotel was attacked. It was a sign of the rivalry, which the attacks in Paris had brought to the fore a week earlier.';
    expect(timeline(rivalry)).toEqual(['2012-06-22 day «22 June»']);
  });
});

describe('a sentence opening on a count of days after, or before, a day it writes out', () => {
  it('dates its main clause that many days from the day, neither the day nor after it', () => {
    const arrest = "Two days after Karapetyan's arrest in Yerevan on 18 June 2025, several hundred people gathered in the square.";
    expect(timeline(arrest, {})).toEqual(['2025-06-20 day «18 June 2025»']);
    expect(timeline('Three days after 18 June 2025, the talks resumed.', {})).toEqual(['2025-06-21 day «after 18 June 2025»']);
    expect(timeline('Two weeks before the vote on 30 June 2025, the army moved in.', {})).toEqual(['2025-06-16 day «30 June 2025»']);
    // A happening named with its day ("the attack of"), and where it was after the day, before the comma.
    const named = 'A day after the attack of 13 September 2022 on the border of Syunik, reservists were called up.';
    expect(timeline(named, {})).toEqual(['2022-09-14 day «13 September 2022»']);
    // Without a count, the opening's day dates the sentence as before.
    expect(timeline('After the attack on 18 June 2025, people gathered.', {})).toEqual(['2025-06-18 day «18 June 2025»']);
  });
});
