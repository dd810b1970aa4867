/** Every qualifier the extractor can emit is documented in the page contract's `qualifierSchema`, and the JSON export and the page say the same. */
import { describe, expect, it } from 'vitest';
import { exportTimeline } from '../../../src/model/exportTimeline.ts';
import { formatEventDate } from '../../../src/model/formatEventDate.ts';
import { extractTimeline } from '../../../src/timeline/extractTimeline.ts';
import { qualifierSchema } from '../../../src/schemas/article.ts';
import type { Qualifier } from '../../../src/timeline/types.ts';

/** One sentence for each qualifier, and how the page writes its date. */
const EXAMPLES: Record<Qualifier, [sentence: string, words: string]> = {
  early: ['In early July, the town fell.', 'early July 2012'],
  mid: ['By mid-May, talks had failed.', 'mid May 2012'],
  late: ['At the end of June, the army left.', 'late June 2012'],
  before: ['In the run-up to 9 May, troops gathered.', 'before 9 May 2012'],
  after: ['The town fell after 25 February.', 'after 25 February 2012'],
  around: ['Around 5 June, shelling resumed.', 'around 5 June 2012'],
  spring: ['In the spring of 2013, the road reopened.', 'spring 2013'],
  summer: ['In the summer of 2013, both sides dug in.', 'summer 2013'],
  autumn: ['In the fall of 2013, aid arrived.', 'autumn 2013'],
  winter: ['In winter, the roads froze.', 'winter 2012'],
};

describe('qualifiers', () => {
  it.each(qualifierSchema.options.map((qualifier) => [qualifier, ...EXAMPLES[qualifier]] as const))(
    '%s: emitted for "%s", exported as is and written "%s" on the page',
    (qualifier, sentence, words) => {
      const events = extractTimeline(`## Events\n${sentence}\n`, { infoboxDate: '2012' });
      expect(events.map((event) => event.qualifier)).toEqual([qualifier]);
      const [exported] = exportTimeline(events.map((event) => ({ ...event, contextId: `context-${event.id}` })));
      expect(exported?.qualifier).toBe(qualifier);
      expect(formatEventDate(events[0]!)).toBe(words);
    },
  );
});
