/** A time of day told in a habit (by an adverb of frequency, a share of each day, or what now happens) dates nothing. Split from `timeOfDay.test.ts`. */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('a time of day in a clause told as a habit by an adverb of frequency', () => {
  it('is a time of every such day, not of the day just told', () => {
    const post = { published: '2025-06-25' };
    const told = 'A bomber attacked the church on Sunday evening.';
    const afraid = `${told} Many who remain say they no longer leave their neighbourhoods after dark.`;
    expect(timeline(afraid, post)).toEqual(['2025-06-22 day «on Sunday»']);
    expect(timeline(`${told} Police cleared the square after dark.`, post)).toHaveLength(2);
    expect(timeline(`${told} Those who remain say they do not go out after dark.`, post)).toEqual(['2025-06-22 day «on Sunday»']);
    expect(timeline(`${told} Police did not clear the square until after dark.`, post)).toHaveLength(2);
    // The adverb right before the time: "mostly at dawn".
    expect(timeline(`${told} The attempts go on, mostly at dawn and in fog, when the drones cannot see far.`, post)).toHaveLength(1);
    // A later time of day in the same sentence is the habit's too.
    expect(timeline(`${told} The Russians come in twos and threes, mostly at dawn, and hide in the cellars during the day.`, post)).toHaveLength(1);
    expect(timeline(`${told} The attempts went on at dawn.`, post)).toHaveLength(2);
    // The habit told right after the time: "at 5:40 every morning".
    expect(timeline(`${told} The first commuter train to Kyiv still leaves at 5:40 every morning.`, post)).toHaveLength(1);
    expect(timeline(`${told} The first train left at 5:40, and every morning since it has been full.`, post)).toHaveLength(2);
  });

  it('is so after a share of each day told just before it', () => {
    const post = { published: '2025-02-11' };
    const told = 'The government lifted the bread subsidy in late December.';
    const bakeries = `${told} Residents say the bakeries open for only a few hours a day and run out well before noon.`;
    expect(timeline(bakeries, post)).toEqual(['2024-12 month late «late December»']);
  });

  it('is so in a sentence telling what now happens, in the present', () => {
    const post = { published: '2024-06-19' };
    const told = 'The water company said on Friday that it could supply only a third of what the town needs.';
    expect(timeline(`${told} At the standpipes, queues now form before dawn, and a jerrycan costs 500 francs.`, post)).toHaveLength(1);
    expect(timeline(`${told} Drones now hunt every car on the road, and the volunteers only drive in before dawn.`, post)).toHaveLength(1);
    // What was now done, in the past, happened that day.
    expect(timeline(`${told} The town was now encircled, and the last families left before dawn.`, post)).toHaveLength(2);
    expect(timeline(`${told} The road everyone knows by now was closed that same morning.`, post)).toHaveLength(2);
  });

  it('keeps the start a habit is told from ("almost every day from then on"), an event of the day just told', () => {
    const shelled = 'Helicopters first bombed the town on 22 October. The town was shelled almost every day from then on, mostly by artillery.';
    expect(timeline(shelled)).toEqual(['2012-10-22 day «22 October»', '2012-10-22 day «from then on»']);
  });
});

describe('the hours a ban holds at', () => {
  it('are no time of day of the happening just told', () => {
    const forbade = 'The soldiers took over the school and forbade residents to leave their yards after dark.';
    expect(timeline(`On 4 March the troops entered the village. ${forbade}`)).toEqual(['2012-03-04 day «4 March»']);
    const bans = 'The order bans all movement between 8 p.m. and 6 a.m. in the town.';
    expect(timeline(`On 4 March the troops entered the village. ${bans}`)).toEqual(['2012-03-04 day «4 March»']);
    // A happening after dark is that day's.
    expect(timeline('On 4 March the troops entered the village. After dark, they shelled the bridge.')).toHaveLength(2);
  });
});
