/**
 * The timeline stage of the pipeline: an article's markdown body in, the dated
 * events a careful editor would put on its timeline out, in document order.
 */
import { assignEventIds } from './eventId.ts';
import { formatIsoDate } from './isoDate.ts';
import { isLeadSummary } from './leadSummary.ts';
import { extractProseBlocks } from './proseBlocks.ts';
import { findQuotedSpans } from './quotedSpeech.ts';
import { recogniseDates } from './recogniseDates.ts';
import { parseDateRange } from './parseDateRange.ts';
import { resolveSentenceDates, type AnchorDate, type ResolvedDate } from './resolveDate.ts';
import { splitSentences } from './sentences.ts';
import type { Root } from 'mdast';
import type { TimelineContext, TimelineEvent } from './types.ts';
import { sectionYearWindow, yearWindow } from './yearWindow.ts';

/**
 * Extracts the timeline of an article.
 *
 * - Events come from prose paragraphs and list items, at most one per
 *   sentence (see `resolveSentenceDates` for which date dates it).
 * - Lead events (before the first heading) get `section` and `sectionId` "";
 *   the lead's defining sentence is no event (see `isLeadSummary`).
 * - A date without a year takes the year of the headings above it, else of the
 *   infobox date, else of the title, stepping from the previous event (a step
 *   back of more than about five months means a new year).
 * - Events keep document order, not date order: the article's order is the
 *   reading order the page links back to.
 */
export function extractTimeline(markdownBody: string | Root, context: TimelineContext = {}): TimelineEvent[] {
  const story = yearWindow(context.infoboxDate) ?? yearWindow(context.title);
  const storyStart = firstDay(context.infoboxDate);
  const events: Omit<TimelineEvent, 'id'>[] = [];
  let previous: ResolvedDate | undefined;
  let previousSectionId: string | undefined;
  let firstOfArticle = true;

  for (const block of extractProseBlocks(markdownBody)) {
    const quoted = findQuotedSpans(block.text);
    const section = sectionYearWindow(block.sectionPath);
    for (const sentence of splitSentences(block.text)) {
      const mentions = recogniseDates(sentence.text, quoted, sentence.start);
      const summary = isLeadSummary(sentence.text, firstOfArticle && block.sectionPath.length === 0, mentions[0]?.index ?? 0);
      firstOfArticle = false;
      const sameSection = previousSectionId === block.sectionId;
      const { event, last } = resolveSentenceDates(mentions, { section, story, previous, sameSection, storyStart });
      if (event !== undefined && !summary) events.push(toEvent(event, sentence.text, block.section, block.sectionId));
      if (last !== undefined) {
        previous = last;
        previousSectionId = block.sectionId;
      }
    }
  }
  const ids = assignEventIds(events);
  return events.map((event, index) => ({ id: ids[index] ?? '', ...event }));
}

/** The story's first day from the infobox date ("10 February - 20 April 2012" → 10 February 2012). */
function firstDay(infoboxDate: string | undefined): AnchorDate | undefined {
  const range = infoboxDate === undefined ? undefined : parseDateRange(infoboxDate);
  if (range === undefined) return undefined;
  const [year = 0, month = 1, day = 1] = range.start.split('-').map(Number);
  return { year, month, day, precision: 'day' };
}

function toEvent(date: ResolvedDate, text: string, section: string, sectionId: string): Omit<TimelineEvent, 'id'> {
  const { mention } = date;
  return {
    date: formatIsoDate(date, date.precision),
    precision: date.precision,
    ...(date.qualifier === undefined ? {} : { qualifier: date.qualifier }),
    text,
    // From the sentence itself, not the flattened copy the recognisers read, so it is a true substring.
    dateText: text.slice(mention.index, mention.index + mention.text.length),
    section,
    sectionId,
    ...(date.end === undefined ? {} : { end: formatIsoDate(date.end, date.end.precision) }),
  };
}
