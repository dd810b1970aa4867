import type { TimelineEvent } from '../timeline/types.ts';

/** Days since 1970-01-01 (UTC), inclusive at both ends: the days an event may have happened on. */
export interface DayRange {
  start: number;
  end: number;
}

const DAY_MS = 86_400_000;

/** Day number of a calendar date; `setUTCFullYear` keeps years below 100 as they are. */
export function dayNumber(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / DAY_MS);
}

/** The ISO date (`2012-02-25`) of a day number. */
export function isoDay(day: number): string {
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear();
  const text = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
  return `${text}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

/** The days of an ISO date cut to any precision: `2012` is the whole year, `2012-07` the month. */
function isoRange(iso: string): DayRange | undefined {
  const match = /^(-?\d+)(?:-(\d\d))?(?:-(\d\d))?$/.exec(iso);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[3]) {
    const day = dayNumber(year, Number(match[2]), Number(match[3]));
    return { start: day, end: day };
  }
  if (match[2]) {
    const month = Number(match[2]);
    return { start: dayNumber(year, month, 1), end: dayNumber(year, month + 1, 1) - 1 };
  }
  return { start: dayNumber(year, 1, 1), end: dayNumber(year + 1, 1, 1) - 1 };
}

/** Which part of a month or year "early", "mid" and "late" mean, as fractions of it. */
const PART: Partial<Record<NonNullable<TimelineEvent['qualifier']>, [number, number]>> = {
  early: [0, 1 / 3],
  mid: [1 / 3, 2 / 3],
  late: [2 / 3, 1],
};
/** Seasons of the northern hemisphere, as months of the year (winter reaches back into December). */
const SEASON: Partial<Record<NonNullable<TimelineEvent['qualifier']>, [number, number]>> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  winter: [0, 2],
};

/**
 * The days an event may have happened on, as honest as its date: "25 February 2012" is one day,
 * "early July 2012" the 1st to the 10th, "2012" the whole year, "summer 2012" June to August,
 * "6–8 June" three days. "before"/"after"/"around" keep the day they hedge; the sort order
 * (`compareEvents`) places them beside it. Undefined for a date it cannot read.
 */
export function eventDayRange(event: Pick<TimelineEvent, 'date' | 'precision' | 'qualifier' | 'end'>): DayRange | undefined {
  const range = isoRange(event.date);
  if (!range) return undefined;
  const year = Number(/^-?\d+/.exec(event.date)?.[0]);
  const season = event.qualifier ? SEASON[event.qualifier] : undefined;
  if (season && event.precision === 'year') return { start: dayNumber(year, season[0], 1), end: dayNumber(year, season[1] + 1, 1) - 1 };
  const part = event.qualifier ? PART[event.qualifier] : undefined;
  if (part && event.precision !== 'day') {
    const length = range.end - range.start + 1;
    return { start: range.start + Math.round(length * part[0]), end: range.start + Math.round(length * part[1]) - 1 };
  }
  const end = event.end ? isoRange(event.end) : undefined;
  return end && end.end > range.end ? { start: range.start, end: end.end } : range;
}
