/**
 * A heading that is a date ("### 9 August", "### March 2014", "### July", "### 2015", "## Autumn 2024")
 * dates the sentences below it that name no date of their own, the way a
 * diary or a day-by-day account is read. A heading that only mentions a date
 * ("Alleged clashes (17–21 February 2022)") places years, nothing more (see yearWindow.ts).
 */
import { datesCountOnly, MONTH_NAME, monthNumber, namesMonth, type AbsoluteMention } from './dateMention.ts';
import { recogniseDates } from './recogniseDates.ts';
import type { Qualifier } from './types.ts';
import { HAPPENING } from './relativeVocabulary.ts';
import type { ResolvedDate } from './resolvedDate.ts';

/** Words a date heading may carry around its date: "On 9 August", "9 August:", "(2015)". */
const DATE_HEADING_FILLER = /^[\s([]*(?:on|in|from)?\s*|[\s)\].:,;–—-]*$/gi;
const MAX_DATE_HEADING = 40;
/** Longer headings are read no further for a month. */
const MAX_HEADING = 160;
const YEAR_ONLY = /^[\s([]*(?:in\s+)?(\d{4})[\s)\].:]*$/i;
/** "## Autumn 2024": a season is one only with its year here, as in prose ("Winter clothing" is no date). */
const SEASON_AND_YEAR = /^[\s([]*(?:in\s+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(\d{4})[\s)\].:]*$/i;
/**
 * "## Winter 2024–2025", "## Winter of 2024/25": a winter named by the two years it spans is one season, of its first year
 * (guide: "the winter of 2024–2025" is `2024`, `winter`, no `end`), not a range of years. Only winter crosses a new year.
 */
const WINTER_ACROSS_YEARS = /^[\s([]*(?:in\s+)?(?:the\s+)?winter\s+(?:of\s+)?(\d{4})\s*[–—/-]\s*(\d{2}|\d{4})[\s)\].:]*$/i;
/** "### July" under "### June 2017": a month alone, its year the story's (a bare month in prose is read only after "in", "by"…). */
const MONTH_ONLY = new RegExp(`^[\\s([]*(?:in\\s+)?(${MONTH_NAME})[\\s)\\].:]*$`, 'i');

/** The date a heading is made of, or undefined when the heading is more than a date. */
export function headingDateMention(heading: string): AbsoluteMention | undefined {
  // A heading made of a date is short; a long one is more than a date, and is not read further.
  if (heading.length > MAX_DATE_HEADING) return undefined;
  const year = YEAR_ONLY.exec(heading);
  if (year?.[1] !== undefined) {
    return { kind: 'absolute', index: heading.indexOf(year[1]), text: year[1], year: Number(year[1]) };
  }
  const season = SEASON_AND_YEAR.exec(heading);
  if (season?.[1] !== undefined && season[2] !== undefined) {
    const name = season[1].toLowerCase();
    return {
      kind: 'absolute',
      index: season.index,
      text: season[0].trim(),
      year: Number(season[2]),
      qualifier: name === 'fall' ? 'autumn' : (name as Qualifier),
    };
  }
  const winter = winterAcrossYears(heading);
  if (winter !== undefined) return winter;
  const month = MONTH_ONLY.exec(heading)?.[1];
  const number = month === undefined ? undefined : monthNumber(month);
  if (month !== undefined && number !== undefined) return { kind: 'absolute', index: heading.indexOf(month), text: month, month: number };
  const [mention, ...others] = recogniseDates(heading).filter((found) => !datesCountOnly(found));
  if (mention?.kind !== 'absolute' || others.length > 0) return undefined;
  const rest = heading.slice(0, mention.index) + heading.slice(mention.index + mention.text.length);
  return rest.replace(DATE_HEADING_FILLER, '') === '' ? mention : undefined;
}

/** The winter a heading names by the two years it spans, when the second is the year after the first. */
function winterAcrossYears(heading: string): AbsoluteMention | undefined {
  const winter = WINTER_ACROSS_YEARS.exec(heading);
  if (winter?.[1] === undefined || winter[2] === undefined) return undefined;
  const first = Number(winter[1]);
  // "2024–25" writes the second year by its last two digits; any other pair is a span of years, not one winter.
  const second = winter[2].length === 2 ? Math.floor(first / 100) * 100 + Number(winter[2]) : Number(winter[2]);
  if (second !== first + 1) return undefined;
  return { kind: 'absolute', index: winter.index, text: winter[0].trim(), year: first, qualifier: 'winter' };
}

/** "September attack", "March offensive": a month written out, then a lowercase noun it modifies. */
const OPENING_MONTH = new RegExp(
  `^(${MONTH_NAME})\\s+(?:[a-z]+\\s+)?(?:attack|attacks|offensive|assault|battle|fighting|clashes|raid|strikes?|siege|withdrawal|counter-?offensive)\\b`,
);

/**
 * The one month a heading names when it is more than a date ("ISIL counter-offensive of December
 * 2016", "September rebel offensive"): it sets the month of "On the 8th" below it.
 */
export function headingMonthMention(heading: string): AbsoluteMention | undefined {
  // Without a month name there is no month to find, and chrono-node is not worth a call.
  if (heading.length > MAX_HEADING || !namesMonth(heading)) return undefined;
  // A month opening the heading as its noun's modifier ("September attack") is no date the sentence reader would take alone.
  const opening = OPENING_MONTH.exec(heading);
  const month = opening?.[1] === undefined ? undefined : monthNumber(opening[1]);
  if (month !== undefined) return { kind: 'absolute', index: 0, text: opening?.[1] ?? '', month };
  const [mention, ...others] = recogniseDates(heading).filter((found) => !datesCountOnly(found));
  if (mention?.kind !== 'absolute' || others.length > 0) return undefined;
  return mention.month !== undefined && mention.day === undefined && mention.end === undefined ? mention : undefined;
}

/**
 * "The monitors, deployed later, found no evidence", "Afterwards, the army withdrew": a sentence that puts its happening after
 * the story's day, with no anchor to count from, is not of the heading's day (guide: "later" dates nothing).
 * "The later stages" is an adjective, no time.
 */
const AFTER_THE_DAY = /(?<!\bthe\s)\b(?:later|afterwards|subsequently)\b|\bthe\s+(?:following|next|coming|subsequent)\s+(?:days|weeks|months|years)\b/i;

/**
 * "Turkish artillery shelled the villages in the first days of the offensive" below "## October 2019": days of a stretch named
 * without a count are a time the reader cannot fix (guide), which moves the sentence out of what the heading names, as "later" does.
 */
const UNCOUNTED_DAYS_OF = /\b(?:in|during|over)\s+the\s+(?:first|early|opening|last|final|closing)\s+(?:days|weeks|months)\s+of\b/i;

/** Whether a sentence naming no date of its own tells a happening after its date heading's day, or at a time of it no reader can fix. */
export function tellsLaterThanHeading(sentence: string): boolean {
  return AFTER_THE_DAY.test(sentence) || UNCOUNTED_DAYS_OF.test(sentence);
}

/** "During the assault, civilians were killed": the assault's day is the sentence's own date (guide), never its heading's. */
const DURING_A_HAPPENING = new RegExp(`^During the ${HAPPENING}\\b`);

/** Whether a sentence places its happening during one the text told, which dates it instead of the heading. */
export function placedDuringHappening(sentence: string): boolean {
  return DURING_A_HAPPENING.test(sentence);
}

/** Whether a sentence's relative day, counted from the story's day before a day heading, reaches that heading's day. */
export function countsTo(event: ResolvedDate | undefined, heading: ResolvedDate | undefined): boolean {
  if (event === undefined || heading?.day === undefined || event.mention.kind !== 'relative' || event.mention.amount <= 0) return false;
  return event.year === heading.year && event.month === heading.month && event.day === heading.day;
}

/** Whether a heading that is a month holds the day just told, which stays the story's day below it. */
export function holdsDay(heading: ResolvedDate, previous: ResolvedDate | undefined): boolean {
  return (
    heading.day === undefined &&
    heading.month !== undefined &&
    heading.qualifier === undefined &&
    heading.end === undefined &&
    previous?.day !== undefined &&
    previous.year === heading.year &&
    previous.month === heading.month
  );
}
