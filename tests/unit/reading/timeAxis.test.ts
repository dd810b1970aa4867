/** The time axis: marks at their dates, 44 px targets that never overlap, the battle's span. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../src/model/eventDayRange.ts';
import { layoutTimeAxis, type AxisEvent } from '../../../src/model/layoutTimeAxis.ts';

const on = (id: string, year: number, month: number, day: number, lastDay = day): AxisEvent => ({
  id,
  when: `${day}/${month}/${year}`,
  headline: id,
  range: { start: dayNumber(year, month, day), end: dayNumber(year, month, lastDay) },
});

function overlaps(a: { x: number; y: number }, b: { x: number; y: number }, size = 44): boolean {
  return Math.abs(a.x - b.x) < size && Math.abs(a.y - b.y) < size;
}

describe('layoutTimeAxis', () => {
  const battle = { start: '2012-02-10', end: '2012-04-20' };

  it('draws the battle’s span and places marks in date order from left to right', () => {
    const layout = layoutTimeAxis([on('a', 2012, 2, 10), on('b', 2012, 3, 15), on('c', 2012, 4, 20)], battle, { width: 720 });
    expect(layout.span).toBeDefined();
    const [a, b, c] = ['a', 'b', 'c'].map((id) => layout.marks.find((mark) => mark.id === id));
    expect(a && b && c).toBeTruthy();
    expect(a!.x).toBeLessThan(b!.x);
    expect(b!.x).toBeLessThan(c!.x);
    expect(a!.x).toBeGreaterThanOrEqual(layout.span!.x1);
    expect(c!.x).toBeLessThanOrEqual(layout.span!.x2);
    expect(layout.ticks.map((tick) => tick.label)).toEqual(['Mar 2012', 'Apr']);
  });

  it('stacks a busy week into a column instead of overlapping marks', () => {
    const week = Array.from({ length: 5 }, (_, index) => on(`d${index}`, 2012, 3, 1 + index));
    const layout = layoutTimeAxis(week, battle, { width: 288 });
    expect(new Set(layout.marks.map((mark) => mark.y)).size).toBe(5);
    for (const [index, mark] of layout.marks.entries()) for (const other of layout.marks.slice(index + 1)) expect(overlaps(mark, other)).toBe(false);
  });

  it('draws a vague date as the bar of days it may mean', () => {
    const layout = layoutTimeAxis([on('early-july', 2012, 7, 1, 10)], { start: '2012-06-01', end: '2012-08-01' }, { width: 720 });
    const mark = layout.marks[0]!;
    expect(mark.x2 - mark.x1).toBeGreaterThan(20);
    expect(mark.x).toBeGreaterThan(mark.x1);
    expect(mark.x).toBeLessThan(mark.x2);
  });

  it('counts events far from the battle instead of squeezing the axis', () => {
    const layout = layoutTimeAxis([on('background', 1990, 1, 1), on('a', 2012, 3, 1), on('aftermath', 2020, 1, 1)], battle, { width: 288 });
    expect(layout.outside).toEqual({ before: 1, after: 1 });
    expect(layout.marks.map((mark) => mark.id)).toEqual(['a']);
  });

  it('shows years when months would crowd', () => {
    const layout = layoutTimeAxis([on('a', 2014, 2, 1), on('b', 2022, 5, 1)], undefined, { width: 288 });
    expect(layout.ticks.every((tick) => /^\d{4}$/.test(tick.label))).toBe(true);
    for (const [index, tick] of layout.ticks.entries()) if (index > 0) expect(tick.x - layout.ticks[index - 1]!.x).toBeGreaterThanOrEqual(56);
  });

  it('draws nothing, and returns, for an article without dated events', () => {
    expect(layoutTimeAxis([], undefined, { width: 288 })).toEqual({
      width: 288,
      height: 0,
      baseline: 0,
      ticks: [],
      marks: [],
      outside: { before: 0, after: 0 },
    });
  });

  it('never overlaps two targets, keeps them in the drawing, and accounts for every event', () => {
    const events = fc.array(fc.record({ day: fc.integer({ min: 0, max: 400 }), length: fc.integer({ min: 0, max: 40 }) }), { minLength: 1, maxLength: 120 });
    fc.assert(
      fc.property(events, fc.constantFrom(288, 720), (list, width) => {
        const axisEvents = list.map(({ day, length }, index) => ({
          id: `e${index}`,
          when: '',
          headline: '',
          range: { start: dayNumber(2012, 1, 1) + day, end: dayNumber(2012, 1, 1) + day + length },
        }));
        const layout = layoutTimeAxis(axisEvents, undefined, { width, maxLanes: 6 });
        for (const [index, mark] of layout.marks.entries()) {
          expect(mark.x).toBeGreaterThanOrEqual(0);
          expect(mark.x).toBeLessThanOrEqual(width);
          expect(mark.y - 22).toBeGreaterThanOrEqual(0);
          expect(mark.y + 22).toBeLessThanOrEqual(layout.baseline);
          for (const other of layout.marks.slice(index + 1)) expect(overlaps(mark, other)).toBe(false);
        }
        const shown = layout.marks.reduce((sum, mark) => sum + 1 + mark.more, 0);
        expect(shown).toBe(axisEvents.length);
      }),
    );
  });
});
