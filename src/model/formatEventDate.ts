import type { TimelineEvent } from '../timeline/types.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SEASONS = new Set(['spring', 'summer', 'autumn', 'winter']);

/** A year in words: astronomical `-0489` is 490 BC, as readers write it. */
function yearInWords(year: number): string {
  return year > 0 ? String(year) : `${1 - year} BC`;
}

/**
 * An event's date in words, as honest as the text: "25 February 2012", "early July 2012",
 * "before 25 February 2012", "winter 2012", "2013". Never more precise than `precision`.
 */
export function formatEventDate(event: Pick<TimelineEvent, 'date' | 'precision' | 'qualifier'>): string {
  const match = /^(-?\d+)(?:-(\d\d))?(?:-(\d\d))?$/.exec(event.date);
  if (!match) return event.date;
  const year = yearInWords(Number(match[1]));
  const month = match[2] ? MONTHS[Number(match[2]) - 1] : undefined;
  const day = match[3] ? Number(match[3]) : undefined;
  const qualifier = event.qualifier;
  if (qualifier && SEASONS.has(qualifier)) return `${qualifier} ${year}`;
  const words = [event.precision === 'day' ? day : undefined, event.precision !== 'year' ? month : undefined, year]
    .filter((part) => part !== undefined)
    .join(' ');
  return qualifier ? `${qualifier} ${words}` : words;
}
