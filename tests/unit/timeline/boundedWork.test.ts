/**
 * Linear time on any input: the timeline extractor on generated worst cases of each kind that
 * once stalled a build (issue 13): long words and lines, huge numbers, a word or an
 * abbreviation repeated, month names by the thousand, dense emphasis and brackets, deep nesting.
 * The bound is generous processor time (seconds for text a real article reads in milliseconds):
 * it catches quadratic work, which on these sizes takes minutes, not a busy machine.
 *
 * A case over the bound is measured once more and the lesser time kept. Super-linear work is slow on
 * every run of its input; a stall of the test process is not. Such stalls happened, rarely, inside
 * the shared worker, one measuring 8.4 s where the same input takes 0.3 s alone, and they did not
 * come back under load. The first measurement is printed, so a stall is seen and not hidden. A failure
 * is not shrunk: how many tokens are the fewest that stall teaches nothing, and shrinking inputs this
 * size took minutes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../../src/parse/parseArticleFile.ts';
import { assignEventIds } from '../../../src/timeline/eventId.ts';
import { extractTimeline } from '../../../src/timeline/extractTimeline.ts';
import type { TimelineEvent } from '../../../src/timeline/types.ts';
import { cpuMillisecondsSync } from '../../support/cpuTime.ts';

const BOUND_MS = 8_000;

/** Token repeated to build a worst case, by the kind of stall it once caused. */
const KINDS: Record<string, string> = {
  'long word': 'x',
  'long number': '1',
  'repeated "on"': 'on ',
  'repeated abbreviation': 'Gen. ',
  'repeated acronym': 'U.S. ',
  'month names': 'March ',
  'month and day': '5 March ',
  'dense emphasis': '*_',
  'dense strong': 'a**',
  'open brackets': '[',
  'close brackets': ']',
  quotes: '"a ',
  years: '2012 ',
};

/** Processor time of `work`, measured again when over the bound (see the header), the first time printed. */
function leastOfTwoIfOver(work: () => void, label: string): number {
  const first = cpuMillisecondsSync(work);
  if (first < BOUND_MS) return first;
  const second = cpuMillisecondsSync(work);
  console.warn(`boundedWork: ${label} took ${Math.round(first)} ms of processor time, then ${Math.round(second)} ms`);
  return Math.min(first, second);
}

describe('timeline extraction takes bounded work on generated worst cases', () => {
  for (const [kind, token] of Object.entries(KINDS)) {
    it(kind, { timeout: 60_000 }, () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 5_000, max: 40_000 }),
          fc.constantFrom('', ' On 5 March 2012 the army attacked.', '\n\n## 2012\n\nOn 6 March the town fell.'),
          (count, tail) => {
            const markdown = `---\ntitle: Worst case\n---\n\n${token.repeat(count)}${tail}\n`;
            let events: TimelineEvent[] = [];
            const ms = leastOfTwoIfOver(() => {
              const { frontmatter, body } = parseArticleFile(markdown, 'worst.md');
              events = extractTimeline(body, { title: frontmatter.title });
            }, `${kind} × ${count}`);
            expect(ms).toBeLessThan(BOUND_MS);
            for (const event of events) expect(event.text.length).toBeLessThanOrEqual(2_000);
          },
        ),
        { numRuns: 2, endOnFailure: true },
      );
    });
  }

  it('numbers the ids of a sentence repeated 100,000 times in linear time', () => {
    const events = Array.from({ length: 100_000 }, () => ({ date: '2012-03-05', text: 'On 5 March 2012 the army attacked.', dateText: '5 March 2012' }));
    let ids: string[] = [];
    expect(cpuMillisecondsSync(() => (ids = assignEventIds(events)))).toBeLessThan(BOUND_MS);
    expect(new Set(ids).size).toBe(events.length);
    expect(ids.slice(1, 3)).toEqual([`${ids[0]}-2`, `${ids[0]}-3`]);
  });

  it('reads a story year from a context field of any length', () => {
    const years = Array.from({ length: 200_000 }, (_, index) => 1000 + (index % 1000)).join(' ');
    const warnings: string[] = [];
    const ms = cpuMillisecondsSync(() => extractTimeline('On 5 March the army attacked.', { infoboxDate: years }, (warning) => warnings.push(warning)));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(warnings).toEqual([expect.stringMatching(/^infoboxes\[0\]\.date: 999,999 characters; only the first 500/)]);
  });
});
