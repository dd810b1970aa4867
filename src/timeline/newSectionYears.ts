/**
 * The year of a date without one that opens a new section around a closed story: a section that restarts the story stays inside
 * it, one just after its end reports on it, and one before it that no year keeps inside is its background. `contextualYear.ts`
 * asks, with the year it would give otherwise.
 */
import type { PartialDate } from './dateMention.ts';
import type { YearWindow } from './yearWindow.ts';

/** What these rules read of `YearContext` (contextualYear.ts): the story's years, the last date told and whether it is this section's. */
interface SectionContext {
  story?: YearWindow | undefined;
  previous?: { year: number; month?: number } | undefined;
  sameSection?: boolean;
}

/** How many months after a closed story's last month a month told without its year is "just after" it. */
export const JUST_AFTER_MONTHS = 1;

/**
 * A month opening a new section that its year would put after a closed story the text has not yet entered, and that no year
 * puts inside it ("Throughout the second half of December" under "Prelude" after "In January 2017" under "Background", above
 * an offensive of 13 January – 2 March 2017): never after the story, it takes the year nearest the last date, the December
 * before, the story's background (GUIDE.md), as `restartedYear` keeps a restarting section inside the story.
 */
export function nearestBeforeClosedStory(date: PartialDate & { sameYear?: boolean }, context: SectionContext, year: number | undefined): number | undefined {
  const { story, previous } = context;
  // Within a section the story moves on ("On 10 February the siege began. Early in December, …"); a new one may step back.
  if (year === undefined || context.sameSection === true || date.sameYear === true || date.month === undefined) return year;
  if (previous?.month === undefined || previous.year !== year) return year;
  if (story?.endMonth === undefined || story.startMonth === undefined || year !== story.last || date.month <= story.endMonth) return year;
  // Once the text has told a date inside the story or past it, it carries on from there: "## Aftermath" "In December" after
  // "On 20 February" or "On 2 March" in an offensive of 13 January – 2 March 2017 is December 2017, not the December before.
  if (previous.year > story.first || previous.month > story.startMonth) return year;
  const before = year - 1;
  if (before > story.first || (before === story.first && date.month >= story.startMonth)) return year;
  const forward = date.month - previous.month;
  const back = previous.month + 12 - date.month;
  return back < forward ? before : year;
}

/** Whether a month, or a day, without a year falls within a month after a closed story's last month, or last day. */
function justAfterEnd(date: PartialDate, story: YearWindow): boolean {
  if (story.endMonth === undefined || date.month === undefined) return false;
  if (date.day === undefined) return date.month - story.endMonth <= JUST_AFTER_MONTHS;
  const pastEnd = (date.month - story.endMonth) * MONTH_DAYS + date.day - (story.endDay ?? MONTH_DAYS);
  return pastEnd > 0 && pastEnd <= MONTH_DAYS;
}

/** Days in a month, near enough to tell "within a month after". */
const MONTH_DAYS = 31;

/**
 * A new section that restarts the story ("## Reactions": "On 8 August, …" after a story that ended
 * on 26 April 2025) never puts a date after the story's end when the year before keeps it inside.
 */
export function restartedYear(date: PartialDate, context: SectionContext, year: number | undefined): number | undefined {
  const story = context.story;
  if (year === undefined || context.sameSection === true || story?.endMonth === undefined || date.month === undefined) return year;
  if (year !== story.last || date.month <= story.endMonth) return year;
  // Just after the end, the section reports on the story, not on its year before: "In November" opening "## Aftermath" of a
  // battle of August 2023 – 23 October 2024 is November 2024, as "said in May" after a battle of February – April is (GUIDE.md).
  if (justAfterEnd(date, story)) return year;
  const before = year - 1;
  const inside = before > story.first || (before === story.first && date.month >= (story.startMonth ?? 1));
  return inside ? before : year;
}
