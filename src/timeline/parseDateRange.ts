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

/**
 * Reads an infobox `date` field at the precision it states each end ("July 2012 – 3 February 2016": `2012-07` to
 * `2016-02-03`), for comparing with a span a sentence states at its own precision. Undefined without a stated month
 * at the start, or without an end.
 */
export function parseStatedSpan(text: string): DateRange | undefined {
  const result = chrono.en.GB.parse(text.split('\n')[0] ?? '', new Date(Date.UTC(2000, 0, 1)))[0];
  if (result?.end === undefined || result.end === null || !result.start.isCertain('month') || !result.end.isCertain('month')) return undefined;
  const stated = (component: chrono.ParsedComponents) => iso(component.date()).slice(0, component.isCertain('day') ? 10 : 7);
  return { start: stated(result.start), end: stated(result.end) };
}
