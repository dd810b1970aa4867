import { MONTH_NAMES } from './dateWords.ts';
import { formatEventDate } from './formatEventDate.ts';

const SPAN = /^(\d{1,2}) ([A-Z][a-z]+) (\d{3,4}) – (\d{1,2}) ([A-Z][a-z]+) (\d{3,4})$/;

/** "24 February 2022" as ISO, or undefined when the month is no month's name. */
function isoDay(day: string, month: string, year: string): string | undefined {
  const index = MONTH_NAMES.findIndex((name) => name === month);
  return index < 0 ? undefined : `${year.padStart(4, '0')}-${String(index + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * A span of two days in words writes what they share once, as Wikipedia's infoboxes do: "8 July 2024 – 10 July 2024"
 * is "8–10 July 2024", "27 February 2022 – 23 March 2022" is "27 February – 23 March 2022". The words are the
 * timeline's own (`formatEventDate`), so a span reads the same in a card and on the page. Other text is returned as is.
 */
export function shortenDateSpan(text: string): string {
  const match = SPAN.exec(text);
  if (!match) return text;
  const [, startDay = '', startMonth = '', startYear = '', endDay = '', endMonth = '', endYear = ''] = match;
  const date = isoDay(startDay, startMonth, startYear);
  const end = isoDay(endDay, endMonth, endYear);
  return date === undefined || end === undefined ? text : formatEventDate({ date, precision: 'day', end });
}
