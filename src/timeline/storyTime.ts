/**
 * When the frontmatter says the story happens: the infobox date's years, first, only and last day,
 * and a news post's publication day and the years it tells. Read once per article, before its prose,
 * from the infobox date as `parseDateRange` reads it (`span`), once: chrono-node reading it again for each
 * of them cost about a fortieth of a short article's extraction.
 */
import type { PublicationDay } from './publicationDates.ts';
import { parseDateRange, parseStatedSpan, type DateRange } from './parseDateRange.ts';
import type { AnchorDate } from './resolvedDate.ts';
import type { TimelineContext } from './types.ts';
import { yearWindow, type YearWindow } from './yearWindow.ts';

/** What the frontmatter says of the story's time, read once before the prose. */
export interface StoryTime {
  /** A news post's publication day. */
  published: PublicationDay | undefined;
  /** The infobox date as `parseDateRange` reads it. */
  storySpan: DateRange | undefined;
  /** The infobox span as written, when it states both ends. */
  statedSpan: DateRange | undefined;
  /** The years the story is told in: the infobox's, else the title's, else a news post's. */
  story: YearWindow | undefined;
  /** Whether the infobox or the title bounds the story: a news post's window is when it was told, not what it tells. */
  storyKnown: boolean;
  storyFirstDay: AnchorDate | undefined;
  storyLastDay: AnchorDate | undefined;
  /** The infobox's one day, for a story of one day (an attack). */
  storyDay: AnchorDate | undefined;
}

/** The story's time from its (capped) infobox date and title, and the publication day or description's last day of `context`. */
export function readStoryTime(infoboxDate: string | undefined, title: string | undefined, context: TimelineContext): StoryTime {
  const published = publicationDay(context.published);
  const storySpan = infoboxDate === undefined ? undefined : parseDateRange(infoboxDate);
  const told = storyWindow(infoboxDate, storySpan) ?? yearWindow(title);
  const toldUntil = published ?? publicationDay(context.storyEnd);
  // A title's years ("Kreminna forest 2022-2023") bound the story as loosely as they are written; the day it was told, or the
  // last day its description states, still puts no date after it ("December" after January 2023 is December 2022).
  const story =
    told !== undefined && toldUntil !== undefined && infoboxDate === undefined
      ? { ...told, latest: { year: toldUntil.year, month: toldUntil.month, day: toldUntil.day } }
      : (told ?? publicationWindow(toldUntil));
  return {
    published,
    storySpan,
    statedSpan: infoboxDate === undefined ? undefined : parseStatedSpan(infoboxDate),
    story,
    storyKnown: told !== undefined,
    storyFirstDay: firstDay(storySpan),
    storyLastDay: lastDay(storySpan),
    storyDay: onlyDay(infoboxDate, storySpan),
  };
}

/** "2023-03-12" as a day, when it is one. */
export function publicationDay(iso: string | undefined): PublicationDay | undefined {
  const match = /^(\d{4})-(\d\d)-(\d\d)$/.exec(iso ?? '');
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
}

/**
 * A news post tells the year before its publication (or before the last day its description
 * states): "In January" in a post of March 2023 is January 2023, "in November" November 2022
 * (months after the publication month fall in the year before).
 */
export function publicationWindow(published: PublicationDay | undefined): YearWindow | undefined {
  if (published === undefined) return undefined;
  const latest = { year: published.year, month: published.month, day: published.day };
  if (published.month === 12) return { first: published.year, last: published.year, latest };
  return { first: published.year - 1, last: published.year, startMonth: published.month + 1, latest };
}

/** The years of the infobox date, with the month of its last day when the span is closed ("6 August 2024 – 26 April 2025"). */
export function storyWindow(infoboxDate: string | undefined, span: DateRange | undefined): YearWindow | undefined {
  const window = yearWindow(infoboxDate);
  const end = span?.end;
  if (window === undefined || end === undefined) return window;
  const [year = 0, month = 12, day] = end.split('-').map(Number);
  return year === window.last ? { ...window, endMonth: month, ...(day === undefined ? {} : { endDay: day }) } : window;
}

/** The story's first day from the infobox date ("10 February - 20 April 2012" → 10 February 2012). */
export function firstDay(span: DateRange | undefined): AnchorDate | undefined {
  return span === undefined ? undefined : dayOf(span.start);
}

/** The infobox date when it is a single day ("8 April 2022"), not a span or an open one ("8 April 2022 – present"). */
export function onlyDay(infoboxDate: string | undefined, span: DateRange | undefined): AnchorDate | undefined {
  const firstLine = infoboxDate?.split('\n')[0] ?? '';
  if (/[–—-]|\b(?:to|until|present|ongoing)\b/i.test(firstLine)) return undefined;
  // `parseDateRange` reads the first line only, so `span` is that line's.
  return span === undefined || span.end !== undefined ? undefined : firstDay(span);
}

/** The story's last day from a closed infobox span ("9 October – 25 November 2019" → 25 November 2019). */
export function lastDay(span: DateRange | undefined): AnchorDate | undefined {
  return span?.end === undefined ? undefined : dayOf(span.end);
}

/** An ISO date of the parser ("2012-02-10", or "2012-02" and "2012" at their first day) as a day to count from. */
function dayOf(iso: string): AnchorDate {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return { year, month, day, precision: 'day' };
}
