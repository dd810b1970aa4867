/**
 * ISO 8601 text for a resolved date, cut to its precision. Years before 1 AD
 * use astronomical numbering with a sign (490 BC is year -489: `-0489`), which
 * is what ISO 8601 and `<time datetime>` expect.
 */
import type { Precision } from './types.ts';

/** `2012-02-10`, `2012-07`, `2013`, `-0489` for the given precision. */
export function formatIsoDate(date: { year: number; month?: number; day?: number }, precision: Precision): string {
  const sign = date.year < 0 ? '-' : date.year > 9999 ? '+' : '';
  const year = `${sign}${String(Math.abs(date.year)).padStart(4, '0')}`;
  if (precision === 'year' || date.month === undefined) return year;
  const month = `${year}-${String(date.month).padStart(2, '0')}`;
  if (precision === 'month' || date.day === undefined) return month;
  return `${month}-${String(date.day).padStart(2, '0')}`;
}

/** Whether `iso` is a valid date written to exactly `precision` (used by tests and callers that trust nothing). */
export function isValidIsoDate(iso: string, precision: Precision): boolean {
  const match = /^([+-]?\d{4,})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (match === null) return false;
  const [, yearText = '', monthText, dayText] = match;
  const parts = 1 + (monthText === undefined ? 0 : 1) + (dayText === undefined ? 0 : 1);
  if (parts !== { year: 1, month: 2, day: 3 }[precision]) return false;
  const year = Number(yearText);
  const month = Number(monthText ?? 1);
  const day = Number(dayText ?? 1);
  if (month < 1 || month > 12 || day < 1) return false;
  const probe = new Date(0);
  probe.setUTCFullYear(year, month - 1, day);
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}
