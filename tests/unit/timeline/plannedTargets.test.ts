/** What a party plans, promises or aims to do by a date: its target, a deadline (GUIDE.md), however long the thing planned. */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('a target a plan or an undertaking looks ahead to', () => {
  const article = { infoboxDate: '2022 - 2025' };
  const hit = 'The substation was hit on 3 May 2025.';

  it('is a deadline however many words the thing planned takes before "by"', () => {
    const plan = 'The railway plans to build a concrete shelter over the substation and to electrify the line to Korosten by 2028.';
    expect(timeline(`${hit} ${plan}`, article)).toEqual(['2025-05-03 day «3 May 2025»']);
  });

  it('is a target however far the date from the plan opening the sentence, unless someone is said to have it or says it on a day', () => {
    const far = "It plans to resume the last unit's replacement once deliveries are possible and to bring the station's capacity to about 390 MW by 2030.";
    expect(timeline(`${hit} ${far}`, article)).toEqual(['2025-05-03 day «3 May 2025»']);
    const post = { published: '2025-10-16' };
    const said = 'The deputy minister is due to travel to Moscow next week to discuss the ban, the ministry said this morning.';
    expect(timeline(said, post)).toEqual(['2025-10-16 day «this morning»']);
  });

  it('reads a post’s "until Friday" after a measure as its term, and "did not comment until Tuesday" as the day it came', () => {
    const post = { published: '2025-09-18' };
    const closed = 'Drones hit the plant on Wednesday. He closed schools in two districts until Friday.';
    expect(timeline(closed, post)).toEqual(['2025-09-17 day «on Wednesday»']);
    const silent = 'The army did not comment until Tuesday, when it said two soldiers had died.';
    expect(timeline(silent, post)).toEqual(['2025-09-16 day «until Tuesday»']);
    const cleft = 'The plant was hit on 24 August 2025. It was not until 12 September that processing resumed.';
    expect(timeline(cleft, {})).toEqual(['2025-08-24 day «24 August 2025»', '2025-09-12 day «12 September»']);
  });

  it('reads what people were asked to do by a time as its deadline', () => {
    const post = { published: '2025-06-18' };
    const asked = 'Hail hit the town on Monday. Residents have been asked to register with the administration by the end of the week.';
    expect(timeline(asked, post)).toEqual(['2025-06-16 day «on Monday»']);
  });

  it('reads what "was originally due to" happen "at" a time as planned for it', () => {
    const post = { published: '2025-10-17' };
    const due = 'The bridge opened on Thursday. It was originally due to open at the end of last year, but the builders had to redesign two piers.';
    expect(timeline(due, post)).toEqual(['2025-10-16 day «on Thursday»']);
  });

  it('leaves a clause of its own after ", and" to its date', () => {
    const own = 'The railway plans to build a concrete shelter over the substation, and the line was electrified by 2024.';
    expect(timeline(`${hit} ${own}`, article)).toEqual(['2025-05-03 day «3 May 2025»', '2024 year «2024»']);
  });
});
