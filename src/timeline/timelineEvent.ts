/** One event of the timeline, made from the date that dates its sentence. */
import { formatIsoDate } from './isoDate.ts';
import type { ResolvedDate } from './resolvedDate.ts';
import type { TimelineEvent } from './types.ts';

/** The event of a sentence dated by `date`; `datedInText` false when the date came from a heading, a list item's day or a clip's line. */
export function toEvent(date: ResolvedDate, text: string, section: string, sectionId: string, datedInText = true): Omit<TimelineEvent, 'id'> {
  const { mention } = date;
  // A date from the heading has no words in the sentence to point at.
  const dateText = datedInText ? { dateText: text.slice(mention.index, mention.index + mention.text.length) } : {};
  return {
    date: formatIsoDate(date, date.precision),
    precision: date.precision,
    ...(date.qualifier === undefined ? {} : { qualifier: date.qualifier }),
    text,
    // From the sentence itself, not the flattened copy the recognisers read, so it is a true substring.
    ...dateText,
    section,
    sectionId,
    ...(date.end === undefined ? {} : { end: formatIsoDate(date.end, date.end.precision) }),
  };
}
