/** Tests' reading of a one-section article's timeline, shared by the timeline rule tests. */
import { extractTimeline } from '../../../src/timeline/extractTimeline.ts';
import type { TimelineContext } from '../../../src/timeline/types.ts';

/** `date precision [qualifier] [→ end] «dateText»` for each event of a one-section article. */
export function timeline(prose: string, context: TimelineContext = { infoboxDate: '10 February - 20 April 2012' }, heading = 'Events'): string[] {
  return extractTimeline(`## ${heading}\n${prose}\n`, context).map(
    (event) =>
      `${event.date} ${event.precision}${event.qualifier === undefined ? '' : ` ${event.qualifier}`}${event.end === undefined ? '' : ` → ${event.end}`} «${event.dateText ?? ''}»`,
  );
}

/** The event of the second sentence, after "On 10 February, the siege began." */
export const after10February = (sentence: string) => timeline(`On 10 February, the siege began. ${sentence}`)[1];
