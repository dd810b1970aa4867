/** Tests' reading of a one-section article's timeline, shared by the timeline rule tests. */
import { extractTimeline } from '../../../src/timeline/extractTimeline.ts';
import type { TimelineContext, TimelineEvent } from '../../../src/timeline/types.ts';

const IN_2012: TimelineContext = { infoboxDate: '10 February - 20 April 2012' };

/** `date precision [qualifier] [→ end] «dateText»` for each event of a one-section article. */
export function timeline(prose: string, context: TimelineContext = IN_2012, heading = 'Events'): string[] {
  return extractTimeline(`## ${heading}\n${prose}\n`, context).map(
    (event) => `${datePart(event)}${event.end === undefined ? '' : ` → ${event.end}`} «${event.dateText ?? ''}»`,
  );
}

/** The same without range ends (`date precision [qualifier] «dateText»`), as the recognition and clause tests assert. */
export function timelineWithoutEnds(prose: string, context: TimelineContext = IN_2012): string[] {
  return extractTimeline(`## Events\n${prose}\n`, context).map((event) => `${datePart(event)} «${event.dateText ?? ''}»`);
}

const datePart = (event: TimelineEvent): string => `${event.date} ${event.precision}${event.qualifier === undefined ? '' : ` ${event.qualifier}`}`;

/** The event of the second sentence, after "On 10 February, the siege began." */
export const after10February = (sentence: string) => timeline(`On 10 February, the siege began. ${sentence}`)[1];
