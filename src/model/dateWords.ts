/** The words dates are written in on the page, shared by every label that names a month or a year. */

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** A year in words: astronomical `-0489` is 490 BC, as readers write it. */
export function yearInWords(year: number | string): string {
  const value = Number(year);
  return value > 0 ? String(value) : `${1 - value} BC`;
}
