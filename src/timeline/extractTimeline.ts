/**
 * The timeline stage of the pipeline: an article's markdown body in, the dated
 * events a careful editor would put on its timeline out, in document order.
 */
import { assignEventIds } from './eventId.ts';
import { capContextField, LongSentences } from './inputLimits.ts';
import { formatIsoDate } from './isoDate.ts';
import { extractProseBlocks } from './proseBlocks.ts';
import { findQuotedSpans } from './quotedSpeech.ts';
import { recogniseDates } from './recogniseDates.ts';
import { resolveSentenceDates, type ResolvedDate } from './resolveDate.ts';
import { splitSentences } from './sentences.ts';
import type { Root } from 'mdast';
import type { TimelineContext, TimelineEvent } from './types.ts';
import { sectionYearWindow, yearWindow } from './yearWindow.ts';

/**
 * Extracts the timeline of an article.
 *
 * - Events come from prose paragraphs and list items, one per stated date
 *   (see `resolveSentenceDates` for when a sentence gives two).
 * - Lead events (before the first heading) get `section` and `sectionId` "".
 * - A date without a year takes the year of the headings above it, else of the
 *   infobox date, else of the title, stepping from the previous event (a step
 *   back of more than about five months means a new year).
 * - Events keep document order, not date order: the article's order is the
 *   reading order the page links back to.
 * - Text past the caps of `inputLimits.ts` is left out, and `warn` hears about it
 *   (one line per article, starting with the field), so any input takes linear time.
 */
export function extractTimeline(markdownBody: string | Root, context: TimelineContext = {}, warn: (message: string) => void = () => {}): TimelineEvent[] {
  const story = yearWindow(capContextField(context.infoboxDate, 'infoboxes[0].date', warn)) ?? yearWindow(capContextField(context.title, 'title', warn));
  const longSentences = new LongSentences();
  const events: Omit<TimelineEvent, 'id'>[] = [];
  let previous: ResolvedDate | undefined;
  let previousSectionId: string | undefined;

  for (const block of extractProseBlocks(markdownBody)) {
    const quoted = findQuotedSpans(block.text);
    const section = sectionYearWindow(block.sectionPath);
    for (const sentence of splitSentences(block.text)) {
      if (longSentences.skip(sentence.text)) continue;
      const mentions = recogniseDates(sentence.text, quoted, sentence.start);
      const sameSection = previousSectionId === block.sectionId;
      for (const date of resolveSentenceDates(mentions, { section, story, previous, sameSection })) {
        events.push(toEvent(date, sentence.text, block.section, block.sectionId));
        previous = date;
        previousSectionId = block.sectionId;
      }
    }
  }
  longSentences.report(warn);
  const ids = assignEventIds(events);
  return events.map((event, index) => ({ id: ids[index] ?? '', ...event }));
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
