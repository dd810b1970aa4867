import { describe, expect, it } from 'vitest';
import { reconcileEventIds, type FreshEvent } from '../../../src/timeline/stableEventIds.ts';

const events: FreshEvent[] = [
  {
    id: '2012-02-10-state-media-reported-fighting',
    date: '2012-02-10',
    text: 'On 10 February, state media reported fighting in the town and the death of an officer.',
  },
  {
    id: '2012-02-13-fsa-took-intelligence-building',
    date: '2012-02-13',
    text: 'Three days later the FSA took the intelligence building in the city, killing five men.[4]',
  },
  { id: '2012-02-21-artillery-bombarded-city', date: '2012-02-21', text: 'On 21 February, artillery reportedly bombarded the city and killed 5 civilians.' },
  { id: '2012-03-01-fsa-withdrew-baba-amr', date: '2012-03-01', text: 'On 1 March the FSA withdrew from Baba Amr, and fighters came to the town.' },
];

/** What extraction gives after an edit: ids made from the new words. */
const edited = (index: number, text: string, id = `fresh-${index}`): FreshEvent => ({ ...(events[index] as FreshEvent), id, text });

describe('reconcileEventIds', () => {
  const first = reconcileEventIds(events, undefined);

  it('issues the fresh ids when there is no record yet, and records them in order', () => {
    expect(first.ids).toEqual(events.map((event) => event.id));
    expect(first.record).toEqual({ issued: events.map(({ id, date, text }) => ({ id, date, text })), retired: [] });
  });

  it('gives the same ids and the same record again when nothing changed (a rebuild, a fresh clone)', () => {
    const again = reconcileEventIds(events, first.record);
    expect(again).toEqual({ ids: first.ids, record: first.record, moved: [], revived: [] });
  });

  it('keeps an id when a word, a reference or punctuation changes, and records the new text', () => {
    const changed = [
      edited(0, 'On 10 February, state media reported heavy fighting in the town and the death of an officer.'),
      edited(1, 'Three days later, the FSA took the intelligence building in the city, killing five men.'),
      edited(2, 'On 21 February, artillery bombarded the town and killed 5 civilians.'),
      events[3] as FreshEvent,
    ];
    const result = reconcileEventIds(changed, first.record);
    expect(result.ids).toEqual(first.ids);
    expect(result.moved).toEqual([]);
    expect(result.record.issued.map((entry) => entry.text)).toEqual(changed.map((event) => event.text));
  });

  it('retires the id of a deleted sentence to the event before it, or after it when it was first', () => {
    const withoutSecond = reconcileEventIds([events[0], events[2], events[3]] as FreshEvent[], first.record);
    expect(withoutSecond.moved).toEqual([{ from: events[1]?.id, to: events[0]?.id }]);
    expect(withoutSecond.record.retired).toEqual([{ ...first.record.issued[1], to: events[0]?.id }]);
    const withoutFirst = reconcileEventIds(events.slice(1), first.record);
    expect(withoutFirst.moved).toEqual([{ from: events[0]?.id, to: events[1]?.id }]);
    expect(reconcileEventIds([], first.record).moved.map((moved) => moved.to)).toEqual(['', '', '', '']);
  });

  it('gives an added sentence a new id, never one already issued, and keeps the others', () => {
    const retiredOnce = reconcileEventIds([events[0], events[2], events[3]] as FreshEvent[], first.record).record;
    const added: FreshEvent = { id: events[1]?.id ?? '', date: '2012-02-15', text: 'On 15 February a convoy reached the town from Homs.' };
    const result = reconcileEventIds([events[0], added, events[2], events[3]] as FreshEvent[], retiredOnce);
    expect(result.ids).toEqual([events[0]?.id, `${events[1]?.id}-2`, events[2]?.id, events[3]?.id]);
  });

  it('gives a retired id back when its sentence returns, and follows chains of retired ids to a live event', () => {
    const gone = reconcileEventIds([events[0], events[3]] as FreshEvent[], first.record);
    expect(gone.record.retired.map(({ id, to }) => [id, to])).toEqual([
      [events[1]?.id, events[0]?.id],
      [events[2]?.id, events[0]?.id],
    ]);
    const back = reconcileEventIds(events, gone.record);
    expect(back.ids).toEqual(first.ids);
    expect(back.revived.sort()).toEqual([events[1]?.id, events[2]?.id].sort());
    expect(back.record.retired).toEqual([]);
    // The event the retired ids led to goes too: they now lead to what it led to.
    const further = reconcileEventIds([events[3]] as FreshEvent[], gone.record);
    expect(further.record.retired.map((entry) => entry.to)).toEqual([events[3]?.id, events[3]?.id, events[3]?.id]);
  });

  it('tells apart two events of one sentence by their dates', () => {
    const text = 'Fighting began on 10 February and ended on 20 April.';
    const pair: FreshEvent[] = [
      { id: 'a', date: '2012-02-10', text },
      { id: 'b', date: '2012-04-20', text },
    ];
    const record = reconcileEventIds(pair, undefined).record;
    const reworded = pair.map((event) => ({ ...event, id: `new-${event.id}`, text: 'Fighting began on 10 February and finally ended on 20 April.' }));
    expect(reconcileEventIds(reworded, record).ids).toEqual(['a', 'b']);
  });

  it('does not take a different sentence of the same day for the old one', () => {
    const other = edited(2, 'On 21 February, a ceasefire was announced by the governor in Homs.');
    const result = reconcileEventIds([events[0], events[1], other, events[3]] as FreshEvent[], first.record);
    expect(result.ids[2]).toBe('fresh-2');
    expect(result.moved).toEqual([{ from: events[2]?.id, to: events[1]?.id }]);
  });
});
