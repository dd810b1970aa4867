/** A list item opening with its day ("9 October: …") dates the item's undated sentences, as a date heading dates its section. */
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/timeline/extractTimeline.ts';

const dates = (markdown: string) => extractTimeline(markdown, { infoboxDate: '9 October – 25 November 2019' }).map((event) => [event.date, event.text]);

describe('a day list dates each item by its opening day', () => {
  it('gives the item’s later undated sentences its day, with a colon or a dash', () => {
    const list = '## Timeline\n * 9 October: Jets struck the town. Artillery shelled the villages.\n * 10 October – Troops crossed. A town was shelled.\n';
    expect(dates(list)).toEqual([
      ['2019-10-09', '9 October: Jets struck the town.'],
      ['2019-10-09', 'Artillery shelled the villages.'],
      ['2019-10-10', '10 October – Troops crossed.'],
      ['2019-10-10', 'A town was shelled.'],
    ]);
  });

  it('leaves the rest of an item opening with a range undated, and does not carry a day into the next item', () => {
    const list = '## Timeline\n * 18–19 October: Both sides fired. Clashes were reported.\n * Troops withdrew.\n';
    expect(dates(list)).toEqual([['2019-10-18', '18–19 October: Both sides fired.']]);
  });

  it('does not date a paragraph by a date that merely opens it', () => {
    expect(dates('## Events\n9 October: jets struck the town. Artillery shelled the villages.\n')).toEqual([
      ['2019-10-09', '9 October: jets struck the town.'],
    ]);
  });

  it('does not date the rest of an item whose date is not its label', () => {
    expect(dates('## Events\n * On 9 October jets struck the town. Artillery shelled the villages.\n')).toEqual([
      ['2019-10-09', 'On 9 October jets struck the town.'],
    ]);
  });
});
