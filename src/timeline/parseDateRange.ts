import * as chrono from 'chrono-node';

/** A span of days as ISO dates; `end` is absent for a single day. */
export interface DateRange {
  start: string;
  end?: string;
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Reads an infobox `date` field ("10 February - 20 April 2012", "21–31 March 2014",
 * "5 August 2015\n(1 day)") as ISO dates. chrono-node takes a missing start year from the end.
 * Returns undefined when no full date is there ("2016–2017" states years only).
 */
export function parseDateRange(text: string): DateRange | undefined {
  const result = chrono.en.GB.parse(text.split('\n')[0] ?? '', new Date(Date.UTC(2000, 0, 1)))[0];
  if (!result?.start.isCertain('day') || !result.start.isCertain('month')) return undefined;
  const start = iso(result.start.date());
  const end = result.end && result.end.isCertain('day') ? iso(result.end.date()) : undefined;
  return end && end !== start ? { start, end } : { start };
}
