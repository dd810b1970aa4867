/**
 * Spans of days counted from the day just told ("during the next two days", "for the next four weeks", "Over three days")
 * and the first or last day of the range just told. One sentence each, on plain prose.
 */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('spans of days count from the day just told', () => {
  it('spans "during the next two days", and the story then stands on its last day', () => {
    expect(timeline('On 24 July, the army attacked. During the next two days, reinforcements came. By the end of the day, 10,000 had massed.')).toEqual([
      '2012-07-24 day «24 July»',
      '2012-07-25 day → 2012-07-26 «During the next two days»',
      '2012-07-26 day «By the end of the day»',
    ]);
  });

  it('spans "over the next three nights" as the nights of the next three days', () => {
    expect(timeline('On 18 March the shelling began. Over the next three nights drones hit the port.')[1]).toBe(
      '2012-03-19 day → 2012-03-21 «Over the next three nights»',
    );
  });

  it('spans "for the next two days" said of a state, as "during the next two days"', () => {
    expect(timeline('On 26 February, a curfew began. The streets are empty for the next two days.')).toEqual([
      '2012-02-26 day «26 February»',
      '2012-02-27 day → 2012-02-28 «for the next two days»',
    ]);
  });

  it('dates "most of Monday" told right after a span of days that holds a Monday by that day of it', () => {
    expect(timeline('On 26 February, a curfew began. The streets are empty for the next two days. Residents spent most of Monday in the metro.')).toEqual([
      '2012-02-26 day «26 February»',
      '2012-02-27 day → 2012-02-28 «for the next two days»',
      '2012-02-27 day «most of Monday»',
    ]);
  });

  it('spans "for the next ten days" as "over the next ten days", where it closes a clause as well', () => {
    expect(timeline('On 26 April, the reactor exploded. A fire started that released smoke for the next ten days.')).toEqual([
      '2012-04-26 day «26 April»',
      '2012-04-27 day → 2012-05-06 «for the next ten days»',
    ]);
  });

  it('spans "for the next four weeks" as a count of days, seven to a week, from the day after the one just told', () => {
    expect(timeline('On 4 February, the bombardment began. For the next four weeks, the district was shelled daily.')).toEqual([
      '2012-02-04 day «4 February»',
      '2012-02-05 day → 2012-03-03 «For the next four weeks»',
    ]);
    // Opening the sentence right before its subject, with no comma.
    expect(timeline('On 14 November, the crew drove out. Over the next two weeks the welders work in shifts.')[1]).toBe(
      '2012-11-15 day → 2012-11-28 «Over the next two weeks»',
    );
    expect(timeline('On 14 November, the crew drove out. Over the next two weeks they take 64 mines out of the field.')[1]).toBe(
      '2012-11-15 day → 2012-11-28 «Over the next two weeks»',
    );
    expect(timeline('On 14 November, the crew drove out. Over the next two weeks Ukrainian drone units report destroying seven ferries.')[1]).toBe(
      '2012-11-15 day → 2012-11-28 «Over the next two weeks»',
    );
    expect(timeline('On 7 June, rebels took the village. Over the next two weeks engineers cleared more than 300 mines.')[1]).toBe(
      '2012-06-08 day → 2012-06-21 «Over the next two weeks»',
    );
    // In a report's present too, its subject a bare plural, counted by "most" or not.
    expect(timeline('On 7 June, rebels took the village. Over the next two weeks sappers clear the road to the station.')[1]).toBe(
      '2012-06-08 day → 2012-06-21 «Over the next two weeks»',
    );
    expect(timeline('On 7 June, rebels took the village. For the next two weeks most people live in their cellars.')[1]).toBe(
      '2012-06-08 day → 2012-06-21 «For the next two weeks»',
    );
    // Further on, the weeks measure a count, not the clause's time.
    expect(timeline('On 4 February, the bombardment began. Monitors counted nine attacks in the following two weeks.')).toEqual([
      '2012-02-04 day «4 February»',
    ]);
  });

  it('spans "within three days" like "within the next three days", but not "within three days of" another happening', () => {
    expect(timeline('On 13 September, the offensive began. Within three days, 60 villages had fallen.')).toEqual([
      '2012-09-13 day «13 September»',
      '2012-09-14 day → 2012-09-16 «Within three days»',
    ]);
    expect(timeline('On 13 September, the offensive began. The town fell within three days of the attack.')).toEqual(['2012-09-13 day «13 September»']);
  });

  it('spans an opening "Within a week" from the day after the one just told, a count of weeks as "within three days" is', () => {
    expect(timeline('On 3 May, the army crossed the river. Within a week the brigade had reached the hills.')).toEqual([
      '2012-05-03 day «3 May»',
      '2012-05-04 day → 2012-05-10 «Within a week»',
    ]);
    // "Within two weeks of the crossing" is no opening "Within a week": it counts from the crossing, when the text told it (storyDays.test.ts).
    expect(timeline('On 3 May, the army attacked the bridge. Within two weeks of the crossing, the hills had fallen.')).toEqual(['2012-05-03 day «3 May»']);
    expect(timeline('On 3 May, the army crossed the river. Within two weeks of the crossing, the hills had fallen.')).toEqual([
      '2012-05-03 day «3 May»',
      '2012-05-04 day → 2012-05-17 «Within two weeks of the crossing»',
    ]);
    expect(timeline('On 6 May, the offensive began. The fighters advanced along the river, and within a week they had retaken the villages.')[1]).toBe(
      '2012-05-07 day → 2012-05-13 «within a week»',
    );
  });

  it('spans fighting that "went on for the next six weeks" from the day after a stated day, as an opening "For the next four weeks," is', () => {
    expect(timeline('On 22 May, troops entered. The rebels withdrew north, where fighting went on for the next six weeks.')[1]).toBe(
      '2012-05-23 day → 2012-07-03 «for the next six weeks»',
    );
    expect(timeline('In May troops entered. Fighting went on for the next six weeks.')).toEqual(['2012-05 month «May»']);
    // A side holding on "for another two weeks", a few words of place between, before a second clause with its own day.
    const heldOn =
      'On 10 May, troops entered the centre. The rebels held on in the districts across the river for another two weeks; the army took the station on 24 May.';
    expect(timeline(heldOn)[1]).toBe('2012-05-11 day → 2012-05-24 «for another two weeks»');
  });

  it('spans people "killed in three days of fighting" from the day just told, counting it, as an opening "In two days of fighting," does', () => {
    const prose = 'On 24 March the army stormed the town. The rebels withdrew, and at least 31 civilians were killed in three days of fighting.';
    expect(timeline(prose)[1]).toBe('2012-03-24 day → 2012-03-26 «in three days of fighting»');
    expect(timeline('In March the army stormed the town. At least 31 civilians were killed in three days of fighting.')).toEqual(['2012-03 month «March»']);
  });

  it('spans "over the two days" back from the day just told, not what a side claims to have done over them', () => {
    const told = 'On 16 March the clans attacked. The fighting continued on 17 March.';
    expect(timeline(`${told} Seven Lebanese were killed and 52 wounded over the two days.`)[2]).toBe('2012-03-16 day → 2012-03-17 «over the two days»');
    expect(timeline(`${told} The army claimed to have destroyed 60 tanks over the two days.`)).toHaveLength(2);
  });

  it('spans "over the following two weeks" between a short subject and its past verb, from a stated day', () => {
    const told = 'On 14 October troops advanced. Army communiqués over the following two weeks reported more than 200 dead.';
    expect(timeline(told)[1]).toBe('2012-10-15 day → 2012-10-28 «over the following two weeks»');
    expect(timeline('In October troops advanced. Army communiqués over the following two weeks reported 200 dead.')).toEqual(['2012-10 month «October»']);
  });

  it('spans a "within a week" closing the clause it alone dates, only from a day the text stated', () => {
    expect(timeline('On 3 May, the army attacked. Forty villages fell within a week, and a post was left behind.')).toEqual([
      '2012-05-03 day «3 May»',
      '2012-05-04 day → 2012-05-10 «within a week»',
    ]);
    expect(timeline('In May the army attacked. Thousands fled to the coast within a week.')).toEqual(['2012-05 month «May»']);
    expect(timeline('On 3 May the water began to recede, and the streets were dry within a week.')).toEqual(['2012-05-03 day «3 May»']);
  });

  it('spans an opening "In two days of fighting," from the day just told, counting it, as "Over three days," does', () => {
    expect(timeline('On 4 June, the rebels attacked the garrison. In two days of fighting, they took the town.')).toEqual([
      '2012-06-04 day «4 June»',
      '2012-06-04 day → 2012-06-05 «In two days of fighting»',
    ]);
  });

  it('spans an opening "Over three days" from the day just told, counting it, unlike "Over the next three days"', () => {
    expect(timeline('On 27 February, a pogrom broke out in the city. Over three days, mobs attacked the flats.')).toEqual([
      '2012-02-27 day «27 February»',
      '2012-02-27 day → 2012-02-29 «Over three days»',
    ]);
    expect(timeline('On 27 February, a pogrom broke out. Over the next three days, mobs attacked the flats.')).toEqual([
      '2012-02-27 day «27 February»',
      '2012-02-28 day → 2012-03-01 «Over the next three days»',
    ]);
  });

  it('reads an opening "On the last day" as the last day of the range just told, and after a single day as no date', () => {
    expect(timeline('From 4 to 6 March, the parties met in the capital. On the last day, they signed a text.')).toEqual([
      '2012-03-04 day → 2012-03-06 «4 to 6 March»',
      '2012-03-06 day «On the last day»',
    ]);
    expect(timeline('On 4 March, the parties met in the capital. On the final day, they signed a text.')).toEqual(['2012-03-04 day «4 March»']);
  });

  it('reads "On the first day" after a range as the range\'s first day, not its last, and after a single day as that day', () => {
    expect(timeline('From 4 to 6 March, the parties met in the capital. On the first day, they agreed an agenda.')).toEqual([
      '2012-03-04 day → 2012-03-06 «4 to 6 March»',
      '2012-03-04 day «On the first day»',
    ]);
    expect(timeline('On 4 March, the talks opened. On the first day, they agreed an agenda.')).toEqual([
      '2012-03-04 day «4 March»',
      '2012-03-04 day «On the first day»',
    ]);
    // After a beginning told, that beginning's day, though a lead put the first day it stated later.
    const lead = 'The army captured the town on 7 May 2019, in the first days of the offensive.';
    expect(timeline(`${lead}\n\nThe ground offensive began on 6 May. On the first day, troops took the hill.`, {})).toEqual([
      '2019-05-07 day «7 May 2019»',
      '2019-05-06 day «6 May»',
      '2019-05-06 day «On the first day»',
    ]);
  });
});
