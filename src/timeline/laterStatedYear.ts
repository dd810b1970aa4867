/**
 * "The main offensive began in early July, and the town fell on 23 July 1993": a month the sentence leaves without a
 * year, before a later date of its own main clauses that states one, is in that year, as the reader of the whole sentence
 * takes it (GUIDE: "The year comes from the sentence"), not in the year of the dates told before it.
 */
import type { AbsoluteMention } from './dateMention.ts';

/**
 * The sentence's absolute mentions, a yearless month before a later main-clause date with its year given that year; a year
 * past the publication's (`lastYear`) is a plan the sentence sets ("In June, the junta set elections for July 2024" in a
 * post of 2022), no time the story stands in.
 */
export function yearFromLaterDate(absolutes: readonly AbsoluteMention[], lastYear?: number): AbsoluteMention[] {
  return absolutes.map((mention) => {
    if (mention.year !== undefined || mention.month === undefined || mention.sameYear === true || mention.countedFrom !== undefined) return mention;
    const { month } = mention;
    const later = absolutes.find(
      (other) => other.index > mention.index && givesItsYear(other, month) && (lastYear === undefined || (other.year ?? 0) <= lastYear),
    );
    return later?.year === undefined ? mention : { ...mention, year: later.year };
  });
}

/**
 * A main clause's date, told in the story's order, with its month and year, not before the yearless month within that year
 * ("in early July, and … on 23 July 1993"); a pluperfect clause ("In March the talks failed, as they had in May 2019")
 * or a background clause tells another time, and so does a month a news post counts back to ("In February he announced …,
 * and since then Armenia has skipped every meeting, including a summit in Minsk last November"): its year is the post's
 * reckoning, not one the sentence states (guide: a "last year" there often names another time), unlike "last month", the
 * month just before the post's own days.
 */
const COUNTED_BACK =
  /^last\s+(?:year|spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December)\b/i;

function givesItsYear(other: AbsoluteMention, month: number): boolean {
  return (
    other.year !== undefined &&
    other.month !== undefined &&
    other.month >= month &&
    other.background === undefined &&
    other.pluperfect !== true &&
    other.sinceBaseline !== true &&
    !COUNTED_BACK.test(other.text)
  );
}
