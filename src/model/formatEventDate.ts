import type { TimelineEvent } from '../timeline/types.ts';
import { MONTH_NAMES, yearInWords } from './dateWords.ts';

const SEASONS = new Set(['spring', 'summer', 'autumn', 'winter']);
/** Hedges that read as part of the start's own words, so a shared year can still be said once ("mid October – December 2019"). */
const SHARES_YEAR = new Set(['early', 'mid', 'late', 'around']);

type DatedEvent = Pick<TimelineEvent, 'date' | 'precision' | 'qualifier' | 'end'>;

interface DateParts {
  year: string;
  month?: string;
  day?: number;
}

/** The parts of an ISO date that `precision` lets the page say; the length of the string decides when none is given. */
function partsOf(iso: string, precision?: TimelineEvent['precision']): DateParts | undefined {
  const match = /^(-?\d+)(?:-(\d\d))?(?:-(\d\d))?$/.exec(iso);
  if (!match) return undefined;
  const month = match[2] && precision !== 'year' ? MONTH_NAMES[Number(match[2]) - 1] : undefined;
  const day = match[3] && (precision === undefined || precision === 'day') ? Number(match[3]) : undefined;
  return { year: yearInWords(Number(match[1])), ...(month ? { month } : {}), ...(month && day ? { day } : {}) };
}

/** "25 February", "February", "" (a year only): the words before the year. */
function withoutYear(parts: DateParts): string {
  return [parts.day, parts.month].filter((part) => part !== undefined).join(' ');
}

function withYear(parts: DateParts): string {
  return [withoutYear(parts), parts.year].filter(Boolean).join(' ');
}

/** Two ends joined as Wikipedia's style joins them: an unspaced dash between single words ("11–24", "July–September"), a spaced one otherwise. */
function joinEnds(from: string, to: string): string {
  return from.includes(' ') || to.includes(' ') ? `${from} – ${to}` : `${from}–${to}`;
}

/**
 * An event's date in words, as honest as the text: "25 February 2012", "early July 2012",
 * "before 25 February 2012", "winter 2012", "2013". Never more precise than `precision`.
 * A range says both ends, sharing what they share: "11–24 September 2022",
 * "30 September – 2 October 2022", "November 2012 – February 2013", "2014–2015".
 */
export function formatEventDate(event: DatedEvent): string {
  const start = partsOf(event.date, event.precision);
  if (!start) return event.date;
  const qualifier = event.qualifier;
  const season = qualifier !== undefined && SEASONS.has(qualifier);
  const hedge = (words: string) => (qualifier && !season ? `${qualifier} ${words}` : words);
  const startWords = season ? `${qualifier} ${start.year}` : hedge(withYear(start));
  const end = event.end === undefined ? undefined : partsOf(event.end);
  if (!end || withYear(end) === withYear(start)) return startWords;
  const sharesYear = end.year === start.year && start.month !== undefined && end.month !== undefined && (qualifier === undefined || SHARES_YEAR.has(qualifier));
  if (!sharesYear) return joinEnds(startWords, withYear(end));
  if (qualifier === undefined && start.day !== undefined && end.day !== undefined && start.month === end.month) {
    return `${joinEnds(String(start.day), String(end.day))} ${start.month} ${start.year}`;
  }
  return `${joinEnds(hedge(withoutYear(start)), withoutYear(end))} ${start.year}`;
}
