/** Where the story stands after a sentence whose later clause names a day by its ordinal; split from `resolveDate.ts`, which asks. */
import type { DateMention, RelativeMention } from './dateMention.ts';
import { days, type DateContext, type ResolvedDate } from './resolvedDate.ts';
import { resolveRelative } from './resolveRelative.ts';

/**
 * A later day of the month a later clause names by its ordinal alone ("left Kaya on 23 September and had reached Bourzanga by the
 * evening of the 25th"): written out, not counted, it is stated as "on 25 September" would be, and the story stands on it (GUIDE.md:
 * an explicit date in a second clause is still stated), after a first clause dated to the month too ("In mid-October …, and on the
 * 17th a column attacked"); a count ("two days later") there moves no anchor.
 */
export function dayOfMonthStated(mentions: readonly DateMention[], event: ResolvedDate, context: DateContext): ResolvedDate | undefined {
  if (event.month === undefined) return undefined;
  const later = mentions.find(
    (mention): mention is RelativeMention => mention.kind === 'relative' && mention.unit === 'dayOfMonth' && mention.index > event.mention.index,
  );
  const date = later === undefined ? undefined : resolveRelative(later, { ...context, previous: event });
  return date?.day !== undefined && days(date) > days(event) ? date : undefined;
}
