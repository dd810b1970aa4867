/**
 * Holidays fixed to one day of the calendar, named without their date ("On New Year's Eve they were allowed to call
 * home"): that day, its year taken as for a day written without one (GUIDE.md). Feasts that move from year to year, or
 * that churches keep on different days (Christmas), name no day the text fixes and are left alone.
 */
import type { AbsoluteMention } from './dateMention.ts';

/** "New Year's Eve", "New Year's night" (the night that starts on the Eve, as "the night of March 5" is that day), "New Year's Day". */
const NEW_YEAR = /\bNew Year['’]s (Eve|[Nn]ight|Day)\b(?:,?\s+(\d{4})\b)?/g;

/** Finds the fixed holidays a sentence names. */
export function findFixedHolidays(flat: string): AbsoluteMention[] {
  const found: AbsoluteMention[] = [];
  for (const match of flat.matchAll(NEW_YEAR)) {
    const [text, name = '', year] = match;
    const newYearsDay = name === 'Day';
    found.push({
      kind: 'absolute',
      index: match.index,
      text,
      month: newYearsDay ? 1 : 12,
      day: newYearsDay ? 1 : 31,
      ...(year === undefined ? {} : { year: Number(year) }),
    });
  }
  return found;
}
