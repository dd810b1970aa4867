import type { TimelineEvent } from '../timeline/types.ts';
import { MONTH_NAMES, yearInWords } from './dateWords.ts';
import { eventDayRange, type DayRange } from './eventDayRange.ts';

/** A timeline event with the days it may have happened on. */
export interface PlacedEvent<T extends TimelineEvent = TimelineEvent> {
  event: T;
  range: DayRange;
}

/** Events of one month, or of a longer stretch when the text only names the year or a season. */
export interface MonthGroup<T extends TimelineEvent = TimelineEvent> {
  /** `2012-02`, or the event's own date (`2012`) for a date vaguer than a month. */
  key: string;
  /** "February", or "Date within 2012 not stated" for a year-only date. */
  heading: string;
  events: PlacedEvent<T>[];
}

/** A year of the timeline and its months, in date order. */
export interface YearGroup<T extends TimelineEvent = TimelineEvent> {
  /** The year as `TimelineEvent.date` writes it: `2012`, or astronomical `-0489`. */
  year: string;
  /** The year as readers write it: "2012", "490 BC". */
  label: string;
  months: MonthGroup<T>[];
}

/** "before" sorts just ahead of the day it hedges, "after" just behind it. */
const HEDGE_ORDER: Partial<Record<NonNullable<TimelineEvent['qualifier']>, number>> = { before: -1, after: 1 };

/**
 * Puts events in date order (by their first possible day, then the narrower span first, then
 * the article's order) and groups them by year and month. An event known only to the year or
 * season gets a group of its own where its span begins, so it never poses as a dated day.
 * Events whose date cannot be read are left out.
 */
export function orderTimeline<T extends TimelineEvent>(events: readonly T[]): YearGroup<T>[] {
  const years: YearGroup<T>[] = [];
  for (const { event, range } of inDateOrder(events)) {
    const year = /^-?\d+/.exec(event.date)?.[0] ?? event.date;
    const withinMonth = event.precision !== 'year' && event.date.length >= 7;
    const key = withinMonth ? event.date.slice(0, year.length + 3) : event.date + (event.qualifier ?? '');
    let yearGroup = years.at(-1);
    if (yearGroup?.year !== year) {
      yearGroup = { year, label: yearInWords(year), months: [] };
      years.push(yearGroup);
    }
    let month = yearGroup.months.at(-1);
    if (month?.key !== key) {
      month = { key, heading: withinMonth ? (MONTH_NAMES[Number(key.slice(-2)) - 1] ?? key) : vagueHeading(event, year), events: [] };
      yearGroup.months.push(month);
    }
    month.events.push({ event, range });
  }
  return years;
}

function vagueHeading(event: TimelineEvent, year: string): string {
  if (event.qualifier === 'spring' || event.qualifier === 'summer' || event.qualifier === 'autumn' || event.qualifier === 'winter') {
    return `${event.qualifier[0]?.toUpperCase()}${event.qualifier.slice(1)} (month not stated)`;
  }
  return event.qualifier ? `${event.qualifier[0]?.toUpperCase()}${event.qualifier.slice(1)} ${year} (month not stated)` : `Month not stated`;
}

/**
 * The events in the timeline's order, each with its span of days: by their first possible day,
 * then the narrower span first, then the article's order. Events whose date cannot be read are left out.
 */
export function inDateOrder<T extends TimelineEvent>(events: readonly T[]): PlacedEvent<T>[] {
  return events
    .map((event, index) => ({ event, index, range: eventDayRange(event) }))
    .filter((item): item is { event: T; index: number; range: DayRange } => item.range !== undefined)
    .sort(
      (a, b) =>
        a.range.start - b.range.start ||
        (HEDGE_ORDER[a.event.qualifier ?? 'around'] ?? 0) - (HEDGE_ORDER[b.event.qualifier ?? 'around'] ?? 0) ||
        a.range.end - b.range.end ||
        a.index - b.index,
    )
    .map(({ event, range }) => ({ event, range }));
}
