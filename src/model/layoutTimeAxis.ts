import type { DateRange } from '../timeline/parseDateRange.ts';
import { dayNumber, isoDay, type DayRange } from './eventDayRange.ts';

/** An event to place on the axis: its anchor id, the words of its date, and its days. */
export interface AxisEvent {
  id: string;
  /** "25 February 2012", for the mark's accessible name. */
  when: string;
  headline: string;
  range: DayRange;
}

/** One mark: a dot (and, for a vague date, the bar of days it may fall on) linking to its event. */
export interface AxisMark {
  id: string;
  label: string;
  /** Centre of the mark and its target box. */
  x: number;
  y: number;
  /** The days the event may have happened on, as pixels; equal for a known day. */
  x1: number;
  x2: number;
  /** Events of the same spot that did not fit in the lanes; the mark then stands for them too. */
  more: number;
}

export interface AxisTick {
  x: number;
  label: string;
  /** A year boundary, drawn taller. */
  major: boolean;
}

/** Everything the time axis draws, in the SVG's own pixels (its viewBox). */
export interface TimeAxisLayout {
  width: number;
  height: number;
  /** The y of the axis line. */
  baseline: number;
  /** The battle's span from the infobox, when it gives one. */
  span?: { x1: number; x2: number; label: string };
  ticks: AxisTick[];
  marks: AxisMark[];
  /** How many events lie outside the drawn stretch, before and after it (a background year, an aftermath). */
  outside: { before: number; after: number };
}

export interface AxisOptions {
  width: number;
  /** Side of each mark's target box: 44 px, the touch-target minimum. */
  target?: number;
  /** Most rows of marks; a crowded spot beyond it becomes "+N" on its top mark. */
  maxLanes?: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const PAD = 24;
const AXIS_BELOW = 34;
const SPAN_ABOVE = 22;
/** Events up to this many days (or the span's length) from the battle's span are drawn. */
const NEAR_DAYS = 60;

/**
 * Lays out the time axis above the timeline: the stretch of days from the battle's span (and the
 * events near it), month or year ticks that fit the width, and one mark per event at its date,
 * stacked in lanes where events crowd, so a dense week shows as a tall column. Every mark's box
 * is `target` pixels square and no two boxes overlap. Events far outside the span (more than its
 * own length or two months away) are counted in `outside` instead of squeezing the rest into a corner.
 */
export function layoutTimeAxis(events: readonly AxisEvent[], battle: DateRange | undefined, options: AxisOptions): TimeAxisLayout {
  const { width, target = 44, maxLanes = 6 } = options;
  const spanDays = battle ? { start: toDay(battle.start), end: toDay(battle.end ?? battle.start) } : undefined;
  const reach = spanDays ? Math.max(spanDays.end - spanDays.start, NEAR_DAYS) : Infinity;
  const near = events.filter((event) => !spanDays || (event.range.end >= spanDays.start - reach && event.range.start <= spanDays.end + reach));
  const starts = [...near.map((event) => event.range.start), ...(spanDays ? [spanDays.start] : [])];
  const ends = [...near.map((event) => event.range.end), ...(spanDays ? [spanDays.end] : [])];
  const outside = {
    before: events.filter((event) => spanDays && event.range.end < spanDays.start - reach).length,
    after: events.filter((event) => spanDays && event.range.start > spanDays.end + reach).length,
  };
  // Nothing to draw: no event near the battle and no span (an article without dated events).
  if (starts.length === 0) return { width, height: 0, baseline: 0, ticks: [], marks: [], outside };
  const first = Math.min(...starts);
  const last = Math.max(...ends, first + 1);
  const scale = (width - 2 * PAD) / (last + 1 - first);
  const toX = (day: number) => round(PAD + (day - first) * scale);

  const lanes: number[] = [];
  const marks: AxisMark[] = [];
  const ordered = [...near].sort((a, b) => center(a.range) - center(b.range));
  for (const event of ordered) {
    const x = round(PAD + (center(event.range) + 0.5 - first) * scale);
    const lane = lanes.findIndex((right) => right <= x - target);
    if (lane >= 0 || lanes.length < maxLanes) {
      const index = lane >= 0 ? lane : lanes.length;
      lanes[index] = x;
      marks.push({ id: event.id, label: `${event.when}: ${event.headline}`, x, y: index, x1: toX(event.range.start), x2: toX(event.range.end + 1), more: 0 });
    } else {
      // The nearest mark of the top lane stands for this one too.
      const top = marks.filter((mark) => mark.y === maxLanes - 1).at(-1);
      if (top) top.more += 1;
    }
  }
  const laneCount = Math.max(lanes.length, 1);
  const baseline = SPAN_ABOVE + laneCount * target;
  for (const mark of marks) mark.y = baseline - target / 2 - mark.y * target;
  for (const mark of marks) if (mark.more > 0) mark.label = `${mark.label} (and ${mark.more} more events near this date)`;

  const layout: TimeAxisLayout = {
    width,
    height: baseline + AXIS_BELOW,
    baseline,
    ticks: axisTicks(first, last, toX, width),
    marks,
    outside,
  };
  if (battle && spanDays)
    layout.span = { x1: toX(spanDays.start), x2: toX(spanDays.end + 1), label: battle.end ? `${battle.start} – ${battle.end}` : battle.start };
  return layout;
}

/** Month ticks every 1, 2, 3 or 6 months when they fit 56 px apart, else year ticks. */
function axisTicks(first: number, last: number, toX: (day: number) => number, width: number): AxisTick[] {
  const months = (last - first) / 30.44;
  const step = [1, 2, 3, 6, 12, 24, 60, 120].find((n) => width / (months / n) >= 56) ?? 240;
  const from = new Date(isoDay(first));
  const ticks: AxisTick[] = [];
  // Months counted from year 0, so "every 3 months" falls on January, April, July, October.
  const firstIndex = from.getUTCFullYear() * 12 + from.getUTCMonth() + 1;
  // Bounded, so a date the arithmetic cannot read never loops forever.
  for (let index = firstIndex; index < firstIndex + 12 * 10_000; index += 1) {
    const year = Math.floor(index / 12);
    const month = index - year * 12;
    const day = dayNumber(year, month + 1, 1);
    if (day > last) break;
    if (index % step !== 0) continue;
    const name = MONTHS[month] ?? '';
    const label = step >= 12 ? String(year) : month === 0 || ticks.length === 0 ? `${name} ${year}` : name;
    ticks.push({ x: toX(day), label, major: month === 0 });
  }
  return ticks;
}

function toDay(iso: string): number {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return dayNumber(year, month, day);
}

function center(range: DayRange): number {
  return (range.start + range.end) / 2;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
