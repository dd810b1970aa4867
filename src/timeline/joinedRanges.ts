/** Two dates of a sentence joined into one range ("from 5 March to 8 April"): one event at its start. `recogniseDates` asks. */
import type { DateMention } from './dateMention.ts';

/** Words that join two dates into one range: "from 5 March to 8 April", "between August 29 and August 30". */
const RANGE_JOIN = /^\s*(?:to|until|till|through|–|—|-)\s*$/;

/** A range is one event at its start: the second date becomes the first one's `end`. */
export function joinRanges(mentions: DateMention[], flat: string): DateMention[] {
  const joined: DateMention[] = [];
  for (const mention of mentions) {
    const last = joined.at(-1);
    if (last?.kind === 'absolute' && mention.kind === 'absolute' && last.end === undefined) {
      const between = flat.slice(last.index + last.text.length, mention.index);
      const opensRange = /\bbetween\s*$/i.test(flat.slice(0, last.index));
      if (RANGE_JOIN.test(between) || (opensRange && /^\s*and\s*$/.test(between))) {
        const end = {
          ...(mention.year === undefined ? {} : { year: mention.year }),
          ...(mention.month === undefined ? {} : { month: mention.month }),
          ...(mention.day === undefined ? {} : { day: mention.day }),
        };
        const year = last.year ?? (mention.year === undefined ? undefined : mention.year - ((last.month ?? 1) > (mention.month ?? 12) ? 1 : 0));
        joined[joined.length - 1] = {
          ...last,
          ...(year === undefined ? {} : { year }),
          text: flat.slice(last.index, mention.index + mention.text.length),
          end,
        };
        continue;
      }
    }
    joined.push(mention);
  }
  return joined;
}
